package vn.edu.portal.tenant;

import jakarta.servlet.ServletRequest;

/**
 * The site a public request was routed to, and the base its links start with ({@code /} on the
 * school's own host, {@code /s/<slug>/} on the department host).
 */
public record CurrentSite(SiteInfo site, String base) {

    public static final String ATTRIBUTE = "portal.currentSite";

    public static CurrentSite of(ServletRequest request) {
        return (CurrentSite) request.getAttribute(ATTRIBUTE);
    }
}
