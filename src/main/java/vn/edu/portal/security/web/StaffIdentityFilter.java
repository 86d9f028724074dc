package vn.edu.portal.security.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import vn.edu.portal.security.PortalIdentityStore;

/**
 * Who the caller is, for every request: the staff member a login put in the session
 * ({@link StaffSessions#start}), or nobody. The first filter of the chain; it wraps the request so
 * that {@code getUserPrincipal()}, {@code getRemoteUser()} and {@code isUserInRole("staff")} answer
 * from the session, and does nothing else: whether that session is still valid (token cookie,
 * epoch, lifetime) is {@link AdminAccessFilter}'s decision.
 *
 * <p>Why not Jakarta Security's form mechanism, which did this before: once an application declares a
 * mechanism, Soteria's authentication module runs on <em>every</em> request of it, public pages and
 * static files included, and each time looks the bean manager up through JNDI, which goes through a
 * lock of Weld's ({@code WeldBootstrap.getManager}), twice a request. Under load the request threads
 * queued on that lock (157 of 200 in a thread dump of the admission burst; the first monitor of a
 * profile of the cached home page). An anonymous reader now costs one {@code getSession(false)}.
 */
public class StaffIdentityFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL() && request.getDispatcherType() == DispatcherType.REQUEST) {
            // Sessions travel in the cookie only. The container still reads an id from the address
            // (";PORTALSESSION=..."): such a request is refused before anything uses, or ends, that session.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String caller = StaffSessions.caller(request);
        chain.doFilter(caller == null ? request : new StaffRequest(request, caller), response);
    }

    /** The name of a logged-in staff member, as the container's own principal would give it. */
    record StaffPrincipal(String getName) implements Principal {
    }

    /** A request of a logged-in staff member. */
    static final class StaffRequest extends HttpServletRequestWrapper {

        private final StaffPrincipal principal;

        StaffRequest(HttpServletRequest request, String caller) {
            super(request);
            this.principal = new StaffPrincipal(caller);
        }

        @Override
        public Principal getUserPrincipal() {
            return StaffSessions.caller((HttpServletRequest) getRequest()) == null ? null : principal;
        }

        @Override
        public String getRemoteUser() {
            return getUserPrincipal() == null ? null : principal.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return getUserPrincipal() != null && PortalIdentityStore.STAFF.equals(role);
        }

        @Override
        public String getAuthType() {
            return getUserPrincipal() == null ? null : HttpServletRequest.FORM_AUTH;
        }

        @Override
        public void logout() {
            HttpSession session = ((HttpServletRequest) getRequest()).getSession(false);
            if (session != null) {
                session.removeAttribute(StaffSessions.CALLER);
            }
        }
    }
}
