package vn.edu.portal.security.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.portal.security.Role;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteKind;

class AdminAccessRulesTest {

    private static final SiteInfo SCHOOL = new SiteInfo(2, SiteKind.SCHOOL, "tha", "A", SchoolLevel.PRIMARY,
            Ownership.PUBLIC, null, null, null, null, null, null, "classic", null, 0, List.of());

    private static StaffContext staff(boolean departmentAdmin, Set<Role> roles) {
        return new StaffContext(7, "u", "U", departmentAdmin, SCHOOL,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), "127.0.0.1");
    }

    @Test
    void noRoleOnTheSiteOpensNoPageOfIt() {
        StaffContext outsider = staff(false, Set.of());
        for (AdminPage page : AdminPage.values()) {
            if (page.siteScoped()) {
                assertFalse(AdminAccessFilter.allowed(page, outsider), page.name());
            }
        }
    }

    @Test
    void editorsSeeTheOverviewOnlyAndAdminsEverything() {
        StaffContext editor = staff(false, Set.of(Role.EDITOR));
        StaffContext schoolAdmin = staff(false, Set.of(Role.SCHOOL_ADMIN));
        assertTrue(AdminAccessFilter.allowed(AdminPage.SITE_OVERVIEW, editor));
        for (AdminPage page : List.of(AdminPage.SITE_IDENTITY, AdminPage.SITE_THEME, AdminPage.SITE_MENU,
                AdminPage.SITE_ACCOUNTS, AdminPage.SITE_AUDIT, AdminPage.SITES, AdminPage.AUDIT_ALL)) {
            assertFalse(AdminAccessFilter.allowed(page, editor), page.name());
        }
        for (AdminPage page : AdminPage.values()) {
            boolean departmentOnly = !page.siteScoped() && page.required() != null;
            assertTrue(AdminAccessFilter.allowed(page, schoolAdmin) == !departmentOnly, page.name());
            assertTrue(!departmentOnly || page.required().equals(java.util.Set.of(Role.DEPARTMENT_ADMIN)), page.name());
            // A department admin opens every page but a school's files of families (domain §6: only its staff).
            assertTrue(AdminAccessFilter.allowed(page, staff(true, Set.of())) == !page.personalData(), page.name());
            assertTrue(AdminAccessFilter.allowed(page, staff(true, Set.of(Role.SCHOOL_ADMIN))), page.name());
        }
    }
}
