package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.security.web.AdminPage;

/**
 * The foundation over HTTP, against the real server and database (H2, and MariaDB in the second
 * run): tenant routing, public pages without sessions, headers, the admin gate between schools,
 * login protections and refused input.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class PortalChecks {

    private String schoolA;
    private String schoolB;
    private String editorA;
    private String adminA;


    @BeforeAll
    void schoolsAndStaff() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        schoolA = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tha"), "Trường Tiểu học Thử Nghiệm A");
        schoolB = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thb"), "Trường Tiểu học Thử Nghiệm B");
        editorA = schoolA + ".editor";
        adminA = schoolA + ".admin";
        AdminActions.createAccount(admin, schoolA, editorA, "EDITOR");
        AdminActions.createAccount(admin, schoolA, adminA, "SCHOOL_ADMIN");
        AdminActions.createAccount(admin, schoolB, schoolB + ".admin", "SCHOOL_ADMIN");
    }

    @Test
    void schoolHomeAnswersByHostAndByPathWithoutCookies() {
        PortalClient anonymous = new PortalClient();
        PortalClient.Page byHost = anonymous.getWithHost(schoolA + ".localhost", "/");
        PortalClient.Page byPath = anonymous.get("/s/" + schoolA + "/");
        for (PortalClient.Page page : List.of(byHost, byPath)) {
            assertEquals(200, page.status());
            assertEquals("Trang chủ – Trường Tiểu học Thử Nghiệm A", page.doc().title());
            assertEquals("vi", page.doc().selectFirst("html").attr("lang"));
            assertTrue(page.text().contains("Truy cập nhanh"), page.text());
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "cookie set: " + page.headers());
        }
        assertTrue(byPath.body().contains("href=\"/s/" + schoolA + "/trang/gioi-thieu\""), "links keep the /s/ form");
        assertTrue(byHost.body().contains("href=\"/trang/gioi-thieu\""), "links keep the host form");
        assertFalse(byHost.body().contains("/s/" + schoolA + "/trang"), "no path-form links on the host form");
        assertTrue(anonymous.cookies().getCookieStore().getCookies().isEmpty());

        PortalClient.Page page = anonymous.get("/s/" + schoolA + "/trang/lien-he");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("1 Đường Thử"), "template placeholders are filled: " + page.text());
        PortalClient.Page trailing = anonymous.get("/s/" + schoolA);
        assertEquals(200, trailing.status());
        assertTrue(trailing.uri().getPath().endsWith("/s/" + schoolA + "/"));
    }

    @Test
    void unknownSchoolsAndPagesAre404AndNeverAnotherSchool() {
        PortalClient anonymous = new PortalClient();
        for (PortalClient.Page page : List.of(anonymous.get("/s/khong-co-truong-nay/"),
                anonymous.getWithHost("khong-co-truong-nay.localhost", "/"),
                anonymous.getWithHost("unknown-host.example.org", "/"),
                anonymous.get("/s/" + schoolA + "/trang/khong-co"),
                anonymous.get("/s/so/"))) {
            assertEquals(404, page.status(), page.uri().toString());
            assertFalse(page.text().contains("Thử Nghiệm B"), page.text());
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty());
        }
        assertTrue(anonymous.get("/s/khong-co-truong-nay/").text().contains("Không tìm thấy trang"));
    }

    @Test
    void securityHeadersOnEveryResponse() {
        PortalClient anonymous = new PortalClient();
        for (String path : List.of("/", "/s/" + schoolA + "/", "/login", "/static/css/public.css",
                "/s/khong-co/", "/admin/")) {
            PortalClient.Page page = anonymous.get(path);
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + " CSP: " + csp);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        }
        assertTrue(anonymous.get("/").headers().firstValue("Content-Security-Policy").orElse("")
                .contains("script-src 'self';"), "public pages allow no inline script");
    }

    @Test
    void healthIsLiveAndReadyWithTheDatabase() {
        PortalClient anonymous = new PortalClient();
        PortalClient.Page ready = anonymous.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("UP"), ready.body());
        assertEquals(200, anonymous.get("/health/live").status());
    }

    @Test
    void editorOfOneSchoolGets403OnEveryAdminPageAndActionOfAnother() {
        PortalClient editor = AdminActions.loggedIn(editorA, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page own = editor.get("/admin/s/" + schoolA + "/");
        assertEquals(200, own.status(), "the editor's own site overview opens");
        String viewState = own.doc().select("input[name=jakarta.faces.ViewState]").val();
        for (AdminPage page : AdminPage.values()) {
            if (page == AdminPage.DASHBOARD || page == AdminPage.PASSWORD || page == AdminPage.SECURITY) {
                continue;
            }
            String url = page.url(schoolB);
            assertEquals(403, editor.get(url).status(), "GET " + url);
            assertEquals(403, editor.postForm(url, Map.of("jakarta.faces.ViewState", viewState,
                    "create:name", "Bị chiếm", "identity:name", "Bị chiếm", "themeForm:theme", "sen")).status(),
                    "POST " + url);
        }
        for (AdminPage page : List.of(AdminPage.SITE_IDENTITY, AdminPage.SITE_THEME, AdminPage.SITE_MENU,
                AdminPage.SITE_ACCOUNTS, AdminPage.SITE_AUDIT)) {
            assertEquals(403, editor.get(page.url(schoolA)).status(), "editor on admin-only " + page);
        }
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String audit = admin.get("/admin/s/" + schoolB + "/nhat-ky").text();
        assertTrue(audit.contains("access.denied") && audit.contains(editorA), "refusals are audited: " + audit);
    }

    @Test
    void schoolAdminCannotReadOrChangeAnotherSchool() {
        PortalClient adminOfA = AdminActions.loggedIn(adminA, ItAccounts.STAFF_PASSWORD);
        for (AdminPage page : AdminPage.values()) {
            if (page.siteScoped()) {
                assertEquals(200, adminOfA.get(page.url(schoolA)).status(), "own " + page);
                assertEquals(403, adminOfA.get(page.url(schoolB)).status(), "other " + page);
            }
        }
        assertEquals(403, adminOfA.get("/admin/truong").status());
        PortalClient.Page identity = adminOfA.get("/admin/s/" + schoolA + "/thong-tin");
        var form = identity.doc().getElementById("identity");
        form.attr("action", "/admin/s/" + schoolB + "/thong-tin");
        PortalClient.Page forged = adminOfA.submit(new PortalClient.Page(200, identity.uri(),
                form.ownerDocument().outerHtml(), identity.headers()), "identity", Map.of("name", "Bị chiếm"), "save");
        assertEquals(403, forged.status());
        assertTrue(new PortalClient().get("/s/" + schoolB + "/").text().contains("Thử Nghiệm B"));
        assertFalse(adminOfA.get("/admin/").text().contains("Thử Nghiệm B"), "dashboard lists own sites only");
    }

    @Test
    void siteCreationRefusesBadSlugsAndMissingFieldsWithMessages() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        Map<String, String> expected = Map.of(
                "ThNguyenHue", "Tên miền con chỉ gồm chữ thường",
                "th nguyen hue", "Tên miền con chỉ gồm chữ thường",
                "admin", "dành riêng",
                "www", "dành riêng",
                "api", "dành riêng",
                schoolA, "đã được trường khác dùng",
                "-abc", "Tên miền con chỉ gồm chữ thường");
        expected.forEach((slug, message) -> {
            PortalClient.Page result = admin.submit(admin.get("/admin/truong"), "create", Map.of(
                    "name", "Trường Sai", "slug", slug, "level", "PRIMARY", "templateKey", "tieu-hoc"), "submit");
            assertTrue(result.fieldError("create:slug").contains(message), slug + " → " + result.fieldError("create:slug"));
            assertEquals("Trường Sai", result.doc().getElementById("create:name").val(), "typed input is kept");
        });
        PortalClient.Page missing = admin.submit(admin.get("/admin/truong"), "create",
                Map.of("name", "", "slug", ItAccounts.uniqueSlug("x"), "level", "", "templateKey", ""), "submit");
        assertEquals("Vui lòng nhập thông tin này.", missing.fieldError("create:name"));
        assertEquals("Vui lòng nhập thông tin này.", missing.fieldError("create:level"));
        // A preschool on the upper-secondary template would get its categories and pages.
        PortalClient.Page otherLevel = admin.submit(admin.get("/admin/truong"), "create", Map.of("name", "Trường Mầm non Sai Mẫu",
                "slug", ItAccounts.uniqueSlug("mnsai"), "level", "PRESCHOOL", "templateKey", "thpt"), "submit");
        assertTrue(otherLevel.fieldError("create:templateKey").contains("dành cho cấp học khác"), otherLevel.text());
        assertEquals("Trường Mầm non Sai Mẫu", otherLevel.doc().getElementById("create:name").val(), "typed input is kept");
        assertEquals(404, new PortalClient().get("/s/admin/").status());
    }

    @Test
    void badIdentityInputKeepsWhatWasSaved() {
        PortalClient adminOfA = AdminActions.loggedIn(adminA, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page result = adminOfA.submit(adminOfA.get("/admin/s/" + schoolA + "/thong-tin"), "identity",
                Map.of("email", "khong-phai-email", "phone", "abc"), "save");
        assertEquals("Địa chỉ thư điện tử không hợp lệ.", result.fieldError("identity:email"));
        assertTrue(result.fieldError("identity:phone").startsWith("Số điện thoại"));
        // The name is the department's to change (a school renamed itself as another): its admin checks it.
        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page noName = department.submit(department.get("/admin/s/" + schoolA + "/thong-tin"), "identity",
                Map.of("name", ""), "save");
        assertEquals("Vui lòng nhập thông tin này.", noName.fieldError("identity:name"));
        assertTrue(new PortalClient().get("/s/" + schoolA + "/").text().contains("Thử Nghiệm A"));
    }

    @Test
    void logoUploadIsCheckedByContentAndServedCached() throws IOException {
        PortalClient adminOfA = AdminActions.loggedIn(adminA, ItAccounts.STAFF_PASSWORD);
        String url = "/admin/s/" + schoolA + "/thong-tin";
        PortalClient.Page html = adminOfA.submitFile(adminOfA.get(url), "logoForm", "logo", "logo.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "upload");
        assertTrue(html.fieldError("logoForm:logo").contains("không phải ảnh"), html.fieldError("logoForm:logo"));
        PortalClient.Page svg = adminOfA.submitFile(adminOfA.get(url), "logoForm", "logo", "logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8), "upload");
        assertTrue(svg.fieldError("logoForm:logo").contains("không phải ảnh"));
        // Over 1 MB is read now (a phone's photo is fitted: ConsoleChecks.aPhoneSPhotoIsTakenAsTheSchoolsLogo), and
        // checked by its content all the same.
        PortalClient.Page big = adminOfA.submitFile(adminOfA.get(url), "logoForm", "logo", "big.png", "image/png",
                new byte[1_200_000], "upload");
        assertTrue(big.fieldError("logoForm:logo").contains("không phải ảnh"), big.fieldError("logoForm:logo"));

        PortalClient.Page ok = adminOfA.submitFile(adminOfA.get(url), "logoForm", "logo", "logo.png", "image/png",
                png(), "upload");
        assertTrue(ok.text().contains("Đã cập nhật biểu trưng"), ok.text());
        PortalClient.Page home = new PortalClient().get("/s/" + schoolA + "/");
        String src = home.doc().selectFirst("img.brand-logo").attr("src");
        PortalClient.Page logo = new PortalClient().get(src);
        assertEquals(200, logo.status());
        assertEquals("image/png", logo.headers().firstValue("Content-Type").orElse(""));
        assertTrue(logo.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
    }

    @Test
    void repeatedFailedLoginsSlowTheAccountDownWithoutLockingIt() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String username = schoolA + ".locked";
        AdminActions.createAccount(admin, schoolA, username, "EDITOR");
        vn.edu.portal.it.FromAddress attacker = new vn.edu.portal.it.FromAddress("127.0.9." + (2 + new java.util.Random().nextInt(250)));
        for (int i = 0; i < 6; i++) {
            assertEquals(401, attacker.login(attacker.get("/login"), username, "wrong-password-" + i).status());
        }
        PortalClient.Page waiting = new PortalClient().login(username, ItAccounts.STAFF_PASSWORD);
        assertEquals(429, waiting.status(), "after five free failures the account waits a moment, from anywhere");
        assertEquals("/login", waiting.uri().getPath());
        long deadline = System.currentTimeMillis() + 30_000;
        PortalClient.Page in = waiting;
        while (!in.uri().getPath().equals("/admin/") && System.currentTimeMillis() < deadline) {
            in = new PortalClient().login(username, ItAccounts.STAFF_PASSWORD);
        }
        assertEquals("/admin/", in.uri().getPath(), "a moment, not a lock: " + in.text());
    }

    @Test
    void loginChangesTheSessionIdAndLogoutEndsIt() {
        PortalClient client = new PortalClient();
        client.get("/login");
        String before = sessionId(client);
        PortalClient.Page dashboard = client.login(adminA, ItAccounts.STAFF_PASSWORD);
        assertEquals("/admin/", dashboard.uri().getPath());
        assertNotEquals(before, sessionId(client), "session id must change on login");
        PortalClient.Page loggedOut = client.submit(dashboard, "logoutForm", Map.of(), "logout");
        assertTrue(loggedOut.uri().toString().contains("/login"), loggedOut.uri().toString());
        assertTrue(client.get("/admin/").uri().getPath().equals("/login"), "after logout the console asks to log in");
    }

    @Test
    void setupPageIsGoneOnceADepartmentAdminExists() {
        AdminActions.ensureDepartmentAdmin();
        assertEquals(404, new PortalClient().get("/setup").status());
    }

    @Test
    void englishOnlyWhenChosen() {
        PortalClient visitor = new PortalClient();
        assertTrue(visitor.get("/s/" + schoolA + "/").text().contains("Trang chủ"));
        PortalClient.Page english = visitor.get("/s/" + schoolA + "/?lang=en");
        assertEquals("en", english.doc().selectFirst("html").attr("lang"));
        assertTrue(english.text().contains("Quick links"), english.text());
        // The school's own writing stays Vietnamese and says so, for a screen reader reading the English page.
        english.doc().select(".article-card-text").forEach(card -> assertEquals("vi", card.attr("lang"), card.outerHtml()));
        assertEquals("vi", english.doc().selectFirst(".brand-name").attr("lang"), "the school's name too");
        assertEquals("vi", english.doc().selectFirst(".topbar-inner > a").attr("lang"), "and the department's");
        PortalClient.Page page = visitor.get("/s/" + schoolA + "/trang/gioi-thieu");
        assertEquals(200, page.status(), page.text());
        assertEquals("en", page.doc().selectFirst("html").attr("lang"));
        assertEquals("vi", page.doc().selectFirst("article.prose").attr("lang"), page.body());
        assertEquals("en", page.doc().selectFirst("p.updated").attr("lang"));
        assertTrue(visitor.get("/s/" + schoolA + "/?lang=vi").text().contains("Truy cập nhanh"));
        // The switch leads back to the same page: the same search (it led to the bare path, the query lost).
        PortalClient.Page search = visitor.get("/s/" + schoolA + "/tim-kiem?q=truong&lang=en");
        assertEquals("/s/" + schoolA + "/tim-kiem?q=truong", search.uri().getRawPath() + "?" + search.uri().getRawQuery());
        assertEquals("en", search.doc().selectFirst("html").attr("lang"));
        assertEquals("?q=truong&lang=vi", search.doc().selectFirst(".lang-switch a[hreflang=vi]").attr("href"));
        assertTrue(visitor.get("/s/" + schoolA + "/?lang=vi").text().contains("Truy cập nhanh"));
    }

    @Test
    void departmentDirectoryFiltersByNameWithoutAccentsAndByLevel() {
        PortalClient visitor = new PortalClient();
        PortalClient.Page found = visitor.get("/?q=thu+nghiem");
        assertTrue(found.text().contains("Thử Nghiệm A") && found.text().contains("Thử Nghiệm B"), found.text());
        PortalClient.Page preschools = visitor.get("/?q=thu+nghiem&cap=PRESCHOOL");
        assertFalse(preschools.text().contains("Thử Nghiệm A"));
        assertTrue(found.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void menuEditorValidatesAndThePublicSiteFollows() {
        PortalClient adminOfA = AdminActions.loggedIn(adminA, ItAccounts.STAFF_PASSWORD);
        String url = "/admin/s/" + schoolA + "/menu";
        PortalClient.Page bad = adminOfA.submit(adminOfA.get(url), "menu",
                Map.of("menu:rows:0:link", "javascript:alert(1)"), "save");
        assertTrue(bad.text().contains("Liên kết không hợp lệ."), bad.text());
        assertTrue(new PortalClient().get("/s/" + schoolA + "/").body().contains("trang/gioi-thieu"));
        PortalClient.Page saved = adminOfA.submit(adminOfA.get(url), "menu",
                Map.of("menu:rows:0:label", "Về trường chúng tôi"), "save");
        assertTrue(saved.text().contains("Đã lưu trình đơn."), saved.text());
        assertTrue(new PortalClient().get("/s/" + schoolA + "/").text().contains("Về trường chúng tôi"));
    }

    @Test
    void aSchoolsOwnDomainReachesItAndCannotBeTakenTwice() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String alias = schoolA + ".example.org";
        PortalClient.Page saved = admin.submit(admin.get("/admin/s/" + schoolA + "/thong-tin"), "identity",
                Map.of("aliases", alias), "save");
        assertTrue(saved.text().contains("Đã lưu thông tin."), saved.text());
        PortalClient.Page byAlias = new PortalClient().getWithHost(alias, "/");
        assertEquals(200, byAlias.status());
        assertTrue(byAlias.doc().title().contains("Thử Nghiệm A"));

        String identityB = "/admin/s/" + schoolB + "/thong-tin";
        Map<String, String> refused = Map.of(
                alias, "đã được trang khác dùng",
                "khong hop le!", "không hợp lệ",
                "x." + "localhost", "thuộc tên miền của Sở");
        refused.forEach((value, message) -> {
            PortalClient.Page page = admin.submit(admin.get(identityB), "identity", Map.of("aliases", value), "save");
            assertTrue(page.fieldError("identity:aliases").contains(message), value + " → " + page.fieldError("identity:aliases"));
        });
        assertTrue(new PortalClient().getWithHost(alias, "/").doc().title().contains("Thử Nghiệm A"));

        PortalClient adminOfA = AdminActions.loggedIn(adminA, ItAccounts.STAFF_PASSWORD);
        assertTrue(adminOfA.get("/admin/s/" + schoolA + "/thong-tin").doc().getElementById("identity:aliases")
                .hasAttr("disabled"), "only the department edits a school's own domains");
    }

    private String sessionId(PortalClient client) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("PORTALSESSION")).map(HttpCookie::getValue).findFirst().orElse("");
    }

    private byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void staffCanTurnOnASecondFactorThatLoginThenNeedsOnce() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String username = schoolA + ".totp";
        AdminActions.createAccount(admin, schoolA, username, "EDITOR");
        PortalClient staff = AdminActions.loggedIn(username, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page started = staff.submit(staff.get("/admin/bao-mat"), "start",
                Map.of("password", ItAccounts.STAFF_PASSWORD), "go");
        String secret = started.doc().getElementById("totp-secret").text();
        assertTrue(started.body().contains("<svg"), "a QR code to scan");
        PortalClient.Page wrong = staff.submit(started, "totp", Map.of("code", "000000"), "confirm");
        assertTrue(wrong.text().contains("Mã không đúng"), wrong.text());
        long now = java.time.Instant.now().getEpochSecond();
        PortalClient.Page on = staff.submit(wrong, "totp", Map.of("code", vn.edu.portal.security.Totp.codeAt(secret, now)),
                "confirm");
        assertEquals("Đang bật", on.doc().getElementById("totp-status").text(), on.text());

        PortalClient.Page withoutCode = new PortalClient().login(username, ItAccounts.STAFF_PASSWORD);
        assertEquals("/login", withoutCode.uri().getPath(), "the password alone is no longer enough");
        assertTrue(withoutCode.text().contains("mã xác thực"), withoutCode.text());
        String next = vn.edu.portal.security.Totp.codeAt(secret, now + 30);
        PortalClient second = new PortalClient();
        PortalClient.Page in = second.submit(second.get("/login"), "login",
                Map.of("username", username, "password", ItAccounts.STAFF_PASSWORD, "code", next), "submit");
        assertEquals("/admin/", in.uri().getPath(), in.text());
        PortalClient third = new PortalClient();
        PortalClient.Page replay = third.submit(third.get("/login"), "login",
                Map.of("username", username, "password", ItAccounts.STAFF_PASSWORD, "code", next), "submit");
        assertEquals("/login", replay.uri().getPath(), "a code works once");

        // A phone lost: the school's admin resets the password, which turns the second factor off, as the docs say
        // (it stayed on, and the staff member was locked out for good).
        PortalClient.Page accounts = admin.get("/admin/s/" + schoolA + "/tai-khoan");
        String id = accounts.doc().select("#reset\\:resetAccount option").stream().filter(o -> o.text().equals(username))
                .findFirst().orElseThrow().attr("value");
        PortalClient.Page reset = admin.submit(accounts, "reset", Map.of("resetAccount", id, "newPassword", "Mat-Khau-Moi-2026!"),
                "submit");
        assertTrue(reset.text().contains("Đã đặt lại mật khẩu"), reset.text());
        PortalClient.Page again = new PortalClient().login(username, "Mat-Khau-Moi-2026!");
        assertFalse(again.text().contains("mã xác thực"), again.text());
        assertFalse(again.uri().getPath().equals("/login"), again.uri() + " " + again.text());
    }

    @Test
    void forgedViewStatesAndCrossSitePostsChangeNothing() {
        PortalClient adminOfA = AdminActions.loggedIn(adminA, ItAccounts.STAFF_PASSWORD);
        String url = "/admin/s/" + schoolA + "/thong-tin";
        PortalClient.Page form = adminOfA.get(url);
        Map<String, String> fields = new java.util.HashMap<>();
        for (var input : form.doc().select("#identity input[name], #identity textarea[name], #identity select[name]")) {
            fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
        }
        // The description: a field the school's admin may change (the name is the department's, and not posted).
        fields.put("identity:description", "Trường Bị Đổi Tên");
        fields.put("identity:save", "x");
        Map<String, String> forged = new java.util.HashMap<>(fields);
        forged.put("jakarta.faces.ViewState", "-1234567890123456789:-987654321987654321");
        adminOfA.postForm(url, forged);
        Map<String, String> evil = Map.of("Origin", "https://evil.example");
        assertEquals(403, adminOfA.postFormWithHeaders(url, fields, evil).status(), "a post from another site");
        assertEquals(403, new PortalClient().postFormWithHeaders("/s/" + schoolA + "/tra-cuu",
                Map.of("ma", "AAAA-BBBB", "email", "a@b.vn"), evil).status(), "public forms too");
        assertFalse(new PortalClient().get("/s/" + schoolA + "/").text().contains("Bị Đổi Tên"), "nothing changed");
        assertTrue(adminOfA.get(url).doc().getElementById("identity:name").val().contains("Thử Nghiệm A"));
        assertFalse(adminOfA.get(url).doc().getElementById("identity:description").text().contains("Bị Đổi Tên"), "nothing changed");
    }
}
