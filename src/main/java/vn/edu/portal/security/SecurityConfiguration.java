package vn.edu.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own page ({@code /login}), which calls
 * {@code SecurityContext.authenticate}. Which admin page a staff member may open is decided
 * per site by {@code AdminAccessFilter}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles(PortalIdentityStore.STAFF)
@ApplicationScoped
public class SecurityConfiguration {
}
