package vn.edu.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.edu.portal.content.AlbumService;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.content.PublishedArticles;
import vn.edu.portal.content.ViewCounter;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.PublicRoutes;
import vn.edu.portal.tenant.web.SiteRoutes;

/**
 * The content of every site through the route contract, all read-only, the same for every visitor
 * and kept by the page cache:
 *
 * <pre>
 * ""                  a school's home (the department's home is the department portal's)
 * trang/&lt;slug&gt;        a published page
 * chuyen-muc/&lt;slug&gt;   a category's articles (?trang=); its feeds are the feed package's
 * bai-viet/&lt;slug&gt;     an article, its view counted on every read, from the cache or not
 * anh, anh/&lt;slug&gt;     the photo albums, one album
 * van-ban             the official documents (?loai= &amp;nam= &amp;so=)
 * </pre>
 */
@ApplicationScoped
public class ContentRoutes implements SiteRoutes {

    /** The request attributes the views read through {@code #{pages}}. */
    public static final String PAGE = "portal.page";
    public static final String CATEGORY = "portal.category";
    public static final String ARTICLE = "portal.article";
    public static final String ALBUM = "portal.album";

    @Inject
    ContentService content;

    @Inject
    PublishedArticles articles;

    @Inject
    AlbumService albums;

    @Inject
    ViewCounter views;

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return (rest.isEmpty() && !site.isDepartment()) || rest.startsWith("trang/") || rest.startsWith("bai-viet/")
                || rest.equals("anh") || rest.startsWith("anh/") || rest.equals("van-ban")
                || (rest.startsWith("chuyen-muc/") && !rest.endsWith("/rss.xml") && !rest.endsWith("/atom.xml"));
    }

    @Override
    public void read(SiteInfo site, String rest) {
        if (rest.startsWith("bai-viet/")) {
            views.viewed(site.id(), PublicRoutes.tail(rest));
        }
    }

    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response) {
        if (rest.isEmpty()) {
            return "home.xhtml";
        }
        if (rest.equals("anh")) {
            return "albums.xhtml";
        }
        if (rest.equals("van-ban")) {
            return "documents.xhtml";
        }
        String slug = PublicRoutes.tail(rest);
        if (rest.startsWith("trang/")) {
            return found(request, PAGE, content.publishedPage(site.id(), slug), "page.xhtml");
        }
        if (rest.startsWith("chuyen-muc/")) {
            return found(request, CATEGORY, content.category(site.id(), slug), "category.xhtml");
        }
        if (rest.startsWith("anh/")) {
            return found(request, ALBUM, albums.publishedBySlug(site.id(), slug), "albums.xhtml");
        }
        return found(request, ARTICLE, articles.visible(site.id(), slug), "article.xhtml");
    }

    private static String found(HttpServletRequest request, String attribute, java.util.Optional<?> item, String view) {
        if (item.isEmpty()) {
            return null;
        }
        request.setAttribute(attribute, item.get());
        return view;
    }
}
