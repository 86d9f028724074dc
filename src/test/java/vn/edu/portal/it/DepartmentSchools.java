package vn.edu.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

/** Schools made for the department portal's tests, each in a ward of its own choosing. */
public final class DepartmentSchools {

    private DepartmentSchools() {
    }

    /** A ward no other test uses (wards are matched whole, so the suffix keeps tests apart). */
    public static String uniqueWard(String name) {
        return "Phường " + name + " " + ItAccounts.uniqueSlug("").toUpperCase(java.util.Locale.ROOT);
    }

    /** Creates a school of {@code level} (its template) and ownership in {@code ward}; returns its slug. */
    public static String create(PortalClient admin, String slug, String name, String level, String template,
                                String ownership, String ward) {
        PortalClient.Page created = admin.submit(admin.get("/admin/truong"), "create", Map.of("name", name, "slug", slug,
                "level", level, "templateKey", template, "ownership", ownership, "district", ward,
                "address", "5 Đường Thử, " + ward, "phone", "028 3999 0001", "principal", "Nguyễn Văn Thử"), "submit");
        assertTrue(created.text().contains("Đã tạo trang " + name), created.text());
        return slug;
    }
}
