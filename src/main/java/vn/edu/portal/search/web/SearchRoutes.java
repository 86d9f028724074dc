package vn.edu.portal.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.SiteRoutes;

/**
 * The search page of every site ({@code tim-kiem?q=}) through the route contract. The same for
 * every visitor but never cached: the results follow the index, which catches up a moment after
 * the commit that invalidates the page cache, so a cached result could hide a new item for a
 * whole cache lifetime.
 */
@ApplicationScoped
public class SearchRoutes implements SiteRoutes {

    static final String PATH = "tim-kiem";

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return rest.equals(PATH);
    }

    @Override
    public boolean cacheable(SiteInfo site, String rest) {
        return false;
    }

    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response) {
        // A page of results is no page for a search engine's index (robots.txt says so too, for those that read it).
        response.setHeader("X-Robots-Tag", "noindex");
        return "search.xhtml";
    }
}
