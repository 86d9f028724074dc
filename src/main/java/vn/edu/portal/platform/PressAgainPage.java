package vn.edu.portal.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to a public post that met the database not answering (down, restarting, its connections
 * lost; {@link Transactions#isDatabaseAway}), instead of the error page: it says so, that what was
 * saved before is kept, and carries back what was posted, every field but the files, in a form that
 * posts it again to the same address. Pressed once the database answers, the post does what it would
 * have done, or meets its form's own guard if part of it was saved before the database went (a submit
 * that committed shows its receipt; a draft's step is saved once). Status 503 with {@code Retry-After}.
 */
public final class PressAgainPage {

    /**
     * The largest body whose fields are carried back: text fields weigh little; a larger body holds files,
     * which are not carried anyway, and parsing it (spooled to disk) is not worth it while the database is away.
     */
    static final long MAX_CARRIED_BODY = 256 * 1024;

    /** Seconds a browser or a proxy is told to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private PressAgainPage() {
    }

    /** Writes the page for {@code request} to {@code response} (nothing of it was committed). */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] page = html(request, PortalViewHandler.localeOf(request)).getBytes(StandardCharsets.UTF_8);
        // Whatever the route set before it failed goes (a Location, a disposition); the security headers stay.
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    static String html(HttpServletRequest request, Locale locale) {
        String query = request.getQueryString();
        Object path = request.getAttribute(PortalViewHandler.ACTION_PATH);
        String action = request.getContextPath() + (path == null ? "/" : path) + (query == null ? "" : "?" + query);
        java.util.Set<String> inAddress = query == null ? java.util.Set.of() : java.util.Arrays.stream(query.split("&"))
                .map(pair -> decoded(pair.split("=", 2)[0]))
                .collect(java.util.stream.Collectors.toSet());
        boolean files = filesChosen(request);
        StringBuilder out = new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<meta name=\"robots\" content=\"noindex\"/>")
                .append("<title>").append(escape(Texts.get(locale, "form.pressAgain.title"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(escape(request.getContextPath())).append("/static/css/error.css\"/>")
                .append("</head>\n<body><main class=\"error\"><h1>").append(escape(Texts.get(locale, "form.pressAgain.title")))
                .append("</h1><p>").append(escape(Texts.get(locale, "form.pressAgain.text"))).append("</p>");
        if (files) {
            out.append("<p>").append(escape(Texts.get(locale, "form.pressAgain.files"))).append("</p>");
        }
        out.append("<form id=\"press-again\" method=\"post\" action=\"").append(escape(action)).append("\">");
        for (Map.Entry<String, String[]> field : posted(request).entrySet()) {
            if (inAddress.contains(field.getKey())) {
                continue; // it goes again in the action's address
            }
            for (String value : field.getValue()) {
                out.append("<input type=\"hidden\" name=\"").append(escape(field.getKey()))
                        .append("\" value=\"").append(escape(value)).append("\"/>");
            }
        }
        return out.append("<p><button type=\"submit\" class=\"button\">").append(escape(Texts.get(locale, "form.pressAgain.button")))
                .append("</button></p></form></main></body></html>\n").toString();
    }

    private static String decoded(String name) {
        try {
            return java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return name;
        }
    }

    /** The fields the post carried (of a multipart post, its text parts); none when they cannot be read, or hold files. */
    private static Map<String, String[]> posted(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_CARRIED_BODY) {
            return Map.of();
        }
        try {
            return request.getParameterMap();
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    /** Whether the post carried a file chosen by the visitor (a part with a file name). */
    private static boolean filesChosen(HttpServletRequest request) {
        if (request.getContentType() == null || !request.getContentType().startsWith("multipart/")) {
            return false;
        }
        if (request.getContentLengthLong() > MAX_CARRIED_BODY) {
            return true;
        }
        try {
            return request.getParts().stream().anyMatch(p -> p.getSubmittedFileName() != null && !p.getSubmittedFileName().isEmpty());
        } catch (IOException | jakarta.servlet.ServletException | RuntimeException unreadable) {
            return true;
        }
    }

    private static String escape(String text) {
        return HtmlSanitizer.escape(text);
    }
}
