package vn.edu.portal.security.web;

import jakarta.servlet.ServletRequest;
import java.util.Set;
import vn.edu.portal.security.Role;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Who is asking, set by {@link AdminAccessFilter} on every admin request: the account, whether
 * it is a department admin, and the site of the page with the roles held there.
 */
public record StaffContext(long accountId, String username, String fullName, boolean departmentAdmin,
                           SiteInfo site, Set<Role> roles, String ip) {

    public static final String ATTRIBUTE = "portal.staff";

    public static StaffContext of(ServletRequest request) {
        return (StaffContext) request.getAttribute(ATTRIBUTE);
    }

    /**
     * Whether the account may read the children's and families' data of the current site (its
     * applications and requests): the staff of the school concerned only (the personal-data rules of
     * domain §6). A department admin without a role at the school sees its counts, not its files.
     */
    public boolean mayReadPersonalData() {
        return !departmentAdmin || site == null || !site.isSchool() || !roles.isEmpty();
    }

    /** Whether the account may do what needs {@code role} on the current site. */
    public boolean can(Role role) {
        return departmentAdmin || roles.contains(role);
    }

    public long siteId() {
        if (site == null) {
            throw new IllegalStateException("not a site page");
        }
        return site.id();
    }

    public boolean isDepartmentAdmin() { return departmentAdmin; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public SiteInfo getSite() { return site; }
    public Set<Role> getRoles() { return roles; }
}
