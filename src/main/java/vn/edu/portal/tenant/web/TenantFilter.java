package vn.edu.portal.tenant.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edu.portal.platform.BufferedResponse;
import vn.edu.portal.platform.CompressedBody;
import vn.edu.portal.platform.PageCache;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.PressAgainPage;
import vn.edu.portal.platform.RequestBodies;
import vn.edu.portal.platform.SecurityHeadersFilter;
import vn.edu.portal.platform.Transactions;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteRouting;

/**
 * Routes every public request to its site and view. Views live under {@code WEB-INF}, so this
 * is the only way to reach them: a page of one school can only ever render that school.
 * Rendered pages are kept in the {@link PageCache} until the site changes.
 */
public class TenantFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(TenantFilter.class.getName());

    @Inject
    SiteDirectory directory;

    @Inject
    PublicRoutes routes;

    @Inject
    PageCache cache;

    @Inject
    PortalConfig config;


    private volatile SiteRouting routing;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!SecurityHeadersFilter.isPublicPage(path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read && !request.getMethod().equals("POST")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        // Reading parameters parses the whole query: only when the language may be in it.
        String query = request.getQueryString();
        String lang = query != null && query.contains("lang=") ? request.getParameter("lang") : null;
        if ("en".equals(lang) || "vi".equals(lang)) {
            Cookie cookie = new Cookie("lang", lang);
            cookie.setPath("/");
            cookie.setMaxAge(lang.equals("en") ? 365 * 24 * 3600 : 0);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            // Back to the same page: the same search, the same step of a form, the same page of a list.
            String kept = PageQueries.languageReturn(query, request.getHeader("Host"), request.getRequestURI(),
                    request.getHeader("Referer"));
            response.sendRedirect(vn.edu.portal.platform.Redirects.local(request.getRequestURI())
                    + (kept == null ? "" : "?" + kept));
            return;
        }
        String host = SiteRouting.hostWithoutPort(request.getHeader("Host"));
        SiteRouting.Route route = routing().route(host, path, directory::bySlug, directory::byAlias,
                directory::departmentSite);
        if (route.redirect() != null) {
            response.sendRedirect(request.getContextPath() + route.redirect());
            return;
        }
        if (!route.found()) {
            routes.notFound(request, response, directory.departmentSite().orElse(null), "/");
            return;
        }
        SiteInfo site = route.site();
        request.setAttribute(CurrentSite.ATTRIBUTE, new CurrentSite(site, route.base()));
        request.setAttribute(PortalViewHandler.ACTION_PATH, path);
        String rest = route.rest();
        SiteRoutes feature = routes.featureFor(site, rest);
        SiteRoutes.Handling handling = SiteRoutes.Handling.of(feature, site, rest, read);
        // A page for the cache is the same for everybody: only the others are asked (one bean call less per hit).
        if (feature != null && handling != SiteRoutes.Handling.CACHED && feature.showsPerson(site, rest, request)) {
            SecurityHeadersFilter.isolate(response);
        }
        if (handling == SiteRoutes.Handling.NOT_ALLOWED) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!read && !feature.readsItsOwnBody(site, rest) && !RequestBodies.readable(request)) {
            // A body that cannot be read (malformed, or over the limits): bad input, never a failure deeper in.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (feature != null && feature.sharedWithOtherOrigins(site, rest)) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        if (handling == SiteRoutes.Handling.WRITTEN_BY_FEATURE) {
            routes.render(site, rest, request, response);
            return;
        }
        if (handling == SiteRoutes.Handling.UNCACHED) {
            // Forms, look-ups, admission, search: never cached and never from the cache.
            BufferedResponse buffered = new BufferedResponse(response);
            try {
                routes.render(site, rest, request, buffered);
            } catch (RuntimeException | ServletException failed) {
                // A form's post that met the database away before its own recovery could begin (the
                // draft not even read): what was typed goes back to the visitor, to press again.
                if (read || response.isCommitted() || !Transactions.isDatabaseAway(failed)) {
                    throw failed;
                }
                LOG.log(Level.WARNING, "A public post met the database away; answered with the page to press again", failed);
                PressAgainPage.answer(request, response);
                return;
            }
            sendUncached(request, response, buffered);
            return;
        }
        if (feature != null) {
            feature.read(site, rest);
        }
        String cachedQuery = PageQueries.forCache(request.getQueryString());
        if (cachedQuery == null || !vn.edu.portal.platform.Clients.hostIsCanonical(request)) {
            // An address no page reads this way (PageQueries), or a host spelled otherwise than the key keeps it:
            // rendered for this visitor, never kept.
            BufferedResponse buffered = new BufferedResponse(response);
            routes.render(site, rest, request, buffered);
            sendUncached(request, response, buffered);
            return;
        }
        // The host as sent, port included: a page shows its own address (og:url, links), so a page asked
        // for on another port must not be the one kept for this one.
        String key = vn.edu.portal.platform.Clients.hostAsSent(request) + "|" + route.base() + rest + "?" + cachedQuery
                + "|" + PortalViewHandler.localeOf(request).getLanguage();
        PageCache.Entry cached = cache.get(site.id(), key);
        if (cached != null) {
            response.setHeader("X-Portal-Cache", "HIT");
            sendCached(request, response, cached);
            return;
        }
        long generation = cache.generation(site.id());
        BufferedResponse buffered = new BufferedResponse(response);
        routes.render(site, rest, request, buffered);
        if (buffered.status() == HttpServletResponse.SC_OK && !response.isCommitted()) {
            String contentType = response.getContentType() == null ? "text/html;charset=UTF-8" : response.getContentType();
            PageCache.Entry entry = cache.put(site.id(), key, buffered.body(), contentType, generation, 0,
                    response.getHeader(SecurityHeadersFilter.POLICY));
            response.setHeader("X-Portal-Cache", "MISS");
            sendCached(request, response, entry);
            return;
        }
        sendUncached(request, response, buffered);
    }

    /**
     * A page as the cache keeps it: compressed as the client accepts, with its entity tag; a
     * browser keeps it but asks again each time ({@code no-cache}), and a 304 answers it when
     * nothing changed.
     */
    private static void sendCached(HttpServletRequest request, HttpServletResponse response, PageCache.Entry entry)
            throws IOException {
        response.setContentType(entry.contentType());
        if (entry.policy() != null) {
            response.setHeader(SecurityHeadersFilter.POLICY, entry.policy());
        }
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "no-cache");
        }
        entry.body().send(request, response);
    }

    /** Anything else that was rendered (a 404, a form, a search): compressed, without validators. */
    private static void sendUncached(HttpServletRequest request, HttpServletResponse response, BufferedResponse buffered)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        CompressedBody.sendOnce(request, response, buffered.body());
    }

    private SiteRouting routing() {
        SiteRouting r = routing;
        if (r == null) {
            r = new SiteRouting(config.departmentDomain(), config.departmentExtraHosts());
            routing = r;
        }
        return r;
    }
}
