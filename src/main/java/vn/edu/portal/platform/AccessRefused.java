package vn.edu.portal.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request refused because it reached for something of another site (a service threw
 * {@link SecurityException}). Fired by {@link PortalExceptionHandlerFactory}; the security
 * feature writes it to the audit log with the account that asked.
 */
public record AccessRefused(HttpServletRequest request, String reason) {
}
