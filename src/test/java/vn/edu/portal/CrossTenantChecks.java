package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;
import vn.edu.portal.it.Samples;
import vn.edu.portal.it.SignedLinkKey;

/**
 * Schools kept apart, object by object. School B gets one of everything an admin page can name
 * by id (article, document, page, album, procedure and its form, a parent's submission with a
 * file, a disclosure draft, an admission application, an account); then the admin of school A
 * asks for each of them from A's own pages, by id in the address and in posted forms, by code in
 * the public look-ups, and through the file servlets. Nothing of B may show or change, and each
 * refused id is in A's audit log as {@code access.denied} with the object and the account.
 * (Another school's <em>pages</em>, {@code /admin/s/<B>/...}, are {@code PortalChecks}' walk of
 * every {@code AdminPage}.)
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class CrossTenantChecks {

    // Admission years are unique per test class: the MariaDB run shares one database.
    private static final int YEAR = 2054;
    private static final String BORN = "2048-03-14";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private String schoolA;
    private String schoolB;
    private PortalClient department;
    private final String secret = "BMAT" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    /** School B's objects by kind, as ids; and what B's pages show for them. */
    private final Map<String, String> idOfB = new HashMap<>();
    private String trackingOfB;
    private String tokenOfB;
    private String emailOfB;
    private String applicationCodeOfB;
    private String applicationEmailOfB;
    private String personalIdOfB;
    private String applicationOfA;
    private String fileLinkOfB;
    private String secondFileLinkOfB;
    private String mediaOfB;
    private String mediaOfA;
    private String yearSlug;

    /** One object that an admin page names by a parameter, and a text only B's object shows. */
    private record Probe(String kind, String path, String parameter, String id, String shows) {
        String url(String school) {
            return "/admin/s/" + school + "/" + path + "?" + parameter + "=" + id;
        }
    }

    private PortalClient staff(String school) {
        return AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
    }

    @BeforeAll
    void schoolBWithOneOfEverything() {
        department = AdminActions.loginAsDepartmentAdmin();
        schoolA = AdminActions.createSchool(department, ItAccounts.uniqueSlug("cta"), "Trường Tiểu học Cách Ly A");
        schoolB = AdminActions.createSchool(department, ItAccounts.uniqueSlug("ctb"), "Trường Tiểu học Cách Ly B");
        AdminActions.createAccount(department, schoolA, schoolA + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(department, schoolB, schoolB + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(department, schoolB, schoolB + ".editor", "EDITOR");
        PortalClient b = staff(schoolB);
        String admin = "/admin/s/" + schoolB + "/";

        PortalClient.Page article = b.submit(b.get(admin + "bai-viet/soan"), "edit", Map.of("title", "Bài " + secret,
                "summary", "Tóm tắt " + secret, "body_input", "<p>Nội dung " + secret + "</p>"), "save");
        assertTrue(article.uri().getQuery() != null && article.uri().getQuery().startsWith("id="), article.text());
        idOfB.put("article", article.uri().getQuery().substring(3));

        Map<String, String> document = Map.of("number", "77/KH-" + secret, "type", "KE_HOACH", "issuer", "Trường B",
                "signer", "Người ký " + secret, "issuedOn", "02/03/2026", "summary", "Văn bản " + secret);
        PortalClient.Page savedDocument = b.submitFile(b.get(admin + "van-ban"), "doc", document, "file", "kh.pdf",
                "application/pdf", Samples.pdf(), "save");
        assertTrue(savedDocument.text().contains("Đã lưu văn bản"), savedDocument.text());
        idOfB.put("document", idFromLink(b.get(admin + "van-ban"), "#list a", "77/KH-" + secret));

        PortalClient.Page page = b.submit(b.get(admin + "trang"), "page", Map.of("title", "Trang " + secret,
                "slug", "trang-" + secret.toLowerCase(), "body_input", "<p>Trang " + secret + "</p>", "position", "1"), "save");
        assertTrue(page.text().contains("Đã lưu trang"), page.text());
        idOfB.put("page", idFromLink(b.get(admin + "trang"), "#tree a", "Trang " + secret));

        PortalClient.Page album = b.submit(b.get(admin + "album"), "album", Map.of("title", "Album " + secret,
                "description", "Ảnh " + secret), "save");
        assertTrue(album.text().contains("Đã lưu album"), album.text());
        b.submitFile(album, "photos", Map.of("caption", "Chú thích " + secret), "photo", "anh.png", "image/png",
                Samples.png(64, 48), "add");
        idOfB.put("album", idFromLink(b.get(admin + "album"), "a", "Album " + secret));
        mediaOfB = b.get(admin + "thu-vien").doc().select(".media-grid a").first().attr("href");

        String procedure = "thu-tuc-" + secret.toLowerCase();
        idOfB.put("procedure", ProcedureActions.createProcedure(b, schoolB, procedure, "Thủ tục " + secret, List.of(
                new ProcedureActions.Row("Hồ sơ", "ho_ten", "TEXT", "Họ tên " + secret, true, "", false),
                new ProcedureActions.Row("Hồ sơ", "giay", "FILE", "Giấy tờ", true, "pdf", false))));
        emailOfB = "cach.ly." + System.nanoTime() + "@example.vn";
        ProcedureActions.Submitted submitted = ProcedureActions.submit(new PortalClient(), schoolB, procedure,
                Map.of("f_ho_ten", "Trẻ " + secret), "f_giay", Samples.pdf(), emailOfB);
        trackingOfB = submitted.tracking();
        tokenOfB = submitted.token();
        idOfB.put("submission", ProcedureActions.submissionId(b, schoolB, trackingOfB));
        PortalClient.Page opened = b.get(admin + "ho-so/xem?id=" + idOfB.get("submission"));
        PortalClient.Page asked = b.submit(opened, "ask", Map.of("note", "Xin bổ sung " + secret), "go");
        PortalClient.Page added = new PortalClient().submitPlain(new PortalClient().postForm("/s/" + schoolB + "/tra-cuu",
                Map.of("ma", trackingOfB, "email", emailOfB)), "add-files", Map.of("note", "Đã bổ sung"), null,
                "file", "them.pdf", "application/pdf", Samples.pdf());
        assertEquals("Đang xử lý", added.doc().getElementById("status").text(), asked.text() + added.text());
        List<Element> files = b.get(admin + "ho-so/xem?id=" + idOfB.get("submission")).doc().select("#files a");
        assertEquals(2, files.size());
        fileLinkOfB = files.get(0).attr("href");
        secondFileLinkOfB = files.get(1).attr("href");

        LocalDate today = LocalDate.now(VIETNAM);
        int schoolYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        yearSlug = schoolYear + "-" + (schoolYear + 1);
        b.submit(b.get(admin + "cong-khai"), "open", Map.of("year", yearSlug), "submit");
        PortalClient.Page draft = b.submit(b.get(admin + "cong-khai/muc?nam=" + schoolYear + "&ma=1.5"), "entry",
                Map.of("body_input", "<p>Nội quy " + secret + "</p>"), "save");
        String ban = draft.doc().selectFirst("#versions a").attr("href");
        idOfB.put("disclosure version", ban.substring(ban.indexOf("ban=") + 4));

        PortalClient.Page campaign = AdmissionSteps.createCampaign(department, YEAR, true);
        campaign = AdmissionSteps.addSchool(department, campaign, schoolA, 1, 10, "Phường Cách Ly A");
        AdmissionSteps.addSchool(department, campaign, schoolB, 1, 10, "Phường Cách Ly B");
        personalIdOfB = "079248" + String.format("%06d", System.nanoTime() % 1_000_000);
        applicationEmailOfB = "tuyen.sinh.b." + System.nanoTime() + "@example.vn";
        Map<String, String> family = AdmissionSteps.family(personalIdOfB, BORN, "MALE", "Phường Cách Ly B", applicationEmailOfB);
        family.put("childName", "Trần Văn Cách");
        family.put("curStreet", "12 Hẻm " + secret);
        PortalClient parent = new PortalClient();
        applicationCodeOfB = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, department,
                AdmissionSteps.fillAll(parent, schoolB, family), applicationEmailOfB));
        idOfB.put("admission application", idFromLink(b.get(admin + "tuyen-sinh"), "#queue a", applicationCodeOfB));
        String emailOfA = "tuyen.sinh.a." + System.nanoTime() + "@example.vn";
        Map<String, String> familyOfA = AdmissionSteps.family("079348" + String.format("%06d", System.nanoTime() % 1_000_000),
                BORN, "FEMALE", "Phường Cách Ly A", emailOfA);
        PortalClient parentOfA = new PortalClient();
        String codeOfA = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parentOfA, department,
                AdmissionSteps.fillAll(parentOfA, schoolA, familyOfA), emailOfA));
        applicationOfA = idFromLink(staff(schoolA).get("/admin/s/" + schoolA + "/tuyen-sinh"), "#queue a", codeOfA);

        PortalClient a = staff(schoolA);
        a.submitFile(a.get("/admin/s/" + schoolA + "/thu-vien"), "upload", "file", "a.png", "image/png", Samples.png(30, 30),
                "submit");
        mediaOfA = a.get("/admin/s/" + schoolA + "/thu-vien").doc().select(".media-grid a").first().attr("href");
    }

    private static String idFromLink(PortalClient.Page page, String css, String text) {
        for (Element link : page.doc().select(css)) {
            if (link.text().contains(text) && link.attr("href").matches(".*[?&](id|ban)=\\d+.*")) {
                return link.attr("href").replaceAll(".*[?&](id|ban)=(\\d+).*", "$2");
            }
        }
        throw new AssertionError("no link to " + text + " on " + page.uri() + ": " + page.text());
    }

    /** Every admin page that takes an object's id, with B's object and a text only it shows. */
    private List<Probe> probes() {
        return List.of(
                new Probe("article", "bai-viet/soan", "id", idOfB.get("article"), secret),
                new Probe("article", "bai-viet/lich-su", "id", idOfB.get("article"), secret),
                new Probe("document", "van-ban", "id", idOfB.get("document"), secret),
                new Probe("page", "trang", "id", idOfB.get("page"), secret),
                new Probe("album", "album", "id", idOfB.get("album"), secret),
                new Probe("procedure", "thu-tuc", "id", idOfB.get("procedure"), secret),
                new Probe("procedure", "thu-tuc/mau-don", "id", idOfB.get("procedure"), secret),
                new Probe("submission", "ho-so/xem", "id", idOfB.get("submission"), secret),
                new Probe("disclosure version", "cong-khai/muc", "ban", idOfB.get("disclosure version"), secret),
                new Probe("admission application", "tuyen-sinh", "id", idOfB.get("admission application"), secret));
    }

    @Test
    void theOwnerSeesEachObjectSoTheProbesAreReal() {
        PortalClient b = staff(schoolB);
        for (Probe probe : probes()) {
            PortalClient.Page own = b.get(probe.url(schoolB));
            assertEquals(200, own.status(), probe.kind());
            assertTrue(own.body().contains(probe.shows()), "B's own " + probe.kind() + " at " + probe.url(schoolB));
        }
        assertFalse(b.get("/admin/s/" + schoolB + "/nhat-ky").text().contains("not on this site"),
                "the owner's own ids are never refused");
    }

    @Test
    void anIdOfAnotherSchoolOpensNothingOnOnesOwnPagesAndIsAudited() {
        PortalClient a = staff(schoolA);
        List<String> leaks = new ArrayList<>();
        for (Probe probe : probes()) {
            PortalClient.Page page = a.get(probe.url(schoolA));
            if (page.status() != 200 && page.status() != 403 && page.status() != 404) {
                leaks.add(probe.url(schoolA) + " answered " + page.status());
            } else if (page.body().contains(probe.shows())) {
                leaks.add(probe.url(schoolA) + " shows B's " + probe.kind());
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        String audit = staff(schoolA).get("/admin/s/" + schoolA + "/nhat-ky").text();
        for (Probe probe : probes()) {
            assertTrue(audit.contains(probe.kind() + " " + probe.id() + " not on this site"),
                    "access.denied for " + probe.kind() + " " + probe.id() + " in A's audit log: " + audit);
        }
        assertTrue(audit.contains("access.denied") && audit.contains(schoolA + ".admin"), "with the account: " + audit);
    }

    @Test
    void postsFromOnesOwnPagesWithAnotherSchoolsIdsChangeNothing() {
        PortalClient a = staff(schoolA);
        String own = "/admin/s/" + schoolA + "/";
        String overwritten = "Ghi đè bởi A";
        a.submit(a.get(own + "bai-viet/soan?id=" + idOfB.get("article")), "edit", Map.of("title", overwritten,
                "body_input", "<p>" + overwritten + "</p>"), "save");
        a.submit(a.get(own + "trang?id=" + idOfB.get("page")), "page", Map.of("title", overwritten,
                "body_input", "<p>" + overwritten + "</p>"), "save");
        a.submit(a.get(own + "album?id=" + idOfB.get("album")), "album", Map.of("title", overwritten), "save");
        a.submit(a.get(own + "thu-tuc?id=" + idOfB.get("procedure")), "proc", Map.of("name", overwritten), "save");
        a.submitFile(a.get(own + "van-ban?id=" + idOfB.get("document")), "doc", Map.of("number", "1/GHI-DE",
                "issuedOn", "01/03/2026", "summary", overwritten), "file", "x.pdf", "application/pdf", Samples.pdf(), "save");
        // Forms that only show for a found object: posted anyway with the page's view state.
        PortalClient.Page builder = a.get(own + "thu-tuc/mau-don?id=" + idOfB.get("procedure"));
        a.postForm(own + "thu-tuc/mau-don", Map.of("builder", "builder", "builder:rows:0:label", overwritten,
                "builder:save", "x", "jakarta.faces.ViewState", viewState(builder)));
        PortalClient.Page submission = a.get(own + "ho-so/xem?id=" + idOfB.get("submission"));
        a.postForm(own + "ho-so/xem", Map.of("refuse", "refuse", "refuse:reason", overwritten, "refuse:go", "x",
                "jakarta.faces.ViewState", viewState(submission)));
        PortalClient.Page version = a.get(own + "cong-khai/muc?ban=" + idOfB.get("disclosure version"));
        a.postForm(own + "cong-khai/muc", Map.of("entry", "entry", "entry:body_input", overwritten,
                "entry:publishButton", "x", "jakarta.faces.ViewState", viewState(version)));

        PortalClient b = staff(schoolB);
        String admin = "/admin/s/" + schoolB + "/";
        for (String url : List.of(admin + "bai-viet/soan?id=" + idOfB.get("article"), admin + "trang?id=" + idOfB.get("page"),
                admin + "album?id=" + idOfB.get("album"), admin + "thu-tuc?id=" + idOfB.get("procedure"),
                admin + "van-ban?id=" + idOfB.get("document"), admin + "thu-tuc/mau-don?id=" + idOfB.get("procedure"),
                admin + "ho-so/xem?id=" + idOfB.get("submission"),
                admin + "cong-khai/muc?ban=" + idOfB.get("disclosure version"))) {
            PortalClient.Page mine = b.get(url);
            assertTrue(mine.body().contains(secret), "B's object still there: " + url);
            assertFalse(mine.body().contains(overwritten), "B's object unchanged: " + url);
        }
        assertEquals("Đang xử lý", b.get(admin + "ho-so/xem?id=" + idOfB.get("submission")).doc()
                .getElementById("status").text(), "B's submission was not refused by A");
        assertFalse(new PortalClient().get("/s/" + schoolB + "/cong-khai").body().contains(overwritten), "nothing published");
    }

    private static String viewState(PortalClient.Page page) {
        String state = page.doc().select("input[name=jakarta.faces.ViewState]").val();
        assertFalse(state.isEmpty(), "a view state on " + page.uri());
        return state;
    }

    @Test
    void admissionDecisionsAndPapersNamingAnotherSchoolsApplicationAreRefused() {
        PortalClient a = staff(schoolA);
        String queue = "/admin/s/" + schoolA + "/tuyen-sinh";
        String applicationOfB = idOfB.get("admission application");
        PortalClient.Page mine = a.get(queue + "?id=" + applicationOfA);
        assertNotNull(mine.doc().getElementById("decide"), "A's own application can be decided: " + mine.text());
        PortalClient.Page decided = a.submit(mine, "decide", Map.of("id", applicationOfB, "reason", "Từ chối bởi A"), "refuse");
        assertNull(decided.doc().getElementById("application"), "B's application is not shown: " + decided.text());
        assertFalse(decided.body().contains(applicationCodeOfB));
        PortalClient.Page paper = a.submit(a.get(queue + "?id=" + applicationOfA), "papers", Map.of("id", applicationOfB),
                "birthCert");
        assertFalse(paper.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                "B's birth certificate is not sent to A");
        assertTrue(paper.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), paper.headers().toString());

        PortalClient b = staff(schoolB);
        PortalClient.Page untouched = b.get("/admin/s/" + schoolB + "/tuyen-sinh?id=" + applicationOfB);
        assertEquals("Đã nộp, chờ xác minh", untouched.doc().getElementById("status").text(), untouched.text());
        assertFalse(b.get("/admin/s/" + schoolB + "/nhat-ky").text().contains("admission.document.view"),
                "no paper of B was opened");
        String audit = staff(schoolA).get("/admin/s/" + schoolA + "/nhat-ky").text();
        assertFalse(audit.contains(applicationCodeOfB), "nor by A: " + audit);
        // The form posts back to its page's address, which names A's own application: B's, beside it, is the forgery.
        assertTrue(audit.contains("POST /admin/s/" + schoolA + "/tuyen-sinh?id=" + applicationOfA + ": admission application "
                + applicationOfB + " posted beside " + applicationOfA), "the forged posts are audited: " + audit);
    }

    @Test
    void anotherSchoolsAccountsCannotBeGrantedResetOrGivenRolesHere() {
        PortalClient b = staff(schoolB);
        String editorOfB = b.get("/admin/s/" + schoolB + "/tai-khoan").doc().select("#grant\\:grantAccount option").stream()
                .filter(o -> o.text().equals(schoolB + ".editor")).findFirst().orElseThrow().attr("value");
        PortalClient a = staff(schoolA);
        String accounts = "/admin/s/" + schoolA + "/tai-khoan";
        PortalClient.Page granted = a.submit(a.get(accounts), "grant", Map.of("grantAccount", editorOfB,
                "grantRole", "SCHOOL_ADMIN"), "submit");
        assertFalse(granted.text().contains("Đã lưu"), "no role for B's editor on A: " + granted.text());
        PortalClient.Page reset = a.submit(a.get(accounts), "reset", Map.of("resetAccount", editorOfB,
                "newPassword", "Chiem-Quyen-2026-x"), "submit");
        assertFalse(reset.text().contains("Đã đặt lại"), reset.text());
        PortalClient.Page escalate = a.submit(a.get(accounts), "create", Map.of("username", schoolA + ".boss",
                "fullName", "Kẻ Leo Thang", "email", "", "password", ItAccounts.STAFF_PASSWORD, "role", "DEPARTMENT_ADMIN"),
                "submit");
        assertFalse(escalate.text().contains("Đã tạo tài khoản"), "a school admin makes no department admin: " + escalate.text());

        PortalClient editor = AdminActions.loggedIn(schoolB + ".editor", ItAccounts.STAFF_PASSWORD);
        assertEquals(403, editor.get("/admin/s/" + schoolA + "/").status(), "B's editor gained nothing on A");
        assertEquals(403, editor.get("/admin/s/" + schoolB + "/tai-khoan").status(), "nor became an admin of B");
    }

    @Test
    void filesOfAnotherSchoolAreNotServedUnderOnesOwnSiteAndSignedLinksCannotBeBent() {
        PortalClient anyone = new PortalClient();
        assertEquals(200, anyone.get(mediaOfB).status(), "media are public files (published pages use them)");
        String[] partsB = mediaOfB.split("/");
        String siteOfA = mediaOfA.split("/")[3];
        assertEquals(404, anyone.get("/files/m/" + siteOfA + "/" + partsB[4]).status(), "B's file under A's site id");
        assertEquals(404, anyone.get("/files/m/" + partsB[3] + "/" + mediaOfA.split("/")[4]).status(), "A's file under B's");
        for (String bent : List.of("/files/m/" + partsB[3] + "/..%2F..%2Fsubmissions%2F" + partsB[3],
                "/files/m/" + partsB[3] + "/" + partsB[4] + "/x", "/files/m/" + partsB[3], "/files/logo/" + partsB[3] + "-999",
                "/files/logo/" + partsB[3] + "-1-1", "/files/logo/..%2F" + partsB[3], "/files/hs/..%2F1")) {
            assertEquals(404, anyone.get(bent).status(), bent);
        }

        assertEquals(200, anyone.get(fileLinkOfB).status(), "a signed link is a bearer token for ten minutes");
        String path = fileLinkOfB.substring(0, fileLinkOfB.indexOf('?'));
        String otherPath = secondFileLinkOfB.substring(0, secondFileLinkOfB.indexOf('?'));
        String query = fileLinkOfB.substring(fileLinkOfB.indexOf('?'));
        long expiry = Long.parseLong(query.replaceAll(".*[?&]e=(\\d+).*", "$1"));
        Map<String, String> bent = new HashMap<>();
        bent.put("another file with the same signature", otherPath + query);
        bent.put("a changed signature", fileLinkOfB.replaceAll("s=[^&]+", "s=AAAA" + "A".repeat(39)));
        bent.put("a later expiry", fileLinkOfB.replace("e=" + expiry, "e=" + (expiry + 3600)));
        bent.put("another person", fileLinkOfB.replaceAll("u=[^&]+", "u=" + schoolA + ".admin"));
        bent.put("no signature", path);
        long now = Instant.now().getEpochSecond();
        bent.put("expired", SignedLinkKey.sign(path, schoolB + ".admin", now - 5));
        bent.put("the applicant's link to a file that is not a result", SignedLinkKey.sign(path, "applicant", now + 300));
        bent.forEach((what, link) -> assertEquals(404, anyone.get(link).status(), what + ": " + link));
        assertEquals(200, anyone.get(SignedLinkKey.sign(path, schoolB + ".admin", now + 300)).status(),
                "the same link signed for the future works: the test signs as the server does");
    }

    @Test
    void lookupsByCodeAnswerOnlyOnTheSchoolTheCodeBelongsTo() {
        PortalClient parent = new PortalClient();
        PortalClient.Page home = parent.postForm("/s/" + schoolB + "/tra-cuu", Map.of("ma", trackingOfB, "email", emailOfB));
        assertNotNull(home.doc().getElementById("status"), "found on its own school: " + home.text());
        for (String elsewhere : List.of("/s/" + schoolA + "/tra-cuu", "/tra-cuu")) {
            PortalClient.Page page = parent.postForm(elsewhere, Map.of("ma", trackingOfB, "email", emailOfB));
            assertNotNull(page.doc().getElementById("e_lookup"), elsewhere + ": " + page.text());
            assertFalse(page.body().contains(secret) || page.body().contains("Thủ tục " + secret), elsewhere);
        }
        assertEquals(404, parent.get("/s/" + schoolA + "/thu-tuc/bien-nhan/" + tokenOfB).status(), "B's receipt on A");
        assertEquals(404, parent.get("/thu-tuc/bien-nhan/" + tokenOfB).status(), "B's receipt on the department");
        assertEquals(200, parent.get("/s/" + schoolB + "/thu-tuc/bien-nhan/" + tokenOfB).status());

        PortalClient.Page found = parent.submit(parent.get("/s/" + schoolB + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", applicationCodeOfB, "email", applicationEmailOfB), "lookup:find");
        assertNotNull(found.doc().getElementById("found"), found.text());
        PortalClient.Page onA = parent.submit(parent.get("/s/" + schoolA + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", applicationCodeOfB, "email", applicationEmailOfB), "lookup:find");
        assertNull(onA.doc().getElementById("found"), "B's application on A's look-up: " + onA.text());
        for (String school : List.of(schoolA, schoolB)) {
            PortalClient.Page wrongId = parent.submitPlain(parent.get("/s/" + school + "/tuyen-sinh/ket-qua"), "result",
                    Map.of("code", applicationCodeOfB, "personalId", "079248999999"), null, null, null, null, null);
            assertNull(wrongId.doc().getElementById("result-found"), "a code with the wrong ID number: " + wrongId.text());
            assertFalse(wrongId.body().contains("Trần Văn Cách") || wrongId.body().contains(personalIdOfB));
        }
        // The data review (kiem-tra, a plain post): B's child's number asked on A's page and on B's shows nothing of
        // B's application, and a token that is not one of this round's records opens nothing on either.
        String forgedToken = "1." + (Instant.now().getEpochSecond() + 600) + "." + "A".repeat(43);
        for (String school : List.of(schoolA, schoolB)) {
            String kiemTra = "/s/" + school + "/tuyen-sinh/kiem-tra";
            PortalClient.Page asked = parent.submit(parent.get(kiemTra), "review", Map.of("personalId", personalIdOfB), "review:send");
            assertEquals(200, asked.status(), asked.text());
            assertNull(asked.doc().getElementById("record"), asked.text());
            assertFalse(asked.body().contains("Trần Văn Cách") || asked.body().contains(applicationEmailOfB)
                    || asked.body().contains(applicationCodeOfB), asked.text());
            PortalClient.Page forged = parent.postForm(kiemTra, Map.of("stage", "3", "token", forgedToken, "action", "ask"));
            assertEquals(200, forged.status());
            assertNull(forged.doc().getElementById("record"), forged.text());
            assertNotNull(forged.doc().getElementById("review:personalId"), "the first stage again: " + forged.text());
        }
    }

    @Test
    void anotherSchoolsOutboxAuditAndListsStayHidden() {
        PortalClient a = staff(schoolA);
        String own = "/admin/s/" + schoolA + "/";
        for (String page : List.of("hop-thu", "nhat-ky", "ho-so", "tuyen-sinh", "bai-viet", "van-ban", "trang", "album",
                "thu-vien", "thu-tuc", "cong-khai", "tai-khoan", "")) {
            PortalClient.Page shown = a.get(own + page);
            assertEquals(200, shown.status(), page);
            // (B's editor does show in A's audit log: his refused attempt on A's pages.)
            for (String ofB : List.of(secret, emailOfB, trackingOfB, applicationCodeOfB, applicationEmailOfB, mediaOfB)) {
                assertFalse(shown.body().contains(ofB), ofB + " on A's " + own + page);
            }
        }
    }
}
