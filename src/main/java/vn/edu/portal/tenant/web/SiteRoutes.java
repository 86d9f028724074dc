package vn.edu.portal.tenant.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The contract through which a feature adds public addresses to a site without editing
 * {@code tenant}: an application-scoped bean implementing it is collected by CDI, and
 * {@link PublicRoutes} asks each one, after the site was found by host or slug, whether it answers
 * the rest of the path. Its answers are read-only and the same for every visitor unless
 * {@link #personal} says otherwise, so the page cache keeps them.
 *
 * <p>Routed this way: the department portal ({@code department.web.DepartmentRoutes}), procedures
 * ({@code procedure.web.ProcedureSiteRoutes}) and admission ({@code admission.web.AdmissionSiteRoutes});
 * content, search, feeds and disclosures are still routed by {@link PublicRoutes} itself
 * (docs/architecture.md, "Package graph"). The rests the features answer must not overlap.
 */
public interface SiteRoutes {

    /** Whether this feature answers {@code rest} (the path after the site's link base) on {@code site}. */
    boolean handles(SiteInfo site, String rest);

    /** Whether the answer belongs to one visitor (a form, a look-up): rendered apart, never cached. */
    default boolean personal(SiteInfo site, String rest) {
        return false;
    }

    /** Whether {@code rest} takes a POST (a form); any other public POST is a 405. */
    default boolean acceptsPost(SiteInfo site, String rest) {
        return false;
    }

    /**
     * The view to render (a file under {@code /WEB-INF/views/public/}), "" when the answer was written
     * here (a data file), or null for a 404.
     */
    String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException;
}
