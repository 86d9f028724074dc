package vn.edu.portal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Security headers on every response, and a refusal of cross-site form posts (the browser's
 * Origin header must name the host the form was posted to). Public pages get a strict CSP
 * with no script but our own files; the admin console allows the inline scripts PrimeFaces writes.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String PUBLIC_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String ADMIN_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean staff = isStaffPath(path);
        response.setHeader("Content-Security-Policy", staff ? ADMIN_CSP : PUBLIC_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (staff) {
            response.setHeader("Cache-Control", "no-store");
        }
        if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    public static boolean isStaffPath(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/login")
                || path.equals("/setup") || path.startsWith("/jakarta.faces.resource/");
    }

    /** A post without Origin (old browsers, tools) is let through: the JSF view state still guards it. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
