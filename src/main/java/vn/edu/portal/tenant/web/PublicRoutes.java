package vn.edu.portal.tenant.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The public addresses inside a site (after {@code /} or {@code /s/<slug>/}) and the view each
 * one renders. What a view shows is looked up here, so a missing item is a 404 before any view.
 */
@ApplicationScoped
public class PublicRoutes {

    public static final String PAGE = "portal.page";
    public static final String CATEGORY = "portal.category";
    public static final String ARTICLE = "portal.article";
    public static final String ALBUM = "portal.album";
    static final String VIEWS = "/WEB-INF/views/public/";

    @Inject
    ContentService content;

    @Inject
    jakarta.enterprise.inject.Instance<PublicSite> publicSite;

    @Inject
    ArticleService articles;


    @Inject
    vn.edu.portal.content.AlbumService albums;

    @Inject
    vn.edu.portal.disclosure.DisclosureService disclosures;

    @Inject
    vn.edu.portal.disclosure.DisclosureOpenData openData;


    /** The features that declare their addresses through the contract (see {@link SiteRoutes}). */
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<SiteRoutes> features;

    public void render(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String view = null;
        if (rest.equals("manifest.webmanifest")) {
            PublicSite pub = publicSite.get();
            response.setContentType("application/manifest+json;charset=UTF-8");
            response.getWriter().write(WebManifest.json(site, request.getContextPath() + CurrentSite.of(request).base(),
                    pub.getTheme().color(), pub.getLang(), pub::iconUrl));
            return;
        }
        SiteRoutes feature = featureFor(site, rest);
        if (feature != null) {
            view = feature.route(site, rest, request, response);
            if ("".equals(view)) {
                return;
            }
        } else if (rest.isEmpty()) {
            view = site.isDepartment() ? "department-home.xhtml" : "home.xhtml";
        } else if (rest.startsWith("trang/")) {
            Optional<ContentService.PageView> page = content.publishedPage(site.id(), tail(rest));
            if (page.isPresent()) {
                request.setAttribute(PAGE, page.get());
                view = "page.xhtml";
            }
        } else if (rest.startsWith("chuyen-muc/")) {
            var category = content.category(site.id(), tail(rest));
            if (category.isPresent()) {
                request.setAttribute(CATEGORY, category.get());
                view = "category.xhtml";
            }
        } else if (rest.equals("anh")) {
            view = "albums.xhtml";
        } else if (rest.startsWith("anh/")) {
            var album = albums.publishedBySlug(site.id(), tail(rest));
            if (album.isPresent()) {
                request.setAttribute(ALBUM, album.get());
                view = "albums.xhtml";
            }
        } else if (rest.equals("van-ban")) {
            view = "documents.xhtml";
        } else if (site.isSchool() && (rest.equals("cong-khai") || rest.equals("cong-khai/"))) {
            var years = disclosures.publishedSections(site.id());
            request.setAttribute(vn.edu.portal.disclosure.web.PublicDisclosures.YEAR,
                    years.isEmpty() ? vn.edu.portal.disclosure.SchoolYear.current() : years.get(0).getStartYear());
            view = "disclosures.xhtml";
        } else if (site.isSchool() && (rest.equals("cong-khai/du-lieu.json") || rest.equals("cong-khai/du-lieu.csv"))) {
            boolean json = rest.endsWith(".json");
            response.setContentType(json ? "application/json;charset=UTF-8" : "text/csv;charset=UTF-8");
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.getWriter().write(json ? openData.json(site) : openData.csv(site));
            return;
        } else if (site.isSchool() && rest.startsWith("cong-khai/")) {
            int year = vn.edu.portal.disclosure.SchoolYear.fromSlug(tail(rest));
            if (year > 0 && disclosures.section(site.id(), year).isPresent()) {
                request.setAttribute(vn.edu.portal.disclosure.web.PublicDisclosures.YEAR, year);
                view = "disclosures.xhtml";
            }
        } else if (rest.equals("tim-kiem")) {
            view = "search.xhtml";
        } else if (rest.startsWith("bai-viet/")) {
            var article = articles.visible(site.id(), tail(rest));
            if (article.isPresent()) {
                request.setAttribute(ARTICLE, article.get());
                view = "article.xhtml";
            }
        }
        if (view == null) {
            notFound(request, response, site, CurrentSite.of(request).base());
            return;
        }
        request.getRequestDispatcher(VIEWS + view).forward(request, response);
    }

    /** The feature that answers {@code rest} on {@code site} through the contract, or null. */
    SiteRoutes featureFor(SiteInfo site, String rest) {
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

    static String tail(String rest) {
        String tail = rest.substring(rest.indexOf('/') + 1);
        return tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail;
    }
}
