package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.security.Role;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/** The frame of every admin page: who is logged in, the current site, navigation and logout. */
@Named("admin")
@RequestScoped
public class AdminShell {

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    @Inject
    SiteDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    AccessRefusals refusals;

    @Inject
    StaffSessions sessions;

    public StaffContext staff() {
        StaffContext staff = StaffContext.of(request);
        if (staff == null) {
            throw new IllegalStateException("admin page reached without the access filter");
        }
        return staff;
    }

    public StaffContext getStaff() {
        return staff();
    }

    public SiteInfo getSite() {
        return staff().site();
    }

    /**
     * The item a page is asked for by {@code ?<parameter>=<id>} (in the address, or in a form's
     * post), looked up with {@code lookup}, which searches this page's site only. A well-formed
     * id that the site does not hold (another school's item, or one that is gone) finds nothing,
     * and the attempt is written to the audit log with the item and the account, as a page of
     * another site is.
     */
    public <T> Optional<T> requested(String parameter, String kind, LongFunction<Optional<T>> lookup) {
        String[] values = request.getParameterValues(parameter);
        if (values != null && java.util.Arrays.stream(values).distinct().count() > 1) {
            // A form posts back to its page's address, which names the item (PortalViewHandler.keptQuery): another item
            // in the post beside it is a forged one, refused and audited, never the one acted on.
            refusals.refused(request, kind + " " + String.join(", ", java.util.Arrays.asList(values).subList(1, values.length))
                    + " posted beside " + values[0]);
            return Optional.empty();
        }
        String value = request.getParameter(parameter);
        if (value == null || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Optional<T> found = lookup.apply(Long.parseLong(value));
        if (found.isEmpty()) {
            refusals.refused(request, kind + " " + value + " not on this site");
        }
        return found;
    }

    /** Whether the address or the post names an item by {@code parameter} (found or not). */
    public boolean hasRequested(String parameter) {
        String value = request.getParameter(parameter);
        return value != null && !value.isBlank();
    }

    public boolean can(String role) {
        return staff().can(Role.valueOf(role));
    }

    /** Whether the families' files of the current site are the account's to read (see {@link StaffContext#mayReadPersonalData}). */
    public boolean isPersonalData() {
        return staff().mayReadPersonalData();
    }

    /** The answers of {@link #personalDataOf} in this request: a page asks about one site several times. */
    private final java.util.Map<Long, Boolean> personalDataBySite = new java.util.HashMap<>();

    /** The same for {@code site}, from another page (the dashboard's cards, the outbox's messages): one query a site. */
    public boolean personalDataOf(SiteInfo site) {
        StaffContext staff = staff();
        if (!staff.departmentAdmin() || !site.isSchool()) {
            return true;
        }
        return personalDataBySite.computeIfAbsent(site.id(), id -> !accounts.rolesOn(staff.accountId(), id).isEmpty());
    }

    /** Address of an admin page: for the current site when the page belongs to one. */
    public String url(String page) {
        AdminPage target = AdminPage.valueOf(page);
        String slug = staff().site() == null ? null : staff().site().slug();
        return request.getContextPath() + target.url(slug);
    }

    public String siteUrl(SiteInfo site, String page) {
        return request.getContextPath() + AdminPage.valueOf(page).url(site.slug());
    }

    /** The public address of a site, in the /s/ form that works without wildcard DNS. */
    public String publicUrl(SiteInfo site) {
        return request.getContextPath() + (site.isDepartment() ? "/" : "/s/" + site.slug() + "/");
    }

    /**
     * After an action, a page of this site again by its own address (post, redirect, get), its messages kept: the page
     * was left on the form's address without "?id=", and reopening or reloading it showed "not found" or posted again.
     */
    public void reopen(String pageInSite) {
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/admin/s/" + staff().site().slug() + "/" + pageInSite);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sites this account works on: all of them for a department admin. */
    public List<SiteInfo> getMySites() {
        StaffContext staff = staff();
        List<SiteInfo> sites = staff.departmentAdmin() ? List.copyOf(directory.all())
                : accounts.siteIdsOf(staff.accountId()).stream()
                        .map(id -> directory.byId(id)).flatMap(java.util.Optional::stream).toList();
        return sites.stream().sorted(Comparator.comparing((SiteInfo s) -> !s.isDepartment())
                .thenComparing(SiteInfo::name)).toList();
    }

    public String logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String user = request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName();
        audit.record(user, null, "logout", null, vn.edu.portal.platform.Clients.address(request));
        sessions.end(request, (jakarta.servlet.http.HttpServletResponse) faces.getExternalContext().getResponse());
        faces.getExternalContext().redirect(request.getContextPath() + "/login?logout=1");
        faces.responseComplete();
        return null;
    }
}
