package vn.edu.portal.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a post's body can be read at all: a multipart body whose parts parse (over the servlet's
 * limits, malformed, or without its boundary, they do not), any other body whose fields parse (over
 * the container's limit for a form body, they do not). Reading it here is what the request would do
 * anyway when asked for a field; a body that cannot be read is answered as bad input, never a 500.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static boolean readable(HttpServletRequest request) {
        String type = request.getContentType();
        try {
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                request.getParts();
            } else {
                request.getParameterMap();
            }
            return true;
        } catch (java.io.IOException | jakarta.servlet.ServletException | RuntimeException unreadable) {
            return false;
        }
    }
}
