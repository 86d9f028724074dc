package vn.edu.portal.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.ArticleStatus;
import vn.edu.portal.content.web.Editorial;
import vn.edu.portal.dashboard.Dashboard;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.Role;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The first screen of the console. On a site ({@code /admin/s/<slug>/}) it lists what the
 * person has to do there, by his roles, each line a link to do it; an approver publishes from
 * it. At {@code /admin/} the department admin gets every school, furthest behind first; someone
 * who works on one site gets that site's list there too; someone on several gets one card each.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** Schools listed before "show all" on the department's dashboard. */
    static final int SCHOOLS_SHOWN = 30;

    @Inject
    AdminShell shell;

    @Inject
    Dashboard dashboard;

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    Editorial editorial;

    @Inject
    HttpServletRequest request;

    @Inject
    SiteDirectory directory;

    private Dashboard.SiteWork work;
    private List<Dashboard.SiteWork> cards;
    private List<Dashboard.SchoolRow> schools;

    private LocalDate today() {
        return LocalDate.now(Formats.VIETNAM);
    }

    /** The site's list for the person looking at it. */
    public Dashboard.SiteWork getWork() {
        if (work == null) {
            StaffContext staff = shell.staff();
            work = dashboard.siteWork(staff.site(), new Dashboard.Viewer(staff.username(), staff.roles(),
                    staff.departmentAdmin()), today());
        }
        return work;
    }

    /** What the person has to do on each of his sites (at /admin/: the list itself when he has one site). */
    public List<Dashboard.SiteWork> getSiteCards() {
        if (cards == null) {
            StaffContext staff = shell.staff();
            cards = shell.getMySites().stream().map(site -> dashboard.siteWork(site, new Dashboard.Viewer(staff.username(),
                    accounts.rolesOn(staff.accountId(), site.id()), false), today())).toList();
        }
        return cards;
    }

    public List<Dashboard.SchoolRow> getAllSchools() {
        if (schools == null) {
            schools = dashboard.schools(today());
        }
        return schools;
    }

    public boolean isShowAll() {
        return request.getParameter("tat-ca") != null;
    }

    public List<Dashboard.SchoolRow> getSchools() {
        List<Dashboard.SchoolRow> all = getAllSchools();
        return isShowAll() ? all : all.subList(0, Math.min(SCHOOLS_SHOWN, all.size()));
    }

    /**
     * The approver publishes from his list: each line's button posts the article's id (and, at
     * /admin/, the site's address, checked against his roles there). An article published or
     * withdrawn meanwhile is not published again; he is told what happened.
     */
    public void act() {
        String wanted = request.getParameter("publish");
        if (!FacesContext.getCurrentInstance().isPostback() || wanted == null || !wanted.matches("\\d{1,18}")) {
            return;
        }
        StaffContext staff = shell.staff();
        SiteInfo site = staff.site() != null ? staff.site()
                : directory.bySlug(String.valueOf(request.getParameter("site"))).orElse(null);
        if (site == null) {
            Texts.error("dashboard.publish.gone");
            return;
        }
        Set<Role> roles = staff.site() != null ? staff.roles() : accounts.rolesOn(staff.accountId(), site.id());
        if (!staff.departmentAdmin() && roles.isEmpty()) {
            throw new SecurityException(staff.username() + " holds no role on site " + site.slug());
        }
        var article = shell.requested("publish", "article", id -> articles.find(site.id(), id));
        if (article.isEmpty()) {
            Texts.error("dashboard.publish.gone");
            return;
        }
        try {
            ArticleStatus status = article.get().getStatus();
            if (article.get().getDeletedAt() != null || status != ArticleStatus.SUBMITTED && status != ArticleStatus.PUBLISHED) {
                Texts.error("article.notWaiting");
                return;
            }
            articles.publish(site.id(), article.get().getId(), editorial.actorOn(site.id(), roles));
            work = null;
            cards = null;
            Texts.info("dashboard.published", article.get().getTitle());
        } catch (FieldErrors e) {
            FieldErrors.Error error = e.errors().values().iterator().next();
            Texts.error(error.key(), error.args());
        }
    }

    public String since(Long days) {
        if (days == null) {
            return Texts.get("dashboard.never");
        }
        return days == 0 ? Texts.get("dashboard.today") : Texts.get("dashboard.daysAgo", days);
    }
}
