package vn.edu.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

/** What tests do through the admin console to get the sites and accounts they need. */
public final class AdminActions {

    private AdminActions() {
    }

    /**
     * On a real database the first department admin is made through /setup (a wrong token is
     * refused first); on the demo database the page does not exist.
     */
    public static synchronized void ensureDepartmentAdmin() {
        PortalClient client = new PortalClient();
        PortalClient.Page setup = client.get("/setup");
        if (setup.status() == 404) {
            return;
        }
        assertEquals(200, setup.status(), setup.body());
        Map<String, String> fields = Map.of("token", "wrong-token", "username", ItAccounts.SETUP_ADMIN,
                "fullName", "Quản trị kiểm thử", "email", "it@example.edu.vn",
                "password", ItAccounts.SETUP_PASSWORD, "confirm", ItAccounts.SETUP_PASSWORD);
        PortalClient.Page refused = client.submit(setup, "setup", fields, "submit");
        assertEquals("Mã thiết lập không đúng.", refused.fieldError("setup:token"));
        var correct = new java.util.HashMap<>(fields);
        correct.put("token", ItAccounts.SETUP_TOKEN);
        PortalClient.Page done = client.submit(refused, "setup", correct, "submit");
        assertTrue(done.uri().toString().contains("/login?setup=done"), done.uri() + " " + done.text());
    }

    /**
     * The department admin of the server at {@code base} on a real database (the benchmarks):
     * created through /setup with the test token if there is none yet, then logged in.
     */
    public static PortalClient departmentAdminOn(String base) {
        PortalClient client = new PortalClient(base);
        PortalClient.Page setup = client.get("/setup");
        if (setup.status() == 200) {
            client.submit(setup, "setup", Map.of("token", ItAccounts.SETUP_TOKEN, "username", ItAccounts.SETUP_ADMIN,
                    "fullName", "Quản trị đo tải", "email", "bench@example.edu.vn", "password", ItAccounts.SETUP_PASSWORD,
                    "confirm", ItAccounts.SETUP_PASSWORD), "submit");
        }
        return loggedIn(base, ItAccounts.SETUP_ADMIN, ItAccounts.SETUP_PASSWORD);
    }

    public static PortalClient loginAsDepartmentAdmin() {
        ensureDepartmentAdmin();
        return loggedIn(ItAccounts.adminUser(), ItAccounts.adminPassword());
    }

    public static PortalClient loggedIn(String username, String password) {
        return loggedIn(Deployments.baseUrl(), username, password);
    }

    /** Logged in on the server at {@code base} (a second node of the cluster tests). */
    public static PortalClient loggedIn(String base, String username, String password) {
        PortalClient client = new PortalClient(base);
        PortalClient.Page page = client.login(username, password);
        assertTrue(page.uri().getPath().startsWith("/admin/"), "login of " + username + " failed: " + page.text());
        return client;
    }

    /** Creates a primary school from the primary template; returns its slug. */
    public static String createSchool(PortalClient admin, String slug, String name) {
        return createSchool(admin, slug, name, "PRIMARY", "tieu-hoc");
    }

    /** A public school of {@code level} (PRESCHOOL, PRIMARY, LOWER_SECONDARY…) on the site template {@code templateKey}. */
    public static String createSchool(PortalClient admin, String slug, String name, String level, String templateKey) {
        PortalClient.Page form = admin.get("/admin/truong");
        PortalClient.Page created = admin.submit(form, "create", Map.of("name", name, "slug", slug,
                "level", level, "templateKey", templateKey, "ownership", "PUBLIC",
                "district", "Phường Kiểm Thử", "address", "1 Đường Thử", "phone", "028 1234 5678",
                "principal", "Nguyễn Văn Thử"), "submit");
        assertTrue(created.text().contains("Đã tạo trang " + name), created.text());
        return slug;
    }

    public static void createAccount(PortalClient admin, String slug, String username, String role) {
        PortalClient.Page form = admin.get("/admin/s/" + slug + "/tai-khoan");
        assertEquals(200, form.status(), form.text());
        PortalClient.Page created = admin.submit(form, "create", Map.of("username", username,
                "fullName", "Cán bộ " + username, "email", username + "@example.edu.vn",
                "password", ItAccounts.STAFF_PASSWORD, "role", role), "submit");
        assertTrue(created.text().contains("Đã tạo tài khoản " + username), created.text());
    }
}
