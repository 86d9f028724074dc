package vn.edu.portal.admission.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.forms.FormRequest;
import vn.edu.portal.forms.UploadPolicy;

/** Reading the application form's posts: fields by their plain names, the papers, the address's own parameters. */
final class ApplicationRequest {

    /** The longest value read from a field (the form keeps at most this much too). */
    private static final int MAX_VALUE = 1000;

    private ApplicationRequest() {
    }

    /** What was typed on a step, by the fields' plain names (the engine's reading: boxes of one field joined, as the draft keeps them). */
    static Map<String, String> typed(HttpServletRequest request, List<FormField> fields) {
        return FormRequest.typed(request, fields, "", MAX_VALUE);
    }

    static Optional<UploadPolicy.Upload> read(HttpServletRequest request, String field, long maxBytes)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return Optional.empty();
        }
        return UploadPolicy.read(request.getPart(field), field, maxBytes);
    }

    /** Over the servlet's limits nothing of the body can be read, but the address carries the draft: back to it, said so. */
    static void tooLarge(HttpServletRequest request, HttpServletResponse response, String address) {
        String t = fromQuery(request, "t");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", address + "?tooLarge=1"
                + (t == null ? "" : "&t=" + java.net.URLEncoder.encode(t, StandardCharsets.UTF_8)));
    }

    /** False when a multipart body is over the servlet's limits and cannot be read at all. */
    static boolean bodyReadable(HttpServletRequest request) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return true;
        }
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | ServletException tooLarge) {
            return false;
        } catch (RuntimeException unreadable) {
            // The container wraps "the request was rejected because its size exceeds the maximum" so.
            if (unreadable.getCause() instanceof ServletException) {
                return false;
            }
            throw unreadable;
        }
    }

    /**
     * A parameter of the address only, never of the body: read before a post is let in (the gate) or
     * when the body is over the limits, where asking the request for a parameter would parse the body.
     */
    static String fromQuery(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException broken) {
                    return null;
                }
            }
        }
        return null;
    }

    static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
