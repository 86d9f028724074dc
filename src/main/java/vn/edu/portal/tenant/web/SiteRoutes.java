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
 * <p>The department portal ({@code department.web.DepartmentRoutes}) is the first feature routed
 * this way; content, search, feeds, disclosures, procedures and admission are still routed by
 * {@link PublicRoutes} and {@link TenantFilter} themselves (docs/architecture.md, "Package graph").
 */
public interface SiteRoutes {

    /** Whether this feature answers {@code rest} (the path after the site's link base) on {@code site}. */
    boolean handles(SiteInfo site, String rest);

    /** Whether the answer belongs to one visitor: never cached. None of the contract's routes is, so far. */
    default boolean personal(SiteInfo site, String rest) {
        return false;
    }

    /**
     * The view to render (a file under {@code /WEB-INF/views/public/}), "" when the answer was written
     * here (a data file), or null for a 404.
     */
    String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException;
}
