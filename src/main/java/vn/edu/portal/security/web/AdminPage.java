package vn.edu.portal.security.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.edu.portal.security.Role;

/**
 * Every page of the admin console, the address it answers at and who may open it. Pages of a
 * site answer at {@code /admin/s/<slug>/<path>}; an empty role set means any role on that site.
 * The access filter and the cross-tenant tests both read this table.
 */
public enum AdminPage {
    DASHBOARD(false, "", "dashboard", null),
    SITES(false, "truong", "sites", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    AUDIT_ALL(false, "nhat-ky", "audit-all", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    PASSWORD(false, "mat-khau", "password", null),
    SECURITY(false, "bao-mat", "security", null),
    SEARCH_INDEX(false, "tim-kiem", "search-index", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    EXTERNAL_FEEDS(false, "nguon-tin", "external-feeds", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    OUTBOX(false, "hop-thu", "outbox", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    PROCEDURE_STATS(false, "thu-tuc", "procedure-stats", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    DISCLOSURE_DASHBOARD(false, "cong-khai", "disclosure-dashboard", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    DISCLOSURE_CATALOGUE(false, "cong-khai/danh-muc", "disclosure-catalogue", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    ADMISSION(false, "tuyen-sinh", "admission", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    ADMISSION_OVERVIEW(false, "tuyen-sinh/tong-hop", "admission-overview", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    WORKING_CALENDAR(false, "lich-lam-viec", "calendar", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    METRICS(false, "so-lieu", "metrics", EnumSet.of(Role.DEPARTMENT_ADMIN)),
    SITE_OVERVIEW(true, "", "site/overview", EnumSet.noneOf(Role.class)),
    SITE_IDENTITY(true, "thong-tin", "site/identity", EnumSet.of(Role.SCHOOL_ADMIN)),
    SITE_THEME(true, "giao-dien", "site/theme", EnumSet.of(Role.SCHOOL_ADMIN)),
    SITE_MENU(true, "menu", "site/menu", EnumSet.of(Role.SCHOOL_ADMIN)),
    SITE_ACCOUNTS(true, "tai-khoan", "site/accounts", EnumSet.of(Role.SCHOOL_ADMIN)),
    SITE_AUDIT(true, "nhat-ky", "site/audit", EnumSet.of(Role.SCHOOL_ADMIN)),
    SITE_OUTBOX(true, "hop-thu", "site/outbox", EnumSet.of(Role.SCHOOL_ADMIN)),
    SITE_PROCEDURES(true, "thu-tuc", "site/procedures", EnumSet.of(Role.SCHOOL_ADMIN)),
    SITE_PROCEDURE_FORM(true, "thu-tuc/mau-don", "site/procedure-form", EnumSet.of(Role.SCHOOL_ADMIN)),
    SITE_SUBMISSIONS(true, "ho-so", "site/submissions", EnumSet.of(Role.SCHOOL_ADMIN, Role.HANDLER)),
    SITE_SUBMISSION(true, "ho-so/xem", "site/submission", EnumSet.of(Role.SCHOOL_ADMIN, Role.HANDLER)),
    SITE_ADMISSION(true, "tuyen-sinh", "site/admission", EnumSet.of(Role.SCHOOL_ADMIN, Role.HANDLER)),
    SITE_ARTICLES(true, "bai-viet", "site/articles", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_ARTICLE_EDIT(true, "bai-viet/soan", "site/article-edit", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_ARTICLE_HISTORY(true, "bai-viet/lich-su", "site/article-history",
            EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_ARTICLE_PREVIEW(true, "bai-viet/xem-truoc", "site/article-preview",
            EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_PAGES(true, "trang", "site/pages", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_DOCUMENTS(true, "van-ban", "site/documents", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_ALBUMS(true, "album", "site/albums", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_MEDIA(true, "thu-vien", "site/media", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_DISCLOSURES(true, "cong-khai", "site/disclosures", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN)),
    SITE_DISCLOSURE_EDIT(true, "cong-khai/muc", "site/disclosure-edit",
            EnumSet.of(Role.EDITOR, Role.APPROVER, Role.SCHOOL_ADMIN));

    private final boolean siteScoped;
    private final String path;
    private final String view;
    private final Set<Role> required;

    AdminPage(boolean siteScoped, String path, String view, Set<Role> required) {
        this.siteScoped = siteScoped;
        this.path = path;
        this.view = view;
        this.required = required;
    }

    /** A page of the families' files (applications, requests): only for the staff of the school concerned. */
    public boolean personalData() {
        return this == SITE_SUBMISSIONS || this == SITE_SUBMISSION || this == SITE_ADMISSION;
    }

    public boolean siteScoped() {
        return siteScoped;
    }

    public String path() {
        return path;
    }

    public String view() {
        return "/WEB-INF/views/admin/" + view + ".xhtml";
    }

    /** Roles that open the page; null for pages every staff member has (their own dashboard). */
    public Set<Role> required() {
        return required;
    }

    /** The address of the page, for a site's slug when the page belongs to a site. */
    public String url(String slug) {
        return siteScoped ? "/admin/s/" + slug + "/" + path : "/admin/" + path;
    }

    public static Optional<AdminPage> find(boolean siteScoped, String path) {
        for (AdminPage page : values()) {
            if (page.siteScoped == siteScoped && page.path.equals(path)) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }
}
