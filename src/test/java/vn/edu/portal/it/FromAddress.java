package vn.edu.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor from another loopback address (127.x.y.z: Linux routes the whole block to this
 * machine), so that what the server keeps per client address, such as the login throttle, can
 * be tried without touching 127.0.0.1, where every other test comes from. Plain HTTP/1.0 over
 * a socket bound to that address (the JDK's HttpClient cannot choose its local address on Java
 * 17); cookies are kept like a browser session.
 */
public final class FromAddress {

    /** An answer: status, headers (names in lower case) and the body as text. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        public Document doc() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? "" : values.get(0);
        }
    }

    private final InetAddress local;
    private final URI base = URI.create(Deployments.baseUrl());
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public FromAddress(String address) {
        try {
            local = InetAddress.getByName(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer get(String path) {
        return send("GET " + path, null);
    }

    public Answer post(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send("POST " + path, body.toString());
    }

    /**
     * One request exactly as written: the request target as given (even {@code //evil.example/} or a
     * backslash, which URI-based clients refuse), extra headers (a {@code Host} replaces the default),
     * a form body if {@code form} is not null.
     */
    public Answer exchange(String method, String target, Map<String, String> headers, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        if (form != null) {
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        }
        this.extra = headers;
        try {
            return send(method + " " + target, form == null ? null : body.toString());
        } finally {
            this.extra = Map.of();
        }
    }

    private Map<String, String> extra = Map.of();

    /** Fills the JSF login form of {@code page} and presses its button. */
    public Answer login(Answer page, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:next", "");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:code", "");
        form.put("login:submit", "x");
        form.put("jakarta.faces.ViewState", page.doc().select("input[name=jakarta.faces.ViewState]").val());
        return post("/login", form);
    }

    private Answer send(String requestLine, String form) {
        int port = base.getPort() > 0 ? base.getPort() : 80;
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(60_000);
            String host = extra.getOrDefault("Host", base.getHost() + ":" + port);
            StringBuilder head = new StringBuilder(requestLine + " HTTP/1.0\r\nHost: " + host + "\r\n");
            extra.forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Host")) {
                    head.append(name).append(": ").append(value).append("\r\n");
                }
            });
            if (!cookies.isEmpty()) {
                head.append("Cookie: ");
                cookies.forEach((k, v) -> head.append(k).append('=').append(v).append("; "));
                head.setLength(head.length() - 2);
                head.append("\r\n");
            }
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String raw = all.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return new Answer(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }
}
