package vn.edu.portal.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;

/**
 * Security headers on every response, and a refusal of cross-site form posts (the browser's
 * Origin header must name the host the form was posted to). Public pages get a strict CSP
 * with no script but our own files; the admin console allows the inline scripts PrimeFaces writes.
 *
 * <p>The headers survive {@code response.reset()} (a download, the 500 page), which would
 * otherwise clear them, and the filter also runs for the container's error pages.
 */
public class SecurityHeadersFilter extends HttpFilter {

    @jakarta.inject.Inject
    PortalConfig config;

    private volatile Clients clients;
    private volatile String hsts;

    static final String PUBLIC_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String ADMIN_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        Object failed = error ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
        String uri = failed instanceof String s ? s : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        boolean staff = isStaffPath(path);
        if (!error || request.getAttribute(Clients.ADDRESS) == null) {
            clients().resolve(request);
        }
        apply(response, staff);
        if (Clients.secure(request) && !hsts().isEmpty()) {
            response.setHeader("Strict-Transport-Security", hsts());
        }
        if (!error && "POST".equals(request.getMethod()) && !sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, error ? response : new KeepHeaders(response, staff));
    }

    private Clients clients() {
        Clients c = clients;
        if (c == null) {
            c = new Clients(config == null ? "" : config.get("portal.security.trusted-proxies", ""));
            clients = c;
        }
        return c;
    }

    /** HSTS for HTTPS answers: a year by default; {@code portal.security.hsts=off} leaves it to the proxy. */
    private String hsts() {
        String h = hsts;
        if (h == null) {
            h = config == null ? "max-age=31536000" : config.get("portal.security.hsts", "max-age=31536000").strip();
            h = h.equalsIgnoreCase("off") ? "" : h;
            hsts = h;
        }
        return h;
    }

    private static void apply(HttpServletResponse response, boolean staff) {
        // The product and version are nobody's business (Grizzly writes "Payara Micro" unless told otherwise).
        response.setHeader("Server", "portal");
        response.setHeader("Content-Security-Policy", staff ? ADMIN_CSP : PUBLIC_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (staff) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Puts the headers back after a reset: an export or the error page must not lose them. */
    private static final class KeepHeaders extends HttpServletResponseWrapper {

        private final boolean staff;

        KeepHeaders(HttpServletResponse response, boolean staff) {
            super(response);
            this.staff = staff;
        }

        @Override
        public void reset() {
            super.reset();
            apply((HttpServletResponse) getResponse(), staff);
        }
    }

    public static boolean isStaffPath(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/login")
                || path.equals("/setup") || path.equals("/quen-mat-khau") || path.equals("/dat-lai-mat-khau")
                || path.startsWith("/jakarta.faces.resource/");
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
