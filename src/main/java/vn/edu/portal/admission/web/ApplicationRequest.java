package vn.edu.portal.admission.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    /** Over the servlet's limits nothing of the body can be read, but the address carries the draft and its step: back to them, said so. */
    static void tooLarge(HttpServletRequest request, HttpServletResponse response, String address) {
        FormRequest.backWhenTooLarge(request, response, address, "t", "step");
    }

    static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
