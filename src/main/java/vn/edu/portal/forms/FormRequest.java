package vn.edu.portal.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading what was typed into a step of a public form from its post, by the step's fields and their
 * types, the same for every feature: files are read apart (they are uploads); a box not ticked
 * is posted as nothing and read as ""; a field posted several times (boxes of one field, one per
 * choice) is read as its values joined with commas, as a draft keeps them; a field not posted is
 * left out (the draft keeps what it had); every value is cut at {@code max} characters.
 */
public final class FormRequest {

    private FormRequest() {
    }

    /** The typed values of {@code fields}, each posted as {@code prefix + key}. */
    public static Map<String, String> typed(HttpServletRequest request, List<FormField> fields, String prefix, int max) {
        Map<String, String> typed = new HashMap<>();
        for (FormField f : fields) {
            if (f.type() == FieldType.FILE) {
                continue;
            }
            String[] posted = request.getParameterValues(prefix + f.key());
            if (posted == null && f.type() != FieldType.CHECKBOX) {
                continue;
            }
            String value = posted == null ? "" : String.join(",", posted);
            typed.put(f.key(), value.length() > max ? value.substring(0, max) : value);
        }
        return typed;
    }

    /** False when the body cannot be read at all: over the servlet's limits, or malformed ({@link vn.edu.portal.platform.RequestBodies}). */
    public static boolean bodyReadable(HttpServletRequest request) {
        return vn.edu.portal.platform.RequestBodies.readable(request);
    }

    /**
     * A parameter of the address only, never of the body: read before a post is let in (the gate) or
     * when the body is over the limits, where asking the request for a parameter would parse the body.
     */
    public static String fromQuery(HttpServletRequest request, String name) {
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

    /**
     * The answer to a post over the servlet's limits, whose body cannot be read: 303 back to the
     * form's {@code address} with {@code tooLarge=1} and the parameters {@code carried} of the post's
     * own address (the draft's token, its step), so the page shows the draft where it was and says so.
     */
    public static void backWhenTooLarge(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        String address, String... carried) {
        StringBuilder location = new StringBuilder(address).append("?tooLarge=1");
        for (String name : carried) {
            String value = fromQuery(request, name);
            if (value != null) {
                location.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location.toString());
    }
}
