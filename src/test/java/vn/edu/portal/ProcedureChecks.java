package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.DatabaseOutage;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.ProcedureActions;
import vn.edu.portal.it.Samples;

/**
 * Administrative procedures over HTTP: a parent's submission step by step with refused input,
 * the e-mail code, an idempotent final submit, the staff queue, the status lookup, and schools
 * kept apart.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class ProcedureChecks {

    private String school;
    private String other;
    private String procedureId;


    @BeforeAll
    void schoolsAndProcedure() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thp"), "Trường Tiểu học Thủ Tục");
        other = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thq"), "Trường Tiểu học Láng Giềng");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(admin, other, other + ".admin", "SCHOOL_ADMIN");
        procedureId = ProcedureActions.createProcedure(staff(school), school, "don-nghi-hoc", "Đơn xin nghỉ học",
                ProcedureActions.LEAVE_FORM);
    }

    /**
     * Every public page links to the site's notice of how it processes personal data (there was none): who
     * processes it and how to reach them, what a reader gives (nothing), each online procedure with the days its
     * requests are kept, what a family can do (Law 91/2025/QH15).
     */
    @Test
    void everyPageLinksToTheSitesNoticeOfPersonalDataWithItsOwnPeriods() {
        PortalClient anyone = new PortalClient();
        PortalClient.Page home = anyone.get("/s/" + school + "/");
        org.jsoup.nodes.Element link = home.doc().selectFirst("footer a[href$=bao-ve-du-lieu]");
        assertNotNull(link, home.text());
        assertEquals("Bảo vệ dữ liệu cá nhân", link.text());
        PortalClient.Page notice = anyone.get(link.attr("href"));
        assertEquals(200, notice.status(), notice.text());
        assertTrue(notice.text().contains("Trường Tiểu học Thủ Tục xử lý dữ liệu mà gia đình gửi qua trang này"), notice.text());
        // The school's own procedures come first (a department procedure of the same name may follow).
        List<String> row = notice.doc().select("#procedures-kept tbody tr:contains(Đơn xin nghỉ học)").first().select("td").eachText();
        assertEquals(List.of("Đơn xin nghỉ học", "365 ngày"), row, notice.text());
        assertTrue(notice.headers().allValues("Set-Cookie").isEmpty(), "a reader of the notice gets no cookie");
        // The department's own: its wording (it used a school's), and "the address above" only when there is one.
        PortalClient.Page department = anyone.get("/bao-ve-du-lieu");
        assertEquals(200, department.status(), department.text());
        assertTrue(department.text().contains("vận hành hệ thống cổng thông tin của các trường"), department.text());
        assertEquals(department.doc().getElementById("contact") == null, !department.text().contains("Liên hệ về dữ liệu cá nhân:"),
                "the contact line only with a contact");
        assertEquals(department.doc().getElementById("contact") != null, department.text().contains("theo địa chỉ ở trên"),
                "\"the address above\" only when there is one");
    }

    private PortalClient staff(String slug) {
        return AdminActions.loggedIn(slug + ".admin", ItAccounts.STAFF_PASSWORD);
    }

    private String apply(String slug) {
        return "/s/" + slug + "/thu-tuc/don-nghi-hoc/nop";
    }

    /** A parent fills both sections and the contact step; returns the page that asks for the code. */
    /** A request sent by {@code parent} with {@code email}: its tracking code. */
    private String sent(PortalClient parent, String email) {
        PortalClient.Page codePage = fillUpToCode(parent, email);
        return parent.submitPlain(codePage, "apply-form", Map.of("code", ProcedureActions.latestCode(email)),
                "next", null, null, null, null).doc().getElementById("tracking-code").text();
    }

    private PortalClient.Page fillUpToCode(PortalClient parent, String email) {
        PortalClient.Page step1 = parent.get(apply(school));
        assertEquals(200, step1.status(), step1.text());
        PortalClient.Page step2 = parent.submitPlain(step1, "apply-form", Map.of("f_ho_ten_hoc_sinh", "Nguyễn Minh Anh",
                "f_ngay_sinh", "14/03/2018", "f_ma_dinh_danh", "079218001234"), "next", null, null, null, null);
        assertTrue(step2.text().contains("Bước 2/4"), step2.text());
        PortalClient.Page contact = parent.submitPlain(step2, "apply-form", Map.of("f_ly_do", "Cháu bị sốt."), "next",
                "f_giay_to", "giay-kham.pdf", "application/pdf", Samples.pdf());
        assertTrue(contact.text().contains("Bước 3/4"), contact.text());
        // A mistyped address: said next to it, and the consent stays ticked (it was unticked).
        PortalClient.Page mistyped = parent.submitPlain(contact, "apply-form", Map.of("email", "me@@example.vn", "consent", "on"),
                "next", null, null, null, null);
        assertNotNull(mistyped.doc().getElementById("e_email"), mistyped.text());
        // The refused field has the focus and says it is refused (the focus stayed at the page's top).
        assertTrue(mistyped.doc().getElementById("email").hasAttr("autofocus"), mistyped.body());
        assertEquals("true", mistyped.doc().getElementById("email").attr("aria-invalid"));
        assertTrue(mistyped.doc().getElementById("consent").hasAttr("checked"), "the consent kept");
        // The consent names the family's rights and how to use them, and the way of applying in person.
        assertTrue(mistyped.doc().getElementById("consent-text").text().contains("Gia đình có quyền xem, yêu cầu sửa hoặc xóa"
                + " dữ liệu và rút lại sự đồng ý"), mistyped.doc().getElementById("consent-text").text());
        PortalClient.Page code = parent.submitPlain(mistyped, "apply-form", Map.of("email", email, "consent", "on"),
                "next", null, null, null, null);
        assertTrue(code.text().contains("Bước 4/4") && code.text().contains(email), code.text());
        // Enter in the code's field presses the form's first submit button (HTML's implicit submission): forward, the
        // submit. "Back" came first, then "send again", which threw the typed code away.
        org.jsoup.nodes.Element first = code.doc().selectFirst("form#apply-form button[type=submit]");
        assertEquals("next", first.val(), first.outerHtml());
        return code;
    }

    /**
     * A page that is not the draft's step (an earlier page from the browser's history, a second
     * tab), or whose draft is gone (expired, another school's token): what it carries is kept and
     * the parent is told, instead of being applied to another step (which blanked that step's
     * answers) or silently starting again.
     */
    @Test
    void anOldPageOrAGoneDraftKeepsWhatWasTypedAndSaysSo() {
        PortalClient parent = new PortalClient();
        PortalClient.Page first = parent.get(apply(school));
        PortalClient.Page second = parent.submitPlain(first, "apply-form", Map.of("f_ho_ten_hoc_sinh", "Nguyễn An",
                "f_ngay_sinh", "14/03/2018"), "next", null, null, null, null);
        assertTrue(second.text().contains("Bước 2/4"), second.text());
        PortalClient.Page noFile = parent.submitPlain(second, "apply-form", Map.of("f_ly_do", "Cháu bị sốt."), "next",
                null, null, null, null);
        assertTrue(noFile.doc().getElementById("e_giay_to") != null, noFile.text());

        PortalClient.Page old = parent.submitPlain(first, "apply-form", Map.of("f_ho_ten_hoc_sinh", "Nguyễn Văn An",
                "f_ngay_sinh", "14/03/2018"), "next", null, null, null, null);
        assertTrue(old.doc().getElementById("notice").text().contains("trang cũ"), old.text());
        assertTrue(old.text().contains("Bước 2/4"), "the draft's own step: " + old.text());
        assertEquals("Cháu bị sốt.", old.doc().getElementById("f_ly_do").text(), "the step's answer is not blanked");
        PortalClient.Page back = parent.submitPlain(old, "apply-form", Map.of(), "back", null, null, null, null);
        assertEquals("Nguyễn Văn An", back.doc().getElementById("f_ho_ten_hoc_sinh").attr("value"),
                "what the old page carried is kept");

        PortalClient.Page gone = parent.submitPlain(second, "apply-form", Map.of("token", (java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID()).replace("-", "").substring(0, 32),
                "f_ly_do", "Đi khám răng."), "next", null, null, null, null);
        assertEquals(200, gone.status());
        assertTrue(gone.doc().getElementById("notice").text().contains("không còn"), gone.text());
        assertTrue(gone.text().contains("Bước 1/4"), "starts again: " + gone.text());
        assertTrue(gone.doc().select(".field-error").isEmpty(), "nothing refused that was not asked: " + gone.text());
        PortalClient.Page again = parent.submitPlain(gone, "apply-form", Map.of("f_ho_ten_hoc_sinh", "Trần Bình",
                "f_ngay_sinh", "02/09/2018"), "next", null, null, null, null);
        assertEquals("Đi khám răng.", again.doc().getElementById("f_ly_do").text(), "the reason typed is kept");
    }

    /**
     * The form's address with a slash after it was taken for an ordinary page: kept in the page cache
     * with the draft token it was made with, and served to every family (who then shared one draft).
     */
    @Test
    void theFormIsNeverAPageTheCacheKeepsWhateverItsAddress() {
        PortalClient anyone = new PortalClient();
        for (String variant : List.of(apply(school) + "/", "/s/" + school + "/thu-tuc/don-nghi-hoc/",
                "/s/" + school + "/thu-tuc/don-nghi-hoc/nop/x")) {
            PortalClient.Page first = anyone.get(variant);
            PortalClient.Page second = anyone.get(variant);
            assertEquals(404, second.status(), variant);
            assertTrue(second.headers().firstValue("X-Portal-Cache").isEmpty(), variant + " is not kept");
            assertTrue(first.doc().select("input[name=token]").isEmpty(), variant + " makes no draft token");
        }
        PortalClient.Page one = anyone.get(apply(school));
        PortalClient.Page two = new PortalClient().get(apply(school));
        assertNotEquals(one.doc().selectFirst("input[name=token]").val(), two.doc().selectFirst("input[name=token]").val(),
                "each family its own token");
        assertEquals("no-store", two.headers().firstValue("Cache-Control").orElse(""));
    }

    /** Ten look-ups of a code an hour, however it is typed (it was counted as typed: each spelling had ten). */
    @Test
    void aCodesLookUpsAreCountedHoweverItIsTyped() {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            letters.append("23456789ABCDEFGHJKMNPQRSTUVWXYZ".charAt(random.nextInt(31)));
        }
        String c = letters.toString();
        List<String> spellings = List.of(c.substring(0, 4) + "-" + c.substring(4), c, c.toLowerCase(), " " + c + " ",
                c.substring(0, 2) + " " + c.substring(2, 4) + " " + c.substring(4), c.substring(0, 4) + "." + c.substring(4),
                c.substring(0, 4) + "--" + c.substring(4), c.substring(0, 4) + " - " + c.substring(4),
                c.substring(0, 4) + "_" + c.substring(4), c.substring(0, 4) + "/" + c.substring(4));
        for (int i = 0; i < spellings.size(); i++) {
            PortalClient.Page answer = new PortalClient().postForm("/s/" + school + "/tra-cuu",
                    Map.of("ma", spellings.get(i), "email", "doan-" + i + "@example.com"));
            assertEquals(200, answer.status(), "look-up " + (i + 1) + " of 10: " + spellings.get(i));
        }
        PortalClient.Page refused = new PortalClient().postForm("/s/" + school + "/tra-cuu",
                Map.of("ma", c.substring(0, 3) + " " + c.substring(3), "email", "doan-x@example.com"));
        assertEquals(429, refused.status(), "the 11th look-up of the code, typed yet another way");
    }

    @Test
    void refusedInputIsExplainedNextToTheFieldAndKept() {
        PortalClient parent = new PortalClient();
        PortalClient.Page step1 = parent.get(apply(school));
        PortalClient.Page refused = parent.submitPlain(step1, "apply-form", Map.of("f_ho_ten_hoc_sinh", "Trần Gia Bảo",
                "f_ngay_sinh", "01/01/2099", "f_ma_dinh_danh", "07921800123A"), "next", null, null, null, null);
        assertEquals(200, refused.status());
        assertEquals("Ngày này không thể ở sau hôm nay.", refused.doc().getElementById("e_ngay_sinh").text());
        assertTrue(refused.doc().getElementById("e_ma_dinh_danh").text().contains("12 chữ số"));
        assertEquals("Trần Gia Bảo", refused.doc().getElementById("f_ho_ten_hoc_sinh").attr("value"), "typed text kept");
        assertEquals("07921800123A", refused.doc().getElementById("f_ma_dinh_danh").attr("value"));

        PortalClient.Page step2 = parent.submitPlain(refused, "apply-form", Map.of("f_ngay_sinh", "2018-02-30"),
                "next", null, null, null, null);
        assertTrue(step2.doc().getElementById("e_ngay_sinh") != null, "30 February is not a date");
        step2 = parent.submitPlain(step2, "apply-form", Map.of("f_ngay_sinh", "2018-02-28", "f_ma_dinh_danh", ""),
                "next", null, null, null, null);
        assertTrue(step2.text().contains("Bước 2/4"), step2.text());

        PortalClient.Page html = parent.submitPlain(step2, "apply-form", Map.of("f_ly_do", "Ốm"), "next",
                "f_giay_to", "giay.pdf", "application/pdf", Samples.html());
        assertTrue(html.doc().getElementById("e_giay_to").text().contains("chỉ nhận"), html.text());
        assertEquals("Ốm", html.doc().getElementById("f_ly_do").text(), "the reason typed is kept");
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(Samples.pdf(), 0, big, 0, Samples.pdf().length);
        PortalClient.Page tooBig = parent.submitPlain(html, "apply-form", Map.of(), "next",
                "f_giay_to", "lon.pdf", "application/pdf", big);
        assertTrue(tooBig.doc().getElementById("e_giay_to").text().contains("quá lớn"), tooBig.text());
        // Over the server's own limits the body cannot be read at all: the page's address names the draft.
        PortalClient.Page huge = parent.submitPlain(tooBig, "apply-form", Map.of("f_ly_do", "Ốm nặng"), "next",
                "f_giay_to", "rat-lon.pdf", "application/pdf", new byte[27 * 1024 * 1024]);
        assertEquals(200, huge.status(), huge.text());
        assertTrue(huge.doc().getElementById("e_giay_to").text().contains("quá lớn"), huge.text());
        assertEquals("Ốm", huge.doc().getElementById("f_ly_do").text(), "what the draft holds is shown");

        // A file chosen that holds nothing is said (it was taken for no file, and the parent believed it went in).
        PortalClient.Page empty = parent.submitPlain(tooBig, "apply-form", Map.of(), "next",
                "f_giay_to", "trong.pdf", "application/pdf", new byte[0]);
        assertTrue(empty.doc().getElementById("e_giay_to").text().contains("không có nội dung"), empty.text());
        PortalClient.Page back = parent.submitPlain(tooBig, "apply-form", Map.of(), "back", null, null, null, null);
        assertEquals("Trần Gia Bảo", back.doc().getElementById("f_ho_ten_hoc_sinh").attr("value"), "back keeps answers");
    }

    @Test
    void wrongCodesAreCountedAndTheFinalSubmitIsIdempotent() throws Exception {
        PortalClient parent = new PortalClient();
        String email = "me.anh." + System.nanoTime() + "@example.vn";
        PortalClient.Page codePage = fillUpToCode(parent, email);
        PortalClient.Page wrong = parent.submitPlain(codePage, "apply-form", Map.of("code", "000000"), "next",
                null, null, null, null);
        String message = wrong.doc().getElementById("e_code").text();
        assertTrue(message.contains("không đúng") || message.contains("sai"), message);

        String code = ProcedureActions.latestCode(email);
        PortalClient.Page ready = parent.get(codePage.uri().getPath() + "?" + codePage.uri().getQuery());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        Set<String> codes = new HashSet<>();
        try {
            List<Future<PortalClient.Page>> replays = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                replays.add(pool.submit(() -> parent.submitPlain(ready, "apply-form", Map.of("code", code), "next",
                        null, null, null, null)));
            }
            for (Future<PortalClient.Page> replay : replays) {
                PortalClient.Page receipt = replay.get();
                Element tracking = receipt.doc().getElementById("tracking-code");
                assertNotNull(tracking, receipt.text());
                codes.add(tracking.text());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, codes.size(), "five submits, one tracking code: " + codes);
        String tracking = codes.iterator().next();
        assertTrue(tracking.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), tracking);
        PortalClient.Page queue = staff(school).get("/admin/s/" + school + "/ho-so");
        assertEquals(1, queue.doc().select("#queue a.code:containsOwn(" + tracking + ")").size(), queue.text());
        assertTrue(ProcedureActions.subjectsTo(email).stream().anyMatch(s -> s.contains("Đã nhận hồ sơ " + tracking)));
    }

    /**
     * The database restarted (every connection the server held cut): the next visitors are answered
     * as usual, a parent's look-up and a school's staff page alike. Each pool's first statement
     * failed (the pool's check asked the driver for its metadata, which it answers without the
     * database), so the first visitor after a restart met the page to press again or the error page.
     * MariaDB only.
     */
    @Test
    void aDatabaseRestartCostsNoVisitorARequest() {
        org.junit.jupiter.api.Assumptions.assumeTrue(DatabaseOutage.possible(), "the embedded database cannot be made to fail");
        PortalClient parent = new PortalClient();
        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        assertEquals(200, staff.get("/admin/s/" + school + "/ho-so").status());
        DatabaseOutage.cutConnections();
        // A restart takes seconds; a pool checks a connection at most once a second.
        vn.edu.portal.it.SecondNode.pause(1_500);
        PortalClient.Page lookup = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", "AAAA-AAAA", "email", "a@example.vn"));
        assertEquals(200, lookup.status(), "the first look-up after the restart: " + lookup.text());
        PortalClient.Page queue = staff.get("/admin/s/" + school + "/ho-so");
        assertEquals(200, queue.status(), "the first staff page after the restart: " + queue.text());
    }

    /**
     * A statement of the submit failing (a table of the server's made to fail): "press again" next to the
     * code, the code still typed. The database already down when the parent presses (the server's account
     * locked, its connections cut): no error page, but one that carries the code back; pressed again once
     * the database answers, it submits. MariaDB only.
     */
    @Test
    void aSubmitThatMeetsTheDatabaseAwayKeepsTheCodeToPressAgain() {
        org.junit.jupiter.api.Assumptions.assumeTrue(DatabaseOutage.possible(), "the embedded database cannot be made to fail");
        PortalClient parent = new PortalClient();
        String email = "mat-ket-noi." + System.nanoTime() + "@example.vn";
        PortalClient.Page codePage = fillUpToCode(parent, email);
        String code = ProcedureActions.latestCode(email);
        PortalClient.Page lost;
        try (DatabaseOutage outage = DatabaseOutage.table("submission")) {
            lost = parent.submitPlain(codePage, "apply-form", Map.of("code", code), "next", null, null, null, null);
        }
        assertEquals(200, lost.status(), lost.text());
        assertTrue(lost.doc().getElementById("e_code").text().contains("bấm \"Xác nhận và nộp hồ sơ\" lại"), lost.text());
        assertEquals(code, lost.doc().getElementById("code").val(), "the code typed is kept");
        PortalClient.Page away;
        try (DatabaseOutage outage = DatabaseOutage.database("/s/" + school + "/tra-cuu")) {
            away = parent.submitPlain(lost, "apply-form", Map.of("code", code), "next", null, null, null, null);
        }
        assertEquals(503, away.status(), away.text());
        assertTrue(away.text().contains("được giữ trong trang này"), away.text());
        assertEquals(code, away.doc().select("#press-again input[name=code]").val(), "the code typed is kept");
        PortalClient.Page receipt = parent.submitPlain(away, "press-again", Map.of(), null, null, null, null, null);
        assertNotNull(receipt.doc().getElementById("tracking-code"), receipt.text());
    }

    @Test
    void staffAskForMoreTheParentAddsAFileStaffAcceptAndTheLookupShowsEverything() {
        PortalClient parent = new PortalClient();
        String email = "bo.bao." + System.nanoTime() + "@example.vn";
        PortalClient.Page codePage = fillUpToCode(parent, email);
        PortalClient.Page receipt = parent.submitPlain(codePage, "apply-form",
                Map.of("code", ProcedureActions.latestCode(email)), "next", null, null, null, null);
        String tracking = receipt.doc().getElementById("tracking-code").text();
        assertTrue(receipt.body().contains("<svg"), "receipt has a QR code");

        PortalClient staff = staff(school);
        PortalClient.Page queue = staff.get("/admin/s/" + school + "/ho-so");
        String href = queue.doc().select("#queue a.code:containsOwn(" + tracking + ")").attr("href");
        String id = href.replaceAll(".*id=", "");
        PortalClient.Page opened = staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id);
        assertTrue(opened.text().contains("Nguyễn Minh Anh") && opened.text().contains("079218001234"), opened.text());
        Element attachment = opened.doc().selectFirst("#files a");
        assertNotNull(attachment, opened.text());
        assertEquals(200, staff.get(attachment.attr("href")).status(), "staff download the attachment by a signed link");
        assertEquals(404, new PortalClient().get(attachment.attr("href").replaceAll("s=[^&]+", "s=forged")).status());
        // Who handles it is said; the one who took it is not offered to take it again.
        PortalClient.Page taken = staff.submit(opened, "assign", Map.of(), "go");
        assertTrue(taken.doc().getElementById("assigned-to").text().contains(school + ".admin"), taken.text());
        assertNull(taken.doc().getElementById("assign:go"), "taken already");
        assertTrue(staff.get("/admin/s/" + school + "/nhat-ky").text().contains("submission.view"), "every view is logged");

        // A refused action (no note) keeps the page on the request's own address: reopened or reloaded, the same request.
        PortalClient.Page noNote = staff.submit(opened, "ask", Map.of("note", ""), "go");
        assertNotNull(noNote.doc().selectFirst(".field-error"), noNote.text());
        assertEquals("id=" + id, noNote.uri().getQuery(), noNote.uri().toString());
        assertTrue(noNote.doc().getElementById("ask").attr("action").endsWith("?id=" + id), noNote.doc().getElementById("ask").outerHtml());
        PortalClient.Page asked = staff.submit(noNote, "ask", Map.of("note", "Vui lòng bổ sung giấy khám bệnh."), "go");
        assertTrue(asked.text().contains("Cần bổ sung"), asked.text());
        // After an action the page is the request's own address (it lost "?id=": reopened, "not found").
        assertEquals("id=" + id, asked.uri().getQuery(), asked.uri().toString());
        assertTrue(asked.text().contains("Đã gửi yêu cầu bổ sung tới người nộp."), "the message survives the redirect: " + asked.text());

        PortalClient.Page lookup = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", tracking.toLowerCase(), "email", email));
        assertEquals("Cần bổ sung", lookup.doc().getElementById("status").text(), lookup.text());
        assertTrue(lookup.text().contains("Vui lòng bổ sung giấy khám bệnh."));
        // A paper refused: said next to it, and the note to the school kept (it came back empty).
        PortalClient.Page refusedPaper = parent.submitPlain(lookup, "add-files", Map.of("note", "Đã bổ sung"), null,
                "file", "kham-benh.exe", "image/png", "MZ not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertNotNull(refusedPaper.doc().getElementById("e_file"), refusedPaper.text());
        assertEquals("Đã bổ sung", refusedPaper.doc().getElementById("note").text(), "the note kept");
        // Papers over the request's limit: nothing of the body can be read; the page comes back with the code kept.
        PortalClient.Page tooBig = parent.submitPlain(refusedPaper, "add-files", Map.of("note", "Đã bổ sung"), null,
                "file", "kham-benh.pdf", "application/pdf", new byte[26 * 1024 * 1024]);
        assertEquals(200, tooBig.status(), tooBig.text());
        assertEquals(tracking.toUpperCase(java.util.Locale.ROOT), tooBig.doc().select("#lookup-form input[name=ma]").val()
                .toUpperCase(java.util.Locale.ROOT), tooBig.text());
        PortalClient.Page added = parent.submitPlain(refusedPaper, "add-files", Map.of("note", "Đã bổ sung"), null,
                "file", "kham-benh.png", "image/png", Samples.png(40, 40));
        assertEquals("Đang xử lý", added.doc().getElementById("status").text(), added.text());

        PortalClient.Page again = staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id);
        assertEquals(2, again.doc().select("#files a").size(), again.text());
        PortalClient.Page done = staff.submitFile(again, "accept", "result", "ket-qua.pdf", "application/pdf",
                Samples.pdf(), "go");
        assertTrue(done.text().contains("Đã giải quyết"), done.text());

        PortalClient.Page finalLookup = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", tracking, "email", email));
        List<String> history = finalLookup.doc().select("ol.history li strong").eachText();
        // Taken (above), sent back for a paper, handled again, done.
        assertEquals(List.of("Đã tiếp nhận", "Đang xử lý", "Cần bổ sung", "Đang xử lý", "Đã giải quyết"), history, finalLookup.text());
        Element result = finalLookup.doc().selectFirst("a.result-download");
        assertNotNull(result, finalLookup.text());
        PortalClient.Page pdf = new PortalClient().get(result.attr("href"));
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"), "the result document downloads");
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        List<String> subjects = ProcedureActions.subjectsTo(email);
        assertTrue(subjects.stream().anyMatch(s -> s.contains("Cần bổ sung")) && subjects.stream().anyMatch(s -> s.contains("Đã giải quyết")),
                subjects.toString());
    }

    /**
     * An applicant who filled the form in English reads the code, the receipt and the school's decisions in
     * English (every procedure mail was Vietnamese whatever the page's language).
     */
    @Test
    void anApplicantWhoFilledTheFormInEnglishGetsItsMailsInEnglish() {
        PortalClient parent = new PortalClient();
        String email = "english." + System.nanoTime() + "@example.vn";
        parent.get("/s/" + school + "/?lang=en");
        PortalClient.Page step2 = parent.submitPlain(parent.get(apply(school)), "apply-form", Map.of("f_ho_ten_hoc_sinh",
                "Nguyễn Emily", "f_ngay_sinh", "14/03/2018"), "next", null, null, null, null);
        PortalClient.Page contact = parent.submitPlain(step2, "apply-form", Map.of("f_ly_do", "Fever."), "next",
                "f_giay_to", "giay-kham.pdf", "application/pdf", Samples.pdf());
        PortalClient.Page codePage = parent.submitPlain(contact, "apply-form", Map.of("email", email, "consent", "on"), "next",
                null, null, null, null);
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String codeMail = vn.edu.portal.it.AdmissionSteps.mailBodies(admin, email, "Confirmation code").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no English code mail: " + codePage.text()));
        String code = codeMail.replaceAll("(?s).* is: (\\d{6}).*", "$1");
        PortalClient.Page receipt = parent.submitPlain(codePage, "apply-form", Map.of("code", code), "next", null, null, null, null);
        String tracking = receipt.doc().getElementById("tracking-code").text();
        assertEquals(1, vn.edu.portal.it.AdmissionSteps.mailBodies(admin, email, "Submission " + tracking + " received").size());
        PortalClient staff = staff(school);
        staff.submit(staff.get("/admin/s/" + school + "/ho-so/xem?id=" + ProcedureActions.submissionId(staff, school, tracking)),
                "ask", Map.of("note", "Vui lòng bổ sung giấy khám bệnh."), "go");
        List<String> asked = vn.edu.portal.it.AdmissionSteps.mailBodies(admin, email, "Submission " + tracking + ": More information needed");
        assertEquals(1, asked.size(), ProcedureActions.subjectsTo(email).toString());
        assertTrue(asked.get(0).contains("is now: More information needed"), asked.get(0));
    }

    @Test
    void anotherSchoolAndAWrongAddressSeeNothing() {
        PortalClient parent = new PortalClient();
        String email = "chi.chau." + System.nanoTime() + "@example.vn";
        PortalClient.Page codePage = fillUpToCode(parent, email);
        String tracking = parent.submitPlain(codePage, "apply-form", Map.of("code", ProcedureActions.latestCode(email)),
                "next", null, null, null, null).doc().getElementById("tracking-code").text();
        String id = staff(school).get("/admin/s/" + school + "/ho-so").doc()
                .select("#queue a.code:containsOwn(" + tracking + ")").attr("href").replaceAll(".*id=", "");

        PortalClient neighbour = staff(other);
        assertEquals(403, neighbour.get("/admin/s/" + school + "/ho-so/xem?id=" + id).status(), "by the other school's URL");
        PortalClient.Page byId = neighbour.get("/admin/s/" + other + "/ho-so/xem?id=" + id);
        assertTrue(byId.doc().getElementById("not-found") != null, "by id under its own site: " + byId.text());
        assertFalse(byId.text().contains("Nguyễn Minh Anh"));
        assertFalse(neighbour.get("/admin/s/" + other + "/ho-so").text().contains(tracking), "not in its queue");
        assertEquals(403, neighbour.get("/admin/s/" + school + "/thu-tuc/mau-don?id=" + procedureId).status());
        PortalClient.Page foreignForm = neighbour.get("/admin/s/" + other + "/thu-tuc/mau-don?id=" + procedureId);
        assertFalse(foreignForm.text().contains("ho_ten_hoc_sinh"), "another school's form is not editable");

        PortalClient.Page elsewhere = parent.postForm("/s/" + other + "/tra-cuu", Map.of("ma", tracking, "email", email));
        assertTrue(elsewhere.doc().getElementById("e_lookup") != null, "by code on another school's site");
        PortalClient.Page wrongEmail = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", tracking,
                "email", "ke.gian@example.vn"));
        assertEquals("Không tìm thấy hồ sơ với mã và địa chỉ thư này.", wrongEmail.doc().getElementById("e_lookup").text());
        assertFalse(wrongEmail.text().contains("Đơn xin nghỉ học") || wrongEmail.text().contains("Nguyễn Minh Anh")
                || wrongEmail.text().contains("Đã tiếp nhận"), "a wrong address reveals nothing");
        assertEquals(404, parent.get("/s/" + other + "/thu-tuc/don-nghi-hoc/nop").status(), "the other school does not offer it");
        PortalClient.Page forgedReceipt = parent.get("/s/" + other + "/thu-tuc/bien-nhan/" + codePage.doc()
                .selectFirst("input[name=token]").attr("value"));
        assertEquals(404, forgedReceipt.status(), "a receipt is only on its school's site");
        // The family's own look-ups do not count against the code's ten an hour, only failed ones (the two
        // above): the eleventh look-up of an hour locked a family out of its own request.
        for (int i = 0; i < 11; i++) {
            PortalClient.Page own = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", tracking, "email", email));
            assertEquals(200, own.status(), "the family's look-up " + (i + 1) + ": " + own.text());
            assertNotNull(own.doc().getElementById("status"), own.text());
        }
    }

    /**
     * A family withdraws its own request from the look-up (it could not: only the school could close a request). Without
     * the tick it is refused next to the tick, the reason typed kept; another school's page or a wrong address withdraw
     * nothing. Then the request is closed as withdrawn with the reason in its history, the address is told by e-mail,
     * staff see it closed with no action left, and nothing can be added to it or withdrawn again.
     */
    @Test
    void aFamilyWithdrawsItsRequestAndTheSchoolSeesItClosed() {
        PortalClient parent = new PortalClient();
        String email = "rut.ho.so." + System.nanoTime() + "@example.vn";
        String tracking = sent(parent, email);
        PortalClient.Page lookup = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", tracking, "email", email));
        assertNotNull(lookup.doc().getElementById("withdraw"), "an open request can be withdrawn: " + lookup.text());

        String reason = "Gia đình đã chuyển nhà,\ncháu học trường khác.";
        PortalClient.Page unticked = parent.submitPlain(lookup, "withdraw", Map.of("reason", reason), null,
                null, null, null, null);
        assertEquals("Vui lòng đánh dấu ô xác nhận nếu bạn muốn rút hồ sơ.",
                unticked.doc().getElementById("e_withdrawConfirm").text(), unticked.text());
        assertEquals(reason, unticked.doc().getElementById("withdraw-reason").wholeText().replace("\r\n", "\n").strip(),
                "what was typed is kept");
        assertEquals("Đã tiếp nhận", unticked.doc().getElementById("status").text());
        PortalClient.Page tooLong = parent.submitPlain(lookup, "withdraw", Map.of("reason", "x".repeat(1001), "confirm", "on"),
                null, null, null, null, null);
        assertNotNull(tooLong.doc().getElementById("e_withdrawReason"), tooLong.text());
        assertTrue(tooLong.doc().getElementById("withdraw-confirm").hasAttr("checked"), "the tick is kept with the reason");
        assertFalse(unticked.doc().getElementById("withdraw-confirm").hasAttr("checked"));
        assertEquals("Đã tiếp nhận", tooLong.doc().getElementById("status").text());
        Map<String, String> withdraw = Map.of("ma", tracking, "email", email, "action", "withdraw", "confirm", "on");
        PortalClient.Page elsewhere = parent.postForm("/s/" + other + "/tra-cuu", withdraw);
        assertNull(elsewhere.doc().getElementById("status"), "not on another school's page: " + elsewhere.text());
        Map<String, String> stranger = new java.util.HashMap<>(withdraw);
        stranger.put("email", "ke.gian@example.vn");
        assertNull(parent.postForm("/s/" + school + "/tra-cuu", stranger).doc().getElementById("status"), "nor by a wrong address");

        PortalClient.Page withdrawn = parent.submitPlain(lookup, "withdraw", Map.of("reason", reason, "confirm", "on"), null,
                null, null, null, null);
        assertEquals("Đã rút", withdrawn.doc().getElementById("status").text(), withdrawn.text());
        assertTrue(withdrawn.doc().getElementById("notice").text().startsWith("Đã rút hồ sơ."), withdrawn.text());
        assertNull(withdrawn.doc().getElementById("withdraw"), "closed: nothing more to withdraw");
        Element last = withdrawn.doc().select("ol.history li").last();
        assertEquals("Đã rút", last.selectFirst("strong").text());
        assertEquals(reason, last.selectFirst(".said").wholeText(), "the reason, with its line break");
        assertTrue(ProcedureActions.subjectsTo(email).stream().anyMatch(t -> t.contains("Đã rút")), "the address is told");
        PortalClient.Page again = parent.postForm("/s/" + school + "/tra-cuu", withdraw);
        assertEquals("Hồ sơ đã kết thúc, không thể thay đổi.", again.doc().getElementById("e_withdraw").text(), again.text());

        PortalClient staff = staff(school);
        PortalClient.Page opened = staff.get("/admin/s/" + school + "/ho-so/xem?id="
                + ProcedureActions.submissionId(staff, school, tracking));
        assertTrue(opened.doc().getElementById("history").text().contains("Đã rút"), opened.text());
        assertTrue(opened.doc().getElementById("history").text().contains("cháu học trường khác."), opened.text());
        assertNull(opened.doc().getElementById("ask"), "no action left on a withdrawn request");
        assertNull(opened.doc().getElementById("accept"));
        assertTrue(staff.get("/admin/s/" + school + "/nhat-ky").text().contains("submission.withdrawn"), "audited");
    }

    @Test
    void aFormReplacedWhileTheParentFillsItKeepsHisAnswers() {
        String slug = "xac-nhan-" + System.nanoTime() % 100000;
        List<ProcedureActions.Row> v1 = List.of(
                new ProcedureActions.Row("Học sinh", "ho_ten_hoc_sinh", "TEXT", "Họ và tên học sinh", true, "", false),
                new ProcedureActions.Row("Học sinh", "lop", "TEXT", "Lớp", true, "", false));
        PortalClient admin = staff(school);
        String id = ProcedureActions.createProcedure(admin, school, slug, "Xác nhận học sinh", v1);
        PortalClient parent = new PortalClient();
        PortalClient.Page step1 = parent.get("/s/" + school + "/thu-tuc/" + slug + "/nop");
        List<ProcedureActions.Row> v2 = List.of(v1.get(0), v1.get(1),
                new ProcedureActions.Row("Học sinh", "so_ban", "NUMBER", "Số bản", true, "", false));
        ProcedureActions.publishForm(admin, school, id, v2);
        PortalClient.Page moved = parent.submitPlain(step1, "apply-form", Map.of("f_ho_ten_hoc_sinh", "Lê Ngọc Châu",
                "f_lop", "2C"), "next", null, null, null, null);
        assertTrue(moved.doc().getElementById("notice").text().contains("phiên bản mới"), moved.text());
        assertEquals("Lê Ngọc Châu", moved.doc().getElementById("f_ho_ten_hoc_sinh").attr("value"));
        assertEquals("2C", moved.doc().getElementById("f_lop").attr("value"));
        assertNotNull(moved.doc().getElementById("f_so_ban"), "the new field is asked");
        PortalClient.Page versions = admin.get("/admin/s/" + school + "/thu-tuc/mau-don?id=" + id);
        assertTrue(versions.text().contains("Hết hiệu lực") && versions.text().contains("Đang dùng"), versions.text());
        PortalClient.Page notNumber = parent.submitPlain(moved, "apply-form", Map.of("f_so_ban", "hai"), "next",
                null, null, null, null);
        assertTrue(notNumber.doc().getElementById("e_so_ban").text().contains("số"), notNumber.text());
        assertEquals(new String("Lê Ngọc Châu".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                notNumber.doc().getElementById("f_ho_ten_hoc_sinh").attr("value"));
        // "Xuất bản" publishes what is on the screen: it published the last saved draft, the edits left showing.
        PortalClient.Page builder = admin.get("/admin/s/" + school + "/thu-tuc/mau-don?id=" + id);
        PortalClient.Page published = admin.submit(builder, "builder", Map.of("builder:rows:1:label", "Lớp đang học"), "publish");
        assertTrue(published.text().contains("Đã xuất bản phiên bản"), published.text());
        assertTrue(new PortalClient().get("/s/" + school + "/thu-tuc/" + slug + "/nop").text().contains("Lớp đang học"));
        if (Deployments.embeddedDatabase()) {
            // The demo department offers "xin-nghi-hoc" to every primary school: a school's own at that address took its place.
            Map<String, String> fields = new HashMap<>(Map.of("name", "Đơn xin nghỉ học của trường", "slug", "xin-nghi-hoc",
                    "legalBasis", "Thông tư 28/2020/TT-BGDĐT", "applicants", "Cha, mẹ học sinh", "steps", "Nộp đơn",
                    "documents", "Đơn", "timeLimitDays", "2", "fee", "Không thu phí", "result", "Ý kiến", "retentionDays", "365"));
            PortalClient.Page taken = admin.submit(admin.get("/admin/s/" + school + "/thu-tuc"), "proc", fields, "save");
            assertTrue(taken.fieldError("proc:slug").contains("do Sở ban hành"), taken.text());
        }
    }

    /** The form replaced while the parent is on its second step: what that page carried is kept too. */
    @Test
    void aFormReplacedOnALaterStepKeepsThatStepsAnswers() {
        String slug = "nghi-phep-" + System.nanoTime() % 100000;
        PortalClient admin = staff(school);
        String id = ProcedureActions.createProcedure(admin, school, slug, "Đơn xin nghỉ phép", ProcedureActions.LEAVE_FORM);
        PortalClient parent = new PortalClient();
        PortalClient.Page second = parent.submitPlain(parent.get("/s/" + school + "/thu-tuc/" + slug + "/nop"), "apply-form",
                Map.of("f_ho_ten_hoc_sinh", "Vũ Hà My", "f_ngay_sinh", "05/05/2018"), "next", null, null, null, null);
        assertTrue(second.text().contains("Bước 2/4"), second.text());
        List<ProcedureActions.Row> v2 = new java.util.ArrayList<>(ProcedureActions.LEAVE_FORM);
        v2.add(new ProcedureActions.Row("Nghỉ học", "so_ngay", "NUMBER", "Số ngày nghỉ", false, "", false));
        ProcedureActions.publishForm(admin, school, id, v2);
        PortalClient.Page moved = parent.submitPlain(second, "apply-form", Map.of("f_ly_do", "Về quê dự đám cưới."), "next",
                null, null, null, null);
        assertTrue(moved.doc().getElementById("notice").text().contains("phiên bản mới"), moved.text());
        PortalClient.Page again = parent.submitPlain(moved, "apply-form", Map.of(), "next", null, null, null, null);
        assertTrue(again.text().contains("Bước 2/4"), again.text());
        assertEquals("Về quê dự đám cưới.", again.doc().getElementById("f_ly_do").text(), "the reason typed is kept");
    }

    @Test
    void publicPagesListTheProcedureAndTheDepartmentSeesCounts() {
        PortalClient anonymous = new PortalClient();
        PortalClient.Page list = anonymous.get("/s/" + school + "/thu-tuc");
        assertTrue(list.text().contains("Đơn xin nghỉ học"), list.text());
        assertTrue(list.headers().allValues("Set-Cookie").isEmpty(), "no session for readers");
        PortalClient.Page detail = anonymous.get("/s/" + school + "/thu-tuc/don-nghi-hoc");
        assertTrue(detail.text().contains("Thông tư 28/2020/TT-BGDĐT") && detail.text().contains("2 ngày làm việc"));
        PortalClient.Page form = anonymous.get(apply(school));
        assertTrue(form.headers().allValues("Set-Cookie").isEmpty(), "the form itself needs no session");
        assertEquals("no-store", form.headers().firstValue("Cache-Control").orElse(""));
        String email = "thong.ke." + System.nanoTime() + "@example.vn";
        PortalClient.Page codePage = fillUpToCode(anonymous, email);
        anonymous.submitPlain(codePage, "apply-form", Map.of("code", ProcedureActions.latestCode(email)), "next",
                null, null, null, null);
        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page stats = department.get("/admin/thu-tuc");
        assertTrue(stats.text().contains("Trường Tiểu học Thủ Tục"), stats.text());
        byte[] xlsx = department.download(stats, "export", "xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals("Trường", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= sheet.getRow(r).getCell(0).getStringCellValue().equals("Trường Tiểu học Thủ Tục")
                        && sheet.getRow(r).getCell(2).getNumericCellValue() >= 1;
            }
            assertTrue(found, "the school's line is in the export");
            assertEquals("Thủ tục", sheet.getSheetName());
            List<String> schools = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                schools.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            List<String> sorted = new ArrayList<>(schools);
            sorted.sort(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare);
            assertEquals(sorted, schools, "by school in Vietnamese order, not by internal id");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> none = new HashMap<>();
        assertEquals(405, anonymous.postForm("/s/" + school + "/thu-tuc", none).status(), "catalogue pages take no posts");
    }

    /**
     * A parent searches the school's site for a procedure by its name, without accents, or with the keyboard
     * switched off: the search had articles, pages and documents only. The results page names the query in
     * its title, is no search engine's to index, and a page past the last shows the last.
     */
    @Test
    void aParentFindsAProcedureBySearchingTheSchoolsSite() {
        PortalClient parent = new PortalClient();
        String search = "/s/" + school + "/tim-kiem?q=";
        long deadline = System.currentTimeMillis() + 10_000;
        PortalClient.Page found = parent.get(search + "don+xin+nghi+hoc");
        while (System.currentTimeMillis() < deadline && found.doc().select(".search-title a[href$=thu-tuc/don-nghi-hoc]").isEmpty()) {
            found = parent.get(search + "don+xin+nghi+hoc");
        }
        assertFalse(found.doc().select(".search-title a[href$=thu-tuc/don-nghi-hoc]").isEmpty(), found.text());
        assertTrue(found.text().contains("Thủ tục"), "the hit says what it is");
        assertEquals("noindex", found.headers().firstValue("X-Robots-Tag").orElse(""));
        assertTrue(found.doc().title().startsWith("Tìm kiếm: don xin nghi hoc"), found.doc().title());
        PortalClient.Page telex = parent.get(search + "nghir+hocj");
        assertFalse(telex.doc().select(".search-title a[href$=thu-tuc/don-nghi-hoc]").isEmpty(), telex.text());
        assertTrue(telex.doc().getElementById("read-as").text().contains("“nghi hoc”"), telex.text());
        PortalClient.Page past = parent.get(search + "don+xin+nghi+hoc&trang=1000");
        assertFalse(past.doc().select(".search-title a[href$=thu-tuc/don-nghi-hoc]").isEmpty(), "the last page, not an empty one");
        PortalClient.Page none = parent.get(search + "zzkhongcogica");
        assertNotNull(none.doc().getElementById("no-results"), none.text());
        assertNull(none.doc().getElementById("shortcuts"));
        // A query that names one of the site's sections leads to it ("admission" found nothing in English).
        PortalClient.Page section = parent.get(search + "thu+tuc+hanh+chinh");
        assertEquals("/s/" + school + "/thu-tuc", section.doc().select("#shortcuts a").attr("href"), section.text());
        assertEquals("/s/" + school + "/tuyen-sinh", parent.get(search + "admission").doc().select("#shortcuts a").attr("href"));
        assertFalse(parent.get("/s/" + other + "/tim-kiem?q=don+xin+nghi+hoc").body().contains("thu-tuc/don-nghi-hoc"),
                "another school's search never shows it");
    }

    /** The whole story on a phone in Chromium, as the issue tells it; screenshots at 375 px. */
    @Test
    @org.junit.jupiter.api.Tag("browser")
    void aParentOnAPhoneSubmitsTracksAndDownloadsTheResult() throws Exception {
        String email = "phu.huynh." + System.nanoTime() + "@example.vn";
        java.nio.file.Path certificate = java.nio.file.Files.createTempFile("giay-kham", ".pdf");
        java.nio.file.Files.write(certificate, Samples.pdf());
        java.nio.file.Path extra = java.nio.file.Files.createTempFile("bo-sung", ".png");
        java.nio.file.Files.write(extra, Samples.png(60, 60));
        try (vn.edu.portal.it.Browser browser = new vn.edu.portal.it.Browser()) {
            browser.resize(vn.edu.portal.it.Browser.PHONE);
            browser.open("/s/" + school + "/thu-tuc");
            assertTrue(browser.fitsWidth(), "catalogue fits a phone");
            browser.screenshot("procedures-list-375");
            browser.driver().findElement(org.openqa.selenium.By.linkText("Đơn xin nghỉ học")).click();
            browser.click("apply");
            browser.type("f_ho_ten_hoc_sinh", "Hoàng Thu Hà");
            browser.script("document.getElementById('f_ngay_sinh').value = '2019-05-30';");
            browser.type("f_ma_dinh_danh", "0792190");
            browser.click("next");
            assertTrue(browser.find("#e_ma_dinh_danh").getText().contains("12 chữ số"), browser.text());
            assertTrue(browser.fitsWidth(), "the form with its messages fits a phone");
            browser.screenshot("procedure-step-error-375");
            browser.type("f_ma_dinh_danh", "079219001111");
            browser.click("next");
            browser.type("f_ly_do", "Cháu đi khám răng.");
            browser.find("#f_giay_to").sendKeys(certificate.toString());
            browser.click("next");
            browser.type("email", email);
            browser.find("#consent").click();
            browser.click("next");
            assertTrue(browser.text().contains(email), browser.text());
            browser.type("code", ProcedureActions.latestCode(email));
            browser.click("next");
            String tracking = browser.find("#tracking-code").getText();
            assertTrue(browser.fitsWidth(), "the receipt fits a phone");
            browser.screenshot("procedure-receipt-375");

            PortalClient staff = staff(school);
            String id = staff.get("/admin/s/" + school + "/ho-so").doc()
                    .select("#queue a.code:containsOwn(" + tracking + ")").attr("href").replaceAll(".*id=", "");
            PortalClient.Page opened = staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id);
            // Two lines, as a clerk types them: the family reads them as two lines, not run together.
            staff.submit(opened, "ask", Map.of("note", "Xin bổ sung ảnh sổ khám.\nẢnh chụp rõ cả hai trang."), "go");

            browser.open("/s/" + school + "/tra-cuu?ma=" + tracking);
            browser.type("lookup-email", email);
            browser.click("lookup");
            assertEquals("Cần bổ sung", browser.find("#status").getText());
            assertTrue(browser.find("ol.history").getText().contains("Xin bổ sung ảnh sổ khám.\nẢnh chụp rõ cả hai trang."),
                    browser.find("ol.history").getText());
            browser.find("#file").sendKeys(extra.toString());
            browser.click("send-files");
            assertEquals("Đang xử lý", browser.find("#status").getText(), browser.text());

            PortalClient.Page again = staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id);
            staff.submitFile(again, "accept", "result", "ket-qua.pdf", "application/pdf", Samples.pdf(), "go");

            browser.open("/s/" + school + "/tra-cuu?ma=" + tracking);
            browser.type("lookup-email", email);
            browser.click("lookup");
            assertEquals(List.of("Đã tiếp nhận", "Cần bổ sung", "Đang xử lý", "Đã giải quyết"),
                    browser.driver().findElements(org.openqa.selenium.By.cssSelector("ol.history li strong")).stream()
                            .map(org.openqa.selenium.WebElement::getText).toList());
            assertTrue(browser.fitsWidth(), "the lookup fits a phone");
            browser.screenshot("procedure-lookup-375");
            String href = browser.find("a.result-download").getAttribute("href");
            PortalClient.Page pdf = new PortalClient().get(href.substring(href.indexOf("/files/")));
            assertTrue(pdf.body().startsWith("%PDF"), "the result downloads");
        }
    }

    @Test
    void afterTheRetentionPeriodPersonalDataGoesAndCountsStay() {
        String slug = "phuc-khao-" + System.nanoTime() % 100000;
        List<ProcedureActions.Row> rows = List.of(
                new ProcedureActions.Row("Học sinh", "ho_ten_hoc_sinh", "TEXT", "Họ và tên học sinh", true, "", false),
                new ProcedureActions.Row("Học sinh", "giay", "FILE", "Giấy tờ", true, "pdf", false));
        PortalClient admin = staff(school);
        ProcedureActions.createProcedure(admin, school, slug, "Phúc khảo lưu ngắn", rows, "0");
        PortalClient parent = new PortalClient();
        String email = "luu.ngan." + System.nanoTime() + "@example.vn";
        PortalClient.Page step1 = parent.get("/s/" + school + "/thu-tuc/" + slug + "/nop");
        PortalClient.Page contact = parent.submitPlain(step1, "apply-form", Map.of("f_ho_ten_hoc_sinh", "Phạm Khánh Duy"),
                "next", "f_giay", "don.pdf", "application/pdf", Samples.pdf());
        PortalClient.Page codePage = parent.submitPlain(contact, "apply-form", Map.of("email", email, "consent", "on"),
                "next", null, null, null, null);
        String tracking = parent.submitPlain(codePage, "apply-form", Map.of("code", ProcedureActions.latestCode(email)),
                "next", null, null, null, null).doc().getElementById("tracking-code").text();
        String id = admin.get("/admin/s/" + school + "/ho-so").doc()
                .select("#queue a.code:containsOwn(" + tracking + ")").attr("href").replaceAll(".*id=", "");
        PortalClient.Page opened = admin.get("/admin/s/" + school + "/ho-so/xem?id=" + id);
        String attachment = opened.doc().selectFirst("#files a").attr("href");
        admin.submit(opened, "accept", Map.of("resultNote", "Xong"), "go");

        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page ran = department.submit(department.get("/admin/thu-tuc"), "retention", Map.of(), "run");
        assertTrue(ran.text().contains("Đã xóa dữ liệu cá nhân của"), ran.text());
        assertTrue(ran.text().contains("Phúc khảo lưu ngắn"), "the counts stay: " + ran.text());

        PortalClient.Page after = admin.get("/admin/s/" + school + "/ho-so/xem?id=" + id);
        assertFalse(after.text().contains("Phạm Khánh Duy") || after.text().contains(email), after.text());
        assertEquals(404, admin.get(attachment).status(), "the files are deleted");
        PortalClient.Page lookup = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", tracking, "email", email));
        assertTrue(lookup.doc().getElementById("e_lookup") != null, "nothing left to look up");
    }

    @Test
    void fiveWrongCodesUseUpTheCodeAndANewOneWorks() {
        PortalClient parent = new PortalClient();
        String email = "thu.sai." + System.nanoTime() + "@example.vn";
        PortalClient.Page page = fillUpToCode(parent, email);
        String first = ProcedureActions.latestCode(email);
        String wrong = first.equals("111111") ? "222222" : "111111";
        for (int i = 0; i < 5; i++) {
            page = parent.submitPlain(page, "apply-form", Map.of("code", wrong), "next", null, null, null, null);
        }
        PortalClient.Page blocked = parent.submitPlain(page, "apply-form", Map.of("code", first), "next", null, null, null, null);
        assertTrue(blocked.doc().getElementById("e_code").text().contains("quá số lần"), blocked.text());
        assertEquals("", blocked.doc().getElementById("code").attr("value"), "a code is never echoed back");
        PortalClient.Page resent = parent.submitPlain(blocked, "apply-form", Map.of(), "resend", null, null, null, null);
        assertTrue(resent.doc().getElementById("notice").text().contains("mã mới"), resent.text());
        String second = ProcedureActions.latestCode(email);
        PortalClient.Page receipt = parent.submitPlain(resent, "apply-form", Map.of("code", second), "next",
                null, null, null, null);
        assertNotNull(receipt.doc().getElementById("tracking-code"), receipt.text());
    }
}
