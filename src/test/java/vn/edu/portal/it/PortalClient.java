package vn.edu.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser: keeps cookies like one session, reads JSF forms (with their view
 * state) and submits them. Tests use it for everything that needs no JavaScript.
 */
public class PortalClient {

    static {
        // Lets tests send the Host header of a school's sub-domain to localhost.
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    /** A response, with its body parsed on demand. */
    public record Page(int status, URI uri, String body, HttpHeaders headers) {

        public Document doc() {
            return Jsoup.parse(body, uri.toString());
        }

        public String text() {
            return doc().text();
        }

        /** The error message shown next to a field (JSF id {@code form:field}), or "". */
        public String fieldError(String clientId) {
            Element input = doc().getElementById(clientId);
            if (input == null) {
                return "";
            }
            Element field = input.closest(".field");
            Element error = field == null ? null : field.selectFirst(".field-error");
            return error == null ? "" : error.text();
        }
    }

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;
    /** Headers sent with every request of this client but {@link #exchange} (which names its own). */
    private final Map<String, String> headers;

    public PortalClient() {
        this(Deployments.baseUrl());
    }

    public PortalClient(String base) {
        this(base, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private PortalClient(String base, CookieManager cookies) {
        this(base, cookies, Map.of());
    }

    private PortalClient(String base, CookieManager cookies, Map<String, String> headers) {
        this.base = base;
        this.cookies = cookies;
        this.headers = headers;
        // HTTP/1.1 as browsers speak it without TLS: Java's default asks to upgrade to h2c, which
        // makes a proxy such as HAProxy tunnel the connection and stop reading its cookies.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * The same browser, cookies and all, talking to another server: what a load balancer does
     * when the server that held a session goes away.
     */
    public PortalClient at(String otherBase) {
        return new PortalClient(otherBase, cookies);
    }

    /** The same browser, cookies and all, sending {@code extra} headers too (an Origin of another site, say). */
    public PortalClient withHeaders(Map<String, String> extra) {
        return new PortalClient(base, cookies, Map.copyOf(extra));
    }

    public CookieManager cookies() {
        return cookies;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET whose body is kept as bytes (a download such as an Excel export); throws on a status other than 200. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A GET as if the browser had asked for {@code host} (the port of the server is kept). A new
     * connection each time: the JDK client does not resend a custom Host on a reused one.
     */
    public Page getWithHost(String host, String path) {
        String port = URI.create(base).getPort() > 0 ? ":" + URI.create(base).getPort() : "";
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        return send(fresh, HttpRequest.newBuilder(URI.create(base + path)).header("Host", host + port).GET());
    }

    /**
     * One request exactly as given: any method, extra headers, redirects not followed (the
     * answer itself is the page); this client's cookies are sent and kept. A body is sent as a form.
     */
    public Page exchange(String method, String path, Map<String, String> headers, Map<String, String> form) {
        HttpClient once = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (form == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(encode(form)));
        }
        headers.forEach(request::setHeader);
        return send(once, request);
    }

    public Page getWithHeaders(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A form post with extra request headers (an Origin of another site, say). */
    public Page postFormWithHeaders(String path, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        headers.forEach(request::header);
        return send(request);
    }

    public Page postForm(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /**
     * Fills the form {@code formId} of {@code page} (field names relative to the form) and
     * presses {@code buttonId} (a JSF button's id within the form, or the id of a plain HTML
     * button that has a name). A multipart form is sent as multipart, as a browser does.
     */
    public Page submit(Page page, String formId, Map<String, String> values, String buttonId) {
        return post(page, formId, values, buttonId, null, null, null, null);
    }

    /**
     * Posts a plain HTML form (public pages: names are not prefixed with the form id); the
     * pressed button is sent as {@code action=<action>}, and at most one file.
     */
    public Page submitPlain(Page page, String formId, Map<String, String> values, String action, String fileField,
                            String fileName, String contentType, byte[] content) {
        Map<String, String> all = new LinkedHashMap<>(values);
        if (action != null) {
            all.put("action", action);
        }
        return post(page, formId, all, null, fileField, fileName, contentType, content);
    }

    /** Like {@link #submit} with values and one file in {@code fileField}. */
    public Page submitFileWith(Page page, String formId, Map<String, String> values, String fileField, String fileName,
                               String contentType, byte[] content, String buttonId) {
        return post(page, formId, values, buttonId, fileField, fileName, contentType, content);
    }

    /** Like {@link #submit} with one file in {@code fileField}. */
    public Page submitFile(Page page, String formId, String fileField, String fileName, String contentType,
                           byte[] content, String buttonId) {
        return post(page, formId, Map.of(), buttonId, fileField, fileName, contentType, content);
    }

    /** Like {@link #submitFile} with field values as well (names relative to the form). */
    public Page submitFile(Page page, String formId, Map<String, String> values, String fileField, String fileName,
                           String contentType, byte[] content, String buttonId) {
        return post(page, formId, values, buttonId, fileField, fileName, contentType, content);
    }

    private Page post(Page page, String formId, Map<String, String> values, String buttonId, String fileField,
                      String fileName, String contentType, byte[] content) {
        Element form = page.doc().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form #" + formId + " on " + page.uri() + ": " + page.text());
        }
        Fields fields = formFields(form);
        // A plain HTML button (<button name="action" value="next" id="next">) is sent by its name and value, and
        // the form's names are its own; a JSF button is sent as its client id, and names are relative to the form.
        Element plainButton = buttonId == null ? null : form.getElementById(buttonId);
        plainButton = plainButton != null && plainButton.tagName().equals("button") && plainButton.hasAttr("name")
                ? plainButton : null;
        boolean faces = buttonId != null && plainButton == null;
        String prefix = faces ? formId + ":" : "";
        // A name is relative to the form, unless the form holds a plain field of that name (a hidden input).
        values.forEach((name, value) -> fields.put(name.contains(":") || !faces
                || fields.has(name) && !fields.has(prefix + name) ? name : prefix + name, value));
        if (faces) {
            fields.put(prefix + buttonId, "x");
        } else if (plainButton != null) {
            fields.put(plainButton.attr("name"), plainButton.attr("value"));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(form.absUrl("action")));
        if (!"multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
            return send(request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields.encoded())));
        }
        String boundary = "----it" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var field : fields.pairs) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Element file : form.select("input[type=file]")) {
                boolean chosen = fileField != null && file.attr("name").equals(prefix + fileField);
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.attr("name")
                        + "\"; filename=\"" + (chosen ? fileName : "") + "\"\r\nContent-Type: "
                        + (chosen ? contentType : "application/octet-stream") + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                if (chosen) {
                    body.write(content);
                }
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Presses {@code buttonId} of a (non-multipart) JSF form and returns the raw bytes answered (a download). */
    public byte[] download(Page page, String formId, String buttonId) {
        Element form = page.doc().getElementById(formId);
        Fields fields = formFields(form);
        fields.put(formId + ":" + buttonId, "x");
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields.encoded())).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Logs in. An account a test opened through the console with {@link ItAccounts#STAFF_PASSWORD}
     * must choose its own password at its first login: the tests' accounts keep that one known
     * password, so it is changed there and changed back (the page after is the dashboard).
     */
    public Page login(String username, String password) {
        // One account's logins one at a time: two threads both meeting the first login's change of password
        // (XssEverywherePages logs one new account in from three) ended each other's sessions and passwords.
        synchronized (FIRST_LOGINS.computeIfAbsent(username, k -> new Object())) {
            Page login = get("/login");
            Page in = submit(login, "login", Map.of("username", username, "password", password), "submit");
            if (in.uri().getPath().equals("/admin/mat-khau") && ItAccounts.STAFF_PASSWORD.equals(password)) {
                String interim = "Tam-Thoi-" + password;
                submit(in, "pw", Map.of("current", password, "password", interim, "confirm", interim), "submit");
                submit(get("/admin/mat-khau"), "pw", Map.of("current", interim, "password", password, "confirm", password), "submit");
                return get("/admin/");
            }
            return in;
        }
    }

    private static final java.util.concurrent.ConcurrentMap<String, Object> FIRST_LOGINS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What a browser sends for a form untouched: every successful control in document order, so a
     * group of checkboxes of one name sends each ticked box and a multiple select each chosen option.
     */
    private static Fields formFields(Element form) {
        Fields fields = new Fields();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("file") || input.hasAttr("disabled")) {
                continue;
            }
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            String name = input.attr("name");
            if (input.tagName().equals("select")) {
                var selected = input.select("option[selected]");
                if (selected.isEmpty() && !input.hasAttr("multiple") && input.selectFirst("option") != null) {
                    selected.add(input.selectFirst("option"));
                }
                if (selected.isEmpty() && !input.hasAttr("multiple")) {
                    fields.add(name, "");
                }
                selected.forEach(option -> fields.add(name, option.attr("value")));
            } else if (input.tagName().equals("textarea")) {
                fields.add(name, input.text());
            } else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("value")) {
                fields.add(name, "on");
            } else {
                fields.add(name, input.attr("value"));
            }
        }
        return fields;
    }

    /** A form's name and value pairs in order; a name may come several times, as a browser sends it. */
    private static final class Fields {
        final List<Map.Entry<String, String>> pairs = new ArrayList<>();

        void add(String name, String value) {
            pairs.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        }

        boolean has(String name) {
            return pairs.stream().anyMatch(pair -> pair.getKey().equals(name));
        }

        /** The caller's value for {@code name}: it replaces every pair of that name, in the first one's place. */
        void put(String name, String value) {
            int at = -1;
            for (int i = pairs.size() - 1; i >= 0; i--) {
                if (pairs.get(i).getKey().equals(name)) {
                    pairs.remove(i);
                    at = i;
                }
            }
            pairs.add(at < 0 ? pairs.size() : at, new AbstractMap.SimpleImmutableEntry<>(name, value));
        }

        String encoded() {
            StringBuilder out = new StringBuilder();
            pairs.forEach(pair -> {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(pair.getValue() == null ? "" : pair.getValue(), StandardCharsets.UTF_8));
            });
            return out.toString();
        }
    }

    private static String encode(Map<String, String> fields) {
        Fields pairs = new Fields();
        fields.forEach(pairs::add);
        return pairs.encoded();
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::setHeader);
        return send(http, request);
    }

    private static Page send(HttpClient http, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
