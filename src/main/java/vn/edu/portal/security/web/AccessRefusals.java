package vn.edu.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.edu.portal.platform.AccessRefused;
import vn.edu.portal.platform.AuditLog;

/**
 * The one way a refusal of the admin console is recorded, whatever refused it: the access
 * filter (a page of another site), a page bean (an id this site does not hold) or a service
 * ({@link SecurityException}). Each becomes an {@code access.denied} audit entry with the
 * account, the site of the page, the request and what was refused, written in its own
 * transaction so that it stays even when the request fails.
 */
@ApplicationScoped
public class AccessRefusals {

    public static final String ACTION = "access.denied";

    @Inject
    AuditLog audit;

    /** A refusal on the page's own site: the account and site come from the staff context. */
    public void refused(HttpServletRequest request, String what) {
        StaffContext staff = StaffContext.of(request);
        String actor = staff != null ? staff.username()
                : request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : "anonymous";
        Long siteId = staff == null || staff.site() == null ? null : staff.site().id();
        refused(actor, siteId, request, what);
    }

    /** A refusal before the staff context exists (the access filter names the account and site itself). */
    public void refused(String actor, Long siteId, HttpServletRequest request, String what) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        audit.recordSeparately(actor, siteId, ACTION, request.getMethod() + " " + path + query
                + (what == null ? "" : ": " + what), vn.edu.portal.platform.Clients.address(request));
    }

    void serviceRefused(@Observes AccessRefused event) {
        refused(event.request(), event.reason());
    }
}
