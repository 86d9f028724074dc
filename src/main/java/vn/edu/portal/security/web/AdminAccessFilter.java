package vn.edu.portal.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.security.Account;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.Role;
import vn.edu.portal.security.SetupService;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The gate of the admin console. Resolves {@code /admin/...} to a page of {@link AdminPage},
 * sends anonymous visitors to the login page, and answers 403 (and records the attempt) when
 * the account holds no suitable role on the page's site. Views are under {@code WEB-INF}: this
 * filter is the only way in, for pages and for form posts alike.
 */
public class AdminAccessFilter extends HttpFilter {

    @Inject
    AccountService accounts;

    @Inject
    SiteDirectory directory;

    @Inject
    AccessRefusals refusals;

    @Inject
    SetupService setup;

    @Inject
    StaffSessions sessions;

    @Inject
    vn.edu.portal.platform.AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(PortalViewHandler.ACTION_PATH, path);
        if (path.equals("/login")) {
            forward(request, response, "/WEB-INF/views/login.xhtml");
            return;
        }
        if (path.equals("/quen-mat-khau")) {
            forward(request, response, "/WEB-INF/views/forgot.xhtml");
            return;
        }
        if (path.equals("/dat-lai-mat-khau")) {
            forward(request, response, "/WEB-INF/views/reset.xhtml");
            return;
        }
        if (path.equals("/setup")) {
            if (!setup.needed()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            forward(request, response, "/WEB-INF/views/setup.xhtml");
            return;
        }
        if (path.equals("/admin")) {
            response.sendRedirect(request.getContextPath() + "/admin/");
            return;
        }
        Optional<Account> account = Optional.ofNullable(request.getUserPrincipal())
                .flatMap(p -> accounts.find(p.getName())).filter(Account::isActive)
                .filter(a -> sessions.valid(request, a));
        if (account.isEmpty()) {
            if (request.getUserPrincipal() != null) {
                // Disabled, credentials changed since, past its lifetime, or without its token: over.
                audit.recordSeparately(request.getUserPrincipal().getName(), null, "session.ended", null,
                        vn.edu.portal.platform.Clients.address(request));
                sessions.end(request, response);
            }
            // Back to what the person was on after the login: the page with its query (which article); for a
            // post (a save the session ended under), the page it came from. Its typing comes back from the tab's copy
            // (the article editor's own, or admin.js's for any other form).
            String query = "GET".equals(request.getMethod()) ? request.getQueryString()
                    : "POST".equals(request.getMethod())
                    ? vn.edu.portal.platform.Redirects.refererQuery(request, request.getContextPath() + path) : null;
            String back = query == null || query.isEmpty() ? path : path + "?" + query;
            if ("POST".equals(request.getMethod()) && (query == null || !("&" + query).contains("&expired=1"))) {
                // The post did not take: the page comes back saying so, with what was typed put back from the tab.
                back += (back.contains("?") ? "&" : "?") + "expired=1";
            }
            String next = "GET".equals(request.getMethod()) || "POST".equals(request.getMethod())
                    ? "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8) : "";
            response.sendRedirect(request.getContextPath() + "/login" + next);
            return;
        }
        Account staff = account.get();
        if (staff.isMustChangePassword() && !path.equals("/admin/" + AdminPage.PASSWORD.path())) {
            // A password an admin set: nothing else until the owner has chosen his own.
            response.sendRedirect(request.getContextPath() + "/admin/" + AdminPage.PASSWORD.path());
            return;
        }
        boolean departmentAdmin = accounts.isDepartmentAdmin(staff.getId());
        String rest = path.substring("/admin/".length());
        SiteInfo site = null;
        Set<Role> roles = Collections.emptySet();
        Optional<AdminPage> page;
        if (rest.startsWith("s/")) {
            String tail = rest.substring(2);
            int slash = tail.indexOf('/');
            if (slash < 0) {
                response.sendRedirect(vn.edu.portal.platform.Redirects.local(request.getContextPath() + path + "/"));
                return;
            }
            site = directory.bySlug(tail.substring(0, slash)).orElse(null);
            page = AdminPage.find(true, stripSlash(tail.substring(slash + 1)));
            if (site == null || page.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            roles = accounts.rolesOn(staff.getId(), site.id());
        } else {
            page = AdminPage.find(false, stripSlash(rest));
            if (page.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        StaffContext context = new StaffContext(staff.getId(), staff.getUsername(), staff.getFullName(),
                departmentAdmin, site, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                vn.edu.portal.platform.Clients.address(request));
        if (!allowed(page.get(), context)) {
            refusals.refused(staff.getUsername(), site == null ? null : site.id(), request, null);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setAttribute(StaffContext.ATTRIBUTE, context);
        forward(request, response, page.get().view());
    }

    static boolean allowed(AdminPage page, StaffContext staff) {
        if (staff.departmentAdmin()) {
            return !page.personalData() || staff.mayReadPersonalData();
        }
        if (page.required() == null) {
            return true;
        }
        if (page.siteScoped()) {
            if (staff.roles().isEmpty()) {
                return false;
            }
            return page.required().isEmpty() || !Collections.disjoint(page.required(), staff.roles());
        }
        return false;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view)
            throws IOException, ServletException {
        request.getRequestDispatcher(view).forward(request, response);
    }
}
