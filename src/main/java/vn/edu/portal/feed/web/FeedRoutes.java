package vn.edu.portal.feed.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.SiteRoutes;

/**
 * The feeds and the sitemap of every site through the route contract ({@code rss.xml},
 * {@code atom.xml}, {@code sitemap.xml}, {@code chuyen-muc/<slug>/rss.xml|atom.xml}). {@link PublicFeeds}
 * writes them whole: its own entry in the page cache, with Last-Modified, ETag and 304.
 */
@ApplicationScoped
public class FeedRoutes implements SiteRoutes {

    @Inject
    PublicFeeds feeds;

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return PublicFeeds.isFeed(rest);
    }

    @Override
    public boolean writesWholeResponse(SiteInfo site, String rest) {
        return true;
    }

    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return feeds.serve(site, CurrentSite.of(request).base(), rest, request, response) ? "" : null;
    }
}
