package vn.edu.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import vn.edu.portal.content.Article;
import vn.edu.portal.content.ArticleDrafts;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The preview of an article before it is published: the public article page itself (the site's
 * theme layout and {@code public/article.xhtml}), filled with the article as the editor's latest
 * autosave left it. The editor shows it in a frame 375 pixels wide, so this one staff page may be
 * framed by the console (same origin only); it is never cached and never indexed.
 */
@Named
@RequestScoped
public class ArticlePreview {

    @Inject
    AdminShell shell;

    @Inject
    ArticleService articles;

    @Inject
    ArticleDrafts drafts;

    @Inject
    HttpServletRequest request;

    private Boolean ready;
    private boolean nothingTyped;

    /** Whether the preview was asked for a new article with nothing typed yet (after {@link #isReady()}). */
    public boolean isNothingTyped() {
        isReady();
        return nothingTyped;
    }

    /**
     * Prepares the request as the public router would (the site, the article) before the public
     * view is built; false when the address names an article the site does not hold.
     */
    public boolean isReady() {
        if (ready == null) {
            ready = prepare();
        }
        return ready;
    }

    private boolean prepare() {
        StaffContext staff = shell.staff();
        SiteInfo site = staff.site();
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        request.setAttribute(CurrentSite.ATTRIBUTE, new CurrentSite(site, site.isDepartment() ? "/" : "/s/" + site.slug() + "/"));
        Long id = null;
        if (request.getParameter("id") != null) {
            Optional<Article> article = shell.requested("id", "article", i -> articles.find(site.id(), i));
            if (article.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return false;
            }
            id = article.get().getId();
        }
        var unsaved = drafts.find(site.id(), staff.username(), id).orElse(null);
        if (id == null && unsaved == null) {
            // A new article with nothing typed yet: a page that says so (an empty article page was shown).
            nothingTyped = true;
            return false;
        }
        request.setAttribute(ContentRoutes.ARTICLE, articles.preview(site.id(), id, unsaved, staff.fullName()));
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        String policy = response.getHeader("Content-Security-Policy");
        if (policy != null) {
            response.setHeader("Content-Security-Policy", policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
        }
        response.setHeader("X-Robots-Tag", "noindex");
        return true;
    }
}
