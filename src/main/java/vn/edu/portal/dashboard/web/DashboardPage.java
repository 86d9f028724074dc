package vn.edu.portal.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.web.Editorial;
import vn.edu.portal.dashboard.Dashboard;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The first screen of the console. On a site ({@code /admin/s/<slug>/}) it lists what the
 * person has to do there, by his roles, each line a link to do it; an approver publishes from
 * it. At {@code /admin/} the department admin gets every school, furthest behind first; someone
 * who works on one site is taken to that site's list; someone on several gets one card each.
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

    private Dashboard.SiteWork work;
    private List<Dashboard.SchoolRow> schools;

    private LocalDate today() {
        return LocalDate.now(Formats.VIETNAM);
    }

    /** At /admin/: one site only? Then its own list is the dashboard. */
    public void route() throws IOException {
        StaffContext staff = shell.staff();
        if (staff.site() != null || staff.departmentAdmin()) {
            return;
        }
        List<SiteInfo> sites = shell.getMySites();
        if (sites.size() == 1) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(shell.siteUrl(sites.get(0), "SITE_OVERVIEW"));
        }
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

    /** One card per site for someone who works on several. */
    public List<Dashboard.SiteWork> getSiteCards() {
        StaffContext staff = shell.staff();
        return shell.getMySites().stream().map(site -> dashboard.siteWork(site, new Dashboard.Viewer(staff.username(),
                accounts.rolesOn(staff.accountId(), site.id()), false), today())).toList();
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
     * The approver publishes from his list: each line's button posts the article's id. An
     * article published or withdrawn meanwhile is not published again; he is told what happened.
     */
    public void act() {
        String wanted = request.getParameter("publish");
        if (!FacesContext.getCurrentInstance().isPostback() || wanted == null || !wanted.matches("\\d{1,18}")) {
            return;
        }
        long siteId = shell.staff().siteId();
        var article = shell.requested("publish", "article", id -> articles.find(siteId, id));
        if (article.isEmpty()) {
            Texts.error("dashboard.publish.gone");
            return;
        }
        try {
            if (article.get().getDeletedAt() != null || article.get().getStatus() != vn.edu.portal.content.ArticleStatus.SUBMITTED
                    && article.get().getStatus() != vn.edu.portal.content.ArticleStatus.PUBLISHED) {
                Texts.error("article.notWaiting");
                return;
            }
            articles.publish(siteId, article.get().getId(), editorial.actor());
            work = null;
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
