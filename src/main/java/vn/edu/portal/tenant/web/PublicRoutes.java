package vn.edu.portal.tenant.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The public addresses inside a site (after {@code /} or {@code /s/<slug>/}): the site's own web
 * manifest, and otherwise the feature that declares the address through {@link SiteRoutes}. A
 * feature looks its item up before any view, so a missing item is a 404 before anything renders.
 */
@ApplicationScoped
public class PublicRoutes {

    /** Where the public views are; a feature's route names a file in it. */
    public static final String VIEWS = "/WEB-INF/views/public/";

    @Inject
    Instance<PublicSite> publicSite;

    /** The features that declare their addresses through the contract (see {@link SiteRoutes}). */
    @Inject
    @Any
    Instance<SiteRoutes> features;

    public void render(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (rest.equals("manifest.webmanifest")) {
            PublicSite pub = publicSite.get();
            response.setContentType("application/manifest+json;charset=UTF-8");
            response.getWriter().write(WebManifest.json(site, request.getContextPath() + CurrentSite.of(request).base(),
                    pub.getTheme().color(), pub.getLang(), pub::iconUrl));
            return;
        }
        SiteRoutes feature = featureFor(site, rest);
        String view = feature == null ? null : feature.route(site, rest, request, response);
        if ("".equals(view)) {
            return;
        }
        if (view == null) {
            notFound(request, response, site, CurrentSite.of(request).base());
            return;
        }
        request.getRequestDispatcher(VIEWS + view).forward(request, response);
    }

    /** The feature that answers {@code rest} on {@code site} through the contract, or null. */
    /** Public: a package-private method of a CDI bean is called through its proxy by reflection. */
    public SiteRoutes featureFor(SiteInfo site, String rest) {
        for (SiteRoutes feature : features) {
            if (feature.handles(site, rest)) {
                return feature;
            }
        }
        return null;
    }

    public void notFound(HttpServletRequest request, HttpServletResponse response, SiteInfo site, String base)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        if (site == null) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("404 – Không tìm thấy trang / Page not found");
            return;
        }
        request.setAttribute(CurrentSite.ATTRIBUTE, new CurrentSite(site, base));
        request.getRequestDispatcher(VIEWS + "not-found.xhtml").forward(request, response);
    }

    /** What follows the first slash of {@code rest}, without a trailing slash ({@code trang/a/} → {@code a}). */
    public static String tail(String rest) {
        String tail = rest.substring(rest.indexOf('/') + 1);
        return tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail;
    }
}
