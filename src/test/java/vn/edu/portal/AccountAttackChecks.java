package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.FromAddress;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;

/**
 * What a probe of the staff accounts found (issue of the sitting of 2026-12-06, evening): another
 * spelling of a user name with its own count of failures, a school admin setting his own password
 * over the current one, a session id taken from the address, and a reset link built from the Host
 * header. Each from an address of its own (127.x.y.z), so the rest of the suite's throttles are untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountAttackChecks {

    private String school;
    private String schoolAdmin;
    private String editor;
    private PortalClient department;

    @BeforeAll
    void aSchoolWithStaff() {
        department = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(department, ItAccounts.uniqueSlug("tkh"), "Trường Tiểu học Tài Khoản");
        schoolAdmin = school + ".quan-tri";
        editor = school + ".bien-tap";
        AdminActions.createAccount(department, school, schoolAdmin, "SCHOOL_ADMIN");
        AdminActions.createAccount(department, school, editor, "EDITOR");
    }

    private static FromAddress anotherAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new FromAddress("127." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(2, 250));
    }

    @Test
    void aNameWithAnInvisibleCharacterIsNoSecondNameOfTheAccount() {
        // Before: "name\u0001" was trimmed to the account by the look-up but counted apart by the throttle,
        // so each such spelling had five fresh tries at the password, and logged in with the right one.
        for (String spelling : new String[] {editor + "\u0001", "\u0002" + editor, editor + "\u0001\u0002", editor + "\u200b"}) {
            FromAddress guesser = anotherAddress();
            FromAddress.Answer answer = guesser.login(guesser.get("/login"), spelling, ItAccounts.STAFF_PASSWORD);
            assertEquals(401, answer.status(), "no account by that name: " + answer.header("Location"));
            assertFalse(answer.header("Location").contains("/admin/"));
        }
        FromAddress owner = anotherAddress();
        FromAddress.Answer typed = owner.login(owner.get("/login"), "  " + editor.toUpperCase() + " ", ItAccounts.STAFF_PASSWORD);
        assertTrue(typed.header("Location").endsWith("/admin/"), "spaces around and capitals still name it: " + typed.status());

        // Three reset mails an hour for an account, whichever spelling asks (each from an address of its own).
        String email = editor + "@example.edu.vn";
        for (String who : new String[] {editor, editor, " " + editor.toUpperCase(), editor + "\u0001", email + "\u0001"}) {
            FromAddress asker = anotherAddress();
            FromAddress.Answer form = asker.get("/quen-mat-khau");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("forgot", "forgot");
            fields.put("forgot:who", who);
            fields.put("forgot:send", "x");
            fields.put("jakarta.faces.ViewState", form.doc().select("input[name=jakarta.faces.ViewState]").val());
            FromAddress.Answer sent = asker.post("/quen-mat-khau", fields);
            assertTrue(sent.status() == 200 || sent.status() == 429, sent.status() + " " + sent.doc().text());
        }
        assertEquals(3, AdmissionSteps.mailBodies(department, email, "Đặt lại mật khẩu").size(),
                "three links, then no more within the hour");
    }

    /**
     * Removing an account's last role at the school made it vanish from the list (and from "give a role"), while it
     * still logged in, at one tap of a 24-pixel ✕ that asked nothing: refused, pointing to "Khóa"; the ✕ asks first.
     */
    @Test
    void theLastRoleOfAnAccountIsNotRemovedAndTheCrossAsksFirst() {
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page accounts = admin.get("/admin/s/" + school + "/tai-khoan");
        org.jsoup.nodes.Element row = accounts.doc().select("#accounts tbody tr").stream()
                .filter(tr -> tr.selectFirst("td").text().equals(editor)).findFirst().orElseThrow();
        assertEquals(1, row.select("input.revoke").size(), row.outerHtml());
        org.jsoup.nodes.Element cross = row.selectFirst("input.revoke");
        assertTrue(cross.attr("data-confirm").startsWith("Bỏ vai trò"), cross.outerHtml());
        PortalClient.Page refused = admin.submit(accounts, "accounts", Map.of(), cross.attr("name").substring("accounts:".length()));
        assertTrue(refused.text().contains("Đây là vai trò cuối cùng của tài khoản ở trường"), refused.text());
        assertTrue(admin.get("/admin/s/" + school + "/tai-khoan").doc().select("#accounts tbody td").eachText().contains(editor),
                "the account is still listed");
    }

    @Test
    void aSchoolAdminChangesHisOwnPasswordOnlyGivingTheCurrentOne() {
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page accounts = admin.get("/admin/s/" + school + "/tai-khoan");
        assertTrue(accounts.doc().select("#reset\\:resetAccount option").eachText().contains(editor), accounts.text());
        assertFalse(accounts.doc().select("#reset\\:resetAccount option").eachText().contains(schoolAdmin),
                "his own account is not among those he may reset");
        String own = accounts.doc().select("#grant\\:grantAccount option").stream().filter(o -> o.text().equals(schoolAdmin))
                .findFirst().orElseThrow().attr("value");
        PortalClient.Page forged = admin.submit(accounts, "reset", Map.of("resetAccount", own, "newPassword", "Chiem-Quyen-" + own),
                "submit");
        assertFalse(forged.text().contains("Đã đặt lại mật khẩu"), forged.text());
        assertFalse(forged.fieldError("reset:resetAccount").isBlank(), "told next to the field: " + forged.text());
        assertEquals("/admin/", new PortalClient().login(schoolAdmin, ItAccounts.STAFF_PASSWORD).uri().getPath(),
                "the password is the one he had");

        // A forged account in the grant form is refused with a word next to the field, not in silence.
        PortalClient.Page grant = admin.submit(admin.get("/admin/s/" + school + "/tai-khoan"), "grant",
                Map.of("grantAccount", "999999999", "grantRole", "EDITOR"), "submit");
        assertFalse(grant.fieldError("grant:grantAccount").isBlank(), grant.text());
    }

    @Test
    void aColleagueOpenedByAnAdminChoosesHisOwnPasswordAtTheFirstLogin() {
        String colleague = school + ".dong-nghiep";
        String given = "Mat-Khau-Ban-Dau-2026";
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page created = admin.submit(admin.get("/admin/s/" + school + "/tai-khoan"), "create", Map.of("username",
                colleague, "fullName", "Đồng Nghiệp", "email", "", "password", given, "role", "EDITOR"), "submit");
        assertTrue(created.text().contains("phải tự đặt mật khẩu mới"), created.text());
        // Before: the password the admin chose stayed the colleague's, known to the admin for good.
        PortalClient first = new PortalClient();
        PortalClient.Page in = first.login(colleague, given);
        assertEquals("/admin/mat-khau", in.uri().getPath(), in.text());
        assertTrue(in.text().contains("Mật khẩu của bạn do quản trị viên đặt"), in.text());
        assertEquals("/admin/mat-khau", first.get("/admin/s/" + school + "/bai-viet").uri().getPath(), "nothing else opens");
        String own = "Cua-Rieng-Dong-Nghiep-2026";
        first.submit(first.get("/admin/mat-khau"), "pw", Map.of("current", given, "password", own, "confirm", own), "submit");
        assertEquals(200, first.get("/admin/s/" + school + "/bai-viet").status());
    }

    @Test
    void afterTheSessionEndsTheLoginLeadsBackToTheArticleOnWhichItEnded() {
        PortalClient staff = AdminActions.loggedIn(editor, ItAccounts.STAFF_PASSWORD);
        String edit = "/admin/s/" + school + "/bai-viet/soan";
        PortalClient.Page saved = staff.submit(staff.get(edit), "edit", Map.of("title", "Bài dở khi hết phiên",
                "body_input", "<p>Đoạn đầu.</p>"), "save");
        String article = edit + "?" + saved.uri().getQuery();
        assertTrue(article.matches(".*\\?id=\\d+"), article);
        PortalClient.Page form = staff.get(article);
        // The session ends while the page is open (its cookie is gone), then the teacher presses "Lưu".
        staff.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("PORTALSESSION")).toList()
                .forEach(c -> staff.cookies().getCookieStore().remove(null, c));
        PortalClient onArticle = staff.withHeaders(Map.of("Referer", vn.edu.portal.it.Deployments.baseUrl() + article));
        PortalClient.Page login = onArticle.submit(form, "edit", Map.of("title", "Sửa sau khi hết phiên"), "save");
        // Before: the login page without a way back (a post kept no "next"), and the dashboard after it.
        assertEquals("/login", login.uri().getPath());
        // Back to that article, saying that the save did not take (and putting back what was typed, in Chromium).
        assertEquals("next=" + article + "&expired=1", login.uri().getQuery(), "back to that article");
        assertEquals("next=" + article, new PortalClient().get(article).uri().getQuery(), "a page opened later, with its query");
        PortalClient again = new PortalClient();
        PortalClient.Page in = again.submit(again.get("/login?next=" + java.net.URLEncoder.encode(article,
                java.nio.charset.StandardCharsets.UTF_8)), "login", Map.of("username", editor, "password", ItAccounts.STAFF_PASSWORD), "submit");
        assertEquals(article, in.uri().getPath() + "?" + in.uri().getQuery(), in.text());
    }

    @Test
    void aSessionIdInTheAddressIsRefusedAndEndsNobodysSession() {
        PortalClient staff = AdminActions.loggedIn(editor, ItAccounts.STAFF_PASSWORD);
        String session = cookie(staff, "PORTALSESSION");
        String auth = cookie(staff, "PORTALAUTH");
        assertFalse(session.isEmpty() || auth.isEmpty(), "logged in with both cookies");
        FromAddress other = anotherAddress();
        FromAddress.Answer answer = other.exchange("GET", "/admin/s/" + school + "/bai-viet;PORTALSESSION=" + session,
                Map.of("Cookie", "PORTALAUTH=" + auth), null);
        assertEquals(400, answer.status(), "the id in the address is no session: " + answer.doc().text());
        assertEquals("/admin/", staff.get("/admin/").uri().getPath(), "and the owner is still logged in");
    }

    @Test
    void aResetLinkNeverStartsWithTheHostTheRequestNamed() {
        FromAddress asker = anotherAddress();
        Map<String, String> evil = Map.of("Host", "evil.example");
        FromAddress.Answer form = asker.exchange("GET", "/quen-mat-khau", evil, null);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("forgot", "forgot");
        fields.put("forgot:who", schoolAdmin);
        fields.put("forgot:send", "x");
        fields.put("jakarta.faces.ViewState", form.doc().select("input[name=jakarta.faces.ViewState]").val());
        asker.exchange("POST", "/quen-mat-khau", evil, fields);
        var bodies = AdmissionSteps.mailBodies(department, schoolAdmin + "@example.edu.vn", "Đặt lại mật khẩu");
        assertFalse(bodies.isEmpty(), "a link was sent");
        assertTrue(bodies.stream().noneMatch(b -> b.contains("evil.example")), bodies.toString());
    }

    private static String cookie(PortalClient client, String name) {
        return client.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }
}
