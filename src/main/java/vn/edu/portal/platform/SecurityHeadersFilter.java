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
 * Origin header must name the host the form was posted to), and of JSF actions named in a query
 * string. Public pages get a strict CSP with no script but our own files; the admin console allows
 * only our files and the scripts PrimeFaces writes with the request's nonce. HSTS is sent on HTTPS
 * answers (directly, or through a trusted proxy: {@link Clients}), and the Server header names no product.
 *
 * <p>{@code Cross-Origin-Opener-Policy: same-origin} (ASVS 5.0 3.4.8, a level 3 requirement) goes on
 * staff pages, on files and services, and on every public answer that may show one person's data (a
 * draft, a receipt, a look-up's answer): the public router ({@code TenantFilter}) asks the feature
 * and calls {@link #isolate}. A public page that is the same for every visitor (news, documents, a
 * blank form) is sent without it: it holds nothing of anyone to leak to another window, runs no
 * script, and the policy makes a phone's browser start a new renderer process for it (about 230 ms of
 * main-thread work in Lighthouse's mobile run, measured in {@code docs/benchmarks.md}).
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
    /**
     * Staff pages: no inline script and no eval. JSF pages get this policy from PrimeFaces' CSP mode
     * ({@code primefaces.CSP_POLICY} in web.xml, the same text) with the request's nonce appended to
     * script-src, which replaces this header; everything else (redirects, downloads, error pages) keeps it.
     */
    static final String ADMIN_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        Object failed = error ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
        String uri = failed instanceof String s ? s : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        boolean staff = isStaffPath(path);
        boolean isolate = !isPublicPage(path); // public pages: the router isolates what shows a person
        if (!error || request.getAttribute(Clients.ADDRESS) == null) {
            clients().resolve(request);
        }
        apply(response, staff, isolate);
        if (Clients.secure(request) && !hsts().isEmpty()) {
            response.setHeader("Strict-Transport-Security", hsts());
        }
        if (!error && !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")
                && !request.getMethod().equals("POST")) {
            methodNotAllowed(request, response);
            return;
        }
        if (!error && hasDotSegment(uri)) {
            // Every filter decides by the path as sent; the container maps it without them, to a servlet no
            // filter expected (a public page straight to the Faces servlet was a 500).
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!error && "POST".equals(request.getMethod()) && !sameOrigin(request)) {
            refused(request, "post from another origin: " + request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!error && !"POST".equals(request.getMethod()) && facesActionInQuery(request)) {
            // A JSF postback in an address: a link or an image could run an action with the visitor's session.
            refused(request, "JSF view state in a " + request.getMethod() + " query string");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, error ? response : new KeepHeaders(response, staff, isolate));
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

    /** Sends {@code Cross-Origin-Opener-Policy: same-origin}: the answer may show one person's data. */
    public static void isolate(HttpServletResponse response) {
        response.setHeader(OPENER_POLICY, "same-origin");
    }

    static final String OPENER_POLICY = "Cross-Origin-Opener-Policy";
    public static final String POLICY = "Content-Security-Policy";
    private static final String OWN_STYLES_ONLY = "style-src 'self';";

    private volatile byte[] methodPage;

    /**
     * Every method but GET, HEAD and POST is answered 405 here, with what is allowed. Not through
     * {@code sendError}: the error page's dispatch keeps the method, and the container's file servlet
     * then answered one it does not know with 501 (PATCH, PROPFIND), PUT and DELETE with 403, and
     * OPTIONS with its own list of methods.
     */
    private void methodNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] page = methodPage;
        if (page == null) {
            try (var in = request.getServletContext().getResourceAsStream("/WEB-INF/errors/405.html")) {
                page = in == null ? new byte[0] : in.readAllBytes();
            }
            methodPage = page;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD, POST");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /**
     * Allows one inline style sheet, named by its hash ({@code 'sha256-…'}), in the answer's policy:
     * a public page carries its style sheet inline. A policy that already allows inline styles
     * (the console's, an article preview's) is left as it is; no other inline style is allowed.
     */
    public static void allowStyle(HttpServletResponse response, String hashSource) {
        String policy = response.getHeader(POLICY);
        if (policy != null && policy.contains(OWN_STYLES_ONLY) && hashSource.matches("'sha256-[A-Za-z0-9+/]+=*'")) {
            response.setHeader(POLICY, policy.replace(OWN_STYLES_ONLY, "style-src 'self' " + hashSource + ";"));
        }
    }

    private static void apply(HttpServletResponse response, boolean staff, boolean isolate) {
        // The product and version are nobody's business (Grizzly writes "Payara Micro" unless told otherwise).
        response.setHeader("Server", "portal");
        response.setHeader("Content-Security-Policy", staff ? ADMIN_CSP : PUBLIC_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (isolate) {
            isolate(response);
        }
        if (staff) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Puts the headers back after a reset: an export or the error page must not lose them. */
    private static final class KeepHeaders extends HttpServletResponseWrapper {

        private final boolean staff;
        private boolean isolated;

        KeepHeaders(HttpServletResponse response, boolean staff, boolean isolated) {
            super(response);
            this.staff = staff;
            this.isolated = isolated;
        }

        @Override
        public void reset() {
            super.reset();
            apply((HttpServletResponse) getResponse(), staff, isolated);
        }

        @Override
        public void setHeader(String name, String value) {
            isolated |= OPENER_POLICY.equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        /**
         * PrimeFaces adds its own Content-Security-Policy header (the admin policy with the nonce):
         * on staff pages it replaces ours, since two policies would both apply and ours has no nonce;
         * public pages keep the public policy, which allows no inline script at all.
         */
        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                if (staff) {
                    super.setHeader(name, value);
                }
                return;
            }
            super.addHeader(name, value);
        }
    }

    /** Only a POST may carry a JSF view state: a GET, HEAD or other request naming one is refused. */
    static boolean facesActionInQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(query.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            // A broken percent-encoding (%ZZ) is no view state; read it as it came (and %2E as a dot).
            decoded = query.replaceAll("(?i)%2e", ".");
        }
        return decoded.toLowerCase(java.util.Locale.ROOT).contains("faces.viewstate");
    }

    /** Writes the refusal to the audit log (with the client's real address) through {@link AccessRefused}. */
    private static void refused(HttpServletRequest request, String what) {
        try {
            jakarta.enterprise.inject.spi.CDI.current().getBeanManager().getEvent().select(AccessRefused.class)
                    .fire(new AccessRefused(request, what));
        } catch (IllegalStateException | IllegalArgumentException e) {
            java.util.logging.Logger.getLogger(SecurityHeadersFilter.class.getName()).warning(() -> "Refused: " + what);
        }
    }

    /** A path the public router answers with a site's page (not the console, a file or a service). */
    public static boolean isPublicPage(String path) {
        return !isStaffPath(path) && !isFileOrService(path);
    }

    /** Files (static, themes, uploads, icons) and services (health, metrics): no site's page. */
    public static boolean isFileOrService(String path) {
        return path.startsWith("/themes/") || path.startsWith("/static/") || path.startsWith("/files/")
                || path.equals("/favicon.ico") || path.equals("/robots.txt") || path.startsWith("/health")
                || path.equals("/metrics");
    }

    public static boolean isStaffPath(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/login")
                || path.equals("/setup") || path.equals("/quen-mat-khau") || path.equals("/dat-lai-mat-khau")
                || path.startsWith("/jakarta.faces.resource/");
    }

    /** A post without Origin (old browsers, tools) is let through: the JSF view state still guards it. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            return sameHost(request, origin);
        }
        // No Origin (browsers send it on every post; an old one may not): the public forms carry no
        // view state to guard them, so what else the browser said decides. Another site, another
        // school's site included ("same-site"), or a foreign Referer: refused.
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String referer = request.getHeader("Referer");
        return referer == null || referer.isBlank() || sameHost(request, referer);
    }

    /** Whether {@code address} (an Origin or a Referer) names the host the request was sent to. */
    private static boolean sameHost(HttpServletRequest request, String address) {
        try {
            URI uri = URI.create(address.strip());
            String host = request.getHeader("Host");
            String addressHost = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            return uri.getHost() != null && host != null && host.equalsIgnoreCase(addressHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a path as sent has a "." or ".." segment, plainly, percent-encoded or with path parameters ("..;x"). */
    static boolean hasDotSegment(String path) {
        if (path.indexOf("/.") < 0 && path.indexOf('%') < 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            String s = segment.toLowerCase(java.util.Locale.ROOT).replace("%2e", ".");
            int params = s.indexOf(';');
            s = params >= 0 ? s.substring(0, params) : s;
            if (s.equals(".") || s.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
