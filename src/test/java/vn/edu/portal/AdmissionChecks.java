package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;

/**
 * Grade 1 admission over HTTP: a family from the form to enrolment, the bad input of the issue,
 * a replayed submit, schools kept apart, and public pages that never show a full ID number, a
 * date of birth or an address.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class AdmissionChecks {

    // Not the year of AdmissionPageIT: on MariaDB the IT classes share one database.
    private static final int YEAR = 2030;
    private static final String BORN = "2024-03-14";
    // Rounds of their own, for tests that need other rules or move the dates.
    private static final int EXCEPTION_YEAR = 2034;
    private static final int RETENTION_YEAR = 2033;
    private static final int OTHER_ROUND_YEAR = 2035;
    private static final int LATE_YEAR = 2037;
    private static final int FAMILY_YEAR = 2038;
    private static final int LISTS_YEAR = 2039;
    private String schoolA;
    private String schoolB;
    private String closedSchool;
    private PortalClient admin;


    @BeforeAll
    void round() {
        admin = AdminActions.loginAsDepartmentAdmin();
        schoolA = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsa"), "Trường Tiểu học Tuyển Sinh A");
        schoolB = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsb"), "Trường Tiểu học Tuyển Sinh B");
        closedSchool = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsc"), "Trường Tiểu học Đã Đóng");
        AdminActions.createAccount(admin, schoolA, schoolA + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(admin, schoolB, schoolB + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page closed = AdmissionSteps.createCampaign(admin, YEAR + 1, false);
        AdmissionSteps.addSchool(admin, closed, closedSchool, 1, 30, "Phường Đóng Cửa");
        PortalClient.Page open = AdmissionSteps.createCampaign(admin, YEAR, true);
        open = AdmissionSteps.addSchool(admin, open, schoolA, 1, 2, "Phường Thử Nghiệm\nPhường Hai: Đường Một");
        AdmissionSteps.addSchool(admin, open, schoolB, 1, 2, "Phường Bên Kia");
    }

    private String id(String sexDigit, int serial) {
        return "079" + sexDigit + "24" + String.format("%06d", serial);
    }

    /** A family applies at school A for a boy of this ID number, with this e-mail address: its application's code. */
    private String appliedAtA(String personalId, String email) {
        PortalClient parent = new PortalClient();
        Map<String, String> v = AdmissionSteps.family(personalId, BORN, "MALE", "Phường Thử Nghiệm", email);
        return AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin,
                AdmissionSteps.fillAll(parent, schoolA, v), email));
    }

    private void accept(String school, String code) {
        AdmissionSteps.accept(school, code);
    }

    @Test
    void aFamilyAppliesIsVerifiedAllocatedAndConfirmsEnrolment() {
        // A round of its own: this test allocates and publishes.
        String schoolA = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsf"), "Trường Tiểu học Tuyển Sinh A");
        String schoolB = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsg"), "Trường Tiểu học Tuyển Sinh B");
        AdminActions.createAccount(admin, schoolA, schoolA + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, FAMILY_YEAR, true);
        round = AdmissionSteps.addSchool(admin, round, schoolA, 1, 2, "Phường Thử Nghiệm\nPhường Hai: Đường Một");
        AdmissionSteps.addSchool(admin, round, schoolB, 1, 2, "Phường Bên Kia");
        String born = (FAMILY_YEAR - 6) + "-03-14";
        PortalClient parent = new PortalClient();
        String email = "gia-dinh-a@example.com";
        Map<String, String> v = AdmissionSteps.family("0792" + (FAMILY_YEAR - 2006) + "000101", born, "FEMALE",
                "phường thử nghiệm", email);
        PortalClient.Page start = parent.get("/s/" + schoolA + "/tuyen-sinh/dang-ky");
        assertTrue(start.headers().allValues("Set-Cookie").isEmpty(), "the public form creates no session");
        assertEquals("no-store", start.headers().firstValue("Cache-Control").orElse(""));
        PortalClient.Page p = parent.submit(start, "apply", Map.of(), "start");

        // An ID that disagrees with the sex: refused next to the field, what was typed is kept.
        PortalClient.Page refused = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "childName", "personalId",
                "birthDate", "sex", "birthPlace", "ethnicity"));
        assertEquals("Chữ số thứ tư của số định danh không khớp với giới tính đã khai.", refused.fieldError("personalId"));
        assertEquals("Nguyễn Văn Thử", refused.doc().getElementById("childName").val());
        assertEquals("Bệnh viện Từ Dũ", refused.doc().getElementById("birthPlace").val());
        // The step comes back saying what was refused, each a link to its field, with the focus on the first
        // (it came back at the page's top, and a screen reader read the same page again).
        assertEquals("Chưa chuyển sang bước sau: 1 mục cần sửa.", refused.doc().selectFirst("#error-summary p").text());
        assertEquals("#personalId", refused.doc().selectFirst("#error-summary a").attr("href"));
        assertTrue(refused.doc().getElementById("personalId").hasAttr("autofocus"), refused.body());
        // Too young, and a year that does not match.
        Map<String, String> young = new HashMap<>(AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex",
                "birthPlace", "ethnicity"));
        young.put("sex", "MALE");
        young.put("birthDate", (FAMILY_YEAR - 5) + "-01-02");
        PortalClient.Page tooYoung = AdmissionSteps.step(parent, refused, young);
        assertTrue(tooYoung.fieldError("birthDate").contains("chưa đủ tuổi"), tooYoung.text());
        assertTrue(tooYoung.fieldError("personalId").contains("không khớp với năm sinh"), tooYoung.text());
        v.put("sex", "MALE");
        p = AdmissionSteps.step(parent, tooYoung, AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex",
                "birthPlace", "ethnicity"));
        assertTrue(p.text().contains("Bước 2 / 6"), p.text());
        // Enter in a field presses the form's first submit button (HTML's implicit submission): forward, never "Back",
        // which saves nothing (what was typed was lost).
        assertEquals("enter", p.doc().selectFirst("form#apply button[type=submit]").id(), p.body());
        p = parent.submit(p, "apply", AdmissionSteps.pick(v, "curProvince", "curWard", "curStreet", "permProvince",
                "permWard", "permStreet"), "enter");
        assertTrue(p.text().contains("Bước 3 / 6"), p.text());
        assertTrue(p.text().contains("Nhóm 1 tại Trường Tiểu học Tuyển Sinh A vì phường thử nghiệm thuộc tuyến"), p.text());
        PortalClient.Page badMail = AdmissionSteps.step(parent, p, Map.of("declarantName", "Trần Thị Mẹ", "email", "not-an-address"));
        assertEquals("Địa chỉ e-mail không hợp lệ.", badMail.fieldError("email"));
        assertEquals("Trần Thị Mẹ", badMail.doc().getElementById("declarantName").val());
        p = AdmissionSteps.step(parent, badMail, AdmissionSteps.pick(v, "motherName", "motherBirthYear", "declarantName",
                "declarantRelation", "phone", "email"));
        PortalClient.Page noConsent = AdmissionSteps.step(parent, p, Map.of());
        assertEquals("Vui lòng đánh dấu ô đồng ý để nộp hồ sơ trực tuyến; nếu không đồng ý, gia đình nộp hồ sơ trực tiếp tại trường.",
                noConsent.fieldError("consent"));
        // The consent is a box of its own, with who processes what until when; the declaration that the data is true is
        // the submit's (one box held both, and refusing the one refused the other).
        assertTrue(noConsent.doc().getElementById("consent-text").text().startsWith("Tôi đồng ý để trường nơi nộp hồ sơ, các trường"
                + " nguyện vọng khác (nếu có) và Sở Giáo dục và Đào tạo xử lý"), noConsent.text());
        assertTrue(noConsent.doc().getElementById("consent-text").text().matches(".*đến hết ngày \\d{2}/\\d{2}/\\d{4}.*"),
                noConsent.doc().getElementById("consent-text").text());
        PortalClient.Page forged = AdmissionSteps.step(parent, noConsent, Map.of("consent", "true", "preference2", "999999999"));
        assertEquals("Trường được chọn không tham gia đợt tuyển sinh này.", forged.fieldError("preference2"));
        p = AdmissionSteps.step(parent, forged, Map.of("consent", "true", "preference2", ""));
        assertTrue(p.text().contains("Bước 5 / 6"), p.text());
        // A web page named .pdf is refused by its content.
        PortalClient.Page disguised = parent.submitFile(p, "apply", "birthCert", "khai-sinh.pdf", "application/pdf",
                Samples.html(), "next");
        assertEquals("Tệp không phải PDF, JPEG hoặc PNG hợp lệ.", disguised.fieldError("birthCert"));
        PortalClient.Page big = parent.submitFile(disguised, "apply", "birthCert", "to.pdf", "application/pdf",
                new byte[6 * 1024 * 1024], "next");
        assertTrue(big.fieldError("birthCert").startsWith("Tệp vừa chọn quá lớn nên chưa được nhận: mỗi giấy tờ tối đa 5 MB"),
                big.text());
        p = parent.submitFile(big, "apply", "birthCert", "khai-sinh.pdf", "application/pdf", Samples.pdf(), "next");
        p = parent.submitFile(p, "apply", "residence", "cu-tru.png", "image/png", Samples.png(40, 30), "next");
        assertTrue(p.text().contains("Bước 6 / 6"), p.text());

        PortalClient.Page sent = parent.submit(p, "apply", Map.of(), "sendCode");
        String code = AdmissionSteps.codeFromOutbox(admin, email);
        PortalClient.Page wrong = parent.submit(sent, "apply", Map.of("code", code.equals("000000") ? "111111" : "000000"), "submit");
        assertEquals("Mã xác nhận không đúng.", wrong.fieldError("code"));
        PortalClient.Page receipt = parent.submit(wrong, "apply", Map.of("code", code), "submit");
        String applicationCode = AdmissionSteps.applicationCode(receipt);
        assertTrue(applicationCode.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), applicationCode);
        // The receipt's QR code (the forms' one renderer, inline SVG): the look-up address with the code, nothing personal.
        var qr = receipt.doc().select("#receipt-qr svg.qr");
        assertEquals(1, qr.size(), receipt.text());
        assertEquals(applicationCode, qr.attr("aria-label"));
        assertTrue(qr.select("path").attr("d").length() > 100, "the QR code has its modules");
        assertEquals(404, parent.get("/s/" + schoolA + "/tuyen-sinh/qr/" + applicationCode + ".png").status(),
                "no second renderer");

        // The same submit again (a retry, a double click): the same application.
        PortalClient.Page replay = parent.submit(wrong, "apply", Map.of("code", code), "submit");
        assertEquals(applicationCode, AdmissionSteps.applicationCode(replay));

        // A second application for the same child is refused at the first step.
        PortalClient other = new PortalClient();
        PortalClient.Page second = other.submit(other.get("/s/" + schoolB + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        PortalClient.Page duplicate = AdmissionSteps.step(other, second, AdmissionSteps.pick(v, "childName", "personalId",
                "birthDate", "sex", "birthPlace", "ethnicity"));
        assertTrue(duplicate.fieldError("personalId").startsWith("Trẻ này đã có một hồ sơ"), duplicate.text());
        // "An application exists" is answered by the number alone (no date of birth can be learnt from it) and is the
        // same however often it is asked; what can be guessed at, the comparison with the child's imported record, is
        // counted ten an hour and then skipped (AdmissionReviewChecks.theFirstStep…). Refusing every answer after ten
        // let a stranger who knew the number keep the family from applying for the whole window (finding 194).
        PortalClient.Page asked = duplicate;
        for (int more = 0; more < 11; more++) {
            asked = AdmissionSteps.step(other, asked, AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex",
                    "birthPlace", "ethnicity"));
        }
        assertTrue(asked.fieldError("personalId").startsWith("Trẻ này đã có một hồ sơ"), asked.text());
        assertEquals(v.get("childName"), asked.doc().getElementById("childName").val(), "what was typed is kept");
        // Nor by "Quay lại" and then the submit: the back kept the child's values unchecked and the submit checked them
        // again, uncounted (a date of birth a press). A first step changed on the way back is passed again by "next".
        PortalClient prober = new PortalClient();
        Map<String, String> own = AdmissionSteps.family("0792" + (FAMILY_YEAR - 2006) + "000202", born, "MALE",
                "phường thử nghiệm", "do-tham@example.com");
        PortalClient.Page last = AdmissionSteps.fillAll(prober, schoolA, own);
        String token = last.doc().selectFirst("form#apply input[name=token]").val();
        PortalClient.Page first = prober.get("/s/" + schoolA + "/tuyen-sinh/dang-ky?t=" + token + "&step=1");
        assertTrue(first.text().contains("Bước 1 / 6"), first.text());
        Map<String, String> target = AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex", "birthPlace", "ethnicity");
        PortalClient.Page backed = prober.submitPlain(first, "apply", target, "back", null, null, null, null);
        PortalClient.Page pressed = prober.submitPlain(backed, "apply", Map.of("code", "123456"), "submit", null, null, null, null);
        assertFalse(pressed.text().contains("Trẻ này đã có một hồ sơ"), pressed.text());
        assertTrue(pressed.text().contains("Bước 1 / 6"), pressed.text());
        PortalClient.Page sixth = prober.get("/s/" + schoolA + "/tuyen-sinh/dang-ky?t=" + token + "&step=6");
        assertFalse(sixth.text().contains("Bước 6 / 6"), "the changed first step is passed again first: " + sixth.text());
        // Nor by a "next" the checks refuse (its values were kept, the draft stayed on its last step) and then the
        // submit from the last step.
        PortalClient prober2 = new PortalClient();
        PortalClient.Page secondLast = AdmissionSteps.fillAll(prober2, schoolA, AdmissionSteps.family("0792" + (FAMILY_YEAR - 2006)
                + "000303", born, "MALE", "phường thử nghiệm", "do-tham-2@example.com"));
        String secondToken = secondLast.doc().selectFirst("form#apply input[name=token]").val();
        PortalClient.Page limited = AdmissionSteps.step(prober2, prober2.get("/s/" + schoolA + "/tuyen-sinh/dang-ky?t=" + secondToken
                + "&step=1"), target);
        assertTrue(limited.fieldError("personalId").startsWith("Trẻ này đã có một hồ sơ"), limited.text());
        PortalClient.Page submitted = prober2.submit(secondLast, "apply", Map.of("code", "123456"), "submit");
        assertFalse(submitted.text().contains("Trẻ này đã có một hồ sơ"), submitted.text());

        // Look-up with the code and e-mail.
        PortalClient.Page lookup = parent.submit(parent.get("/s/" + schoolA + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", applicationCode.toLowerCase().replace("-", " "), "email", email), "lookup:find");
        assertEquals("Đã nộp, chờ xác minh", lookup.doc().getElementById("status").text(), lookup.text());
        PortalClient.Page notTheirs = parent.submit(parent.get("/s/" + schoolA + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", applicationCode, "email", "someone-else@example.com"), "lookup:find");
        assertNull(notTheirs.doc().getElementById("found"));
        // The consent as the family gave it, shown to the family and to the school (it was recorded and shown to no one).
        assertTrue(lookup.doc().getElementById("consent-recorded").text().contains("Tôi đồng ý để trường nơi nộp hồ sơ"),
                lookup.text());

        accept(schoolA, applicationCode);
        PortalClient staffOfA = AdminActions.loggedIn(schoolA + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page queue = staffOfA.get("/admin/s/" + schoolA + "/tuyen-sinh");
        assertNull(queue.doc().getElementById("export"), "no list of headings before the results (it came out empty)");
        assertTrue(queue.doc().getElementById("export-not-yet").text().startsWith("Danh sách trúng tuyển của "),
                queue.text());
        try (var allocation = AdmissionSteps.travel(4)) {
            String digest = AdmissionSteps.allocate(admin, FAMILY_YEAR);
            assertEquals(digest, AdmissionSteps.allocate(admin, FAMILY_YEAR), "running the allocation twice gives the same result");
            AdmissionSteps.publish(admin, FAMILY_YEAR);
        }
        try (var results = AdmissionSteps.travel(5)) {
            PortalClient.Page list = parent.get("/s/" + schoolA + "/tuyen-sinh/ket-qua");
            assertEquals("Trúng tuyển: 1 trẻ. Trong đó 1 trẻ không nêu tên để không ai ghép được tên với diện ưu tiên; "
                    + "gia đình tra cứu kết quả bằng mã hồ sơ.", list.doc().getElementById("admitted-count").text(),
                    "one child is too few to be named");
            assertFalse(list.text().contains(applicationCode), "no application code on a public list");
            assertEquals("noindex, noarchive", list.headers().firstValue("X-Robots-Tag").orElse(""),
                    "a list of children is no search engine's to index or keep a copy of");
            assertEquals("noindex, noarchive", parent.get("/s/" + schoolA + "/tuyen-sinh/danh-sach").headers()
                    .firstValue("X-Robots-Tag").orElse(""));
            assertTrue(parent.get("/s/" + schoolA + "/tuyen-sinh").headers().firstValue("X-Robots-Tag").isEmpty(),
                    "the round's page, which says how to apply, is indexed");
            byte[] admitted = staffOfA.download(staffOfA.get("/admin/s/" + schoolA + "/tuyen-sinh"), "export", "excel");
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(admitted))) {
                assertEquals(applicationCode, book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue(),
                        "the school's admitted list holds the admitted child");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // The results look-up is a plain post: no JSF state on the page, no session from the answer.
            assertNull(list.doc().selectFirst("input[name=jakarta.faces.ViewState]"), "no JSF state on the results page");
            PortalClient.Page mine = new PortalClient().submitPlain(list, "result", Map.of("code", applicationCode,
                    "personalId", v.get("personalId")), null, null, null, null, null);
            assertEquals(200, mine.status());
            assertTrue(mine.headers().allValues("Set-Cookie").isEmpty(), "the look-up creates no session");
            assertTrue(mine.doc().getElementById("result-found").text().contains("Trúng tuyển"), mine.text());
            assertEquals(applicationCode, mine.doc().getElementById("result:code").val(), "what was typed is kept");
            // The next family's look-up is filled into the same copy of the page: nothing of the first.
            PortalClient.Page next = new PortalClient().submitPlain(list, "result", Map.of("code", "ZZZZ-ZZZZ",
                    "personalId", "079000000001"), null, null, null, null, null);
            assertEquals(200, next.status());
            assertNull(next.doc().getElementById("result-found"), next.text());
            assertEquals("ZZZZ-ZZZZ", next.doc().getElementById("result:code").val());
            assertFalse(next.text().contains(applicationCode) || next.body().contains(v.get("personalId")),
                    "another family's answer shows nothing of the one before: " + next.text());
            assertFalse(next.body().contains("<!--answer-"), "the copy's mark never reaches a page");
            assertEquals(mine.doc().getElementById("admitted-count").text(), next.doc().getElementById("admitted-count").text(),
                    "the rest of the page is the same for both");

            PortalClient.Page found = parent.submit(parent.get("/s/" + schoolA + "/tuyen-sinh/tra-cuu"), "lookup",
                    Map.of("ma", applicationCode, "email", email), "lookup:find");
            assertEquals("Trúng tuyển", found.doc().getElementById("status").text());
            // The code and the address are on a receipt a family may have shared: one press does not enrol
            // (a stranger holding the receipt chose the school for the family); it mails a code to that address.
            PortalClient.Page askedEnrol = parent.submit(found, "lookup", Map.of(), "lookup:enrol");
            assertEquals("Trúng tuyển", askedEnrol.doc().getElementById("status").text(), "not enrolled by the first press: " + askedEnrol.text());
            assertNull(askedEnrol.doc().getElementById("enrol-receipt"), askedEnrol.text());
            PortalClient.Page wrongCode = parent.submit(askedEnrol, "lookup", Map.of("enrolCode", "000000"), "lookup:enrolConfirmed");
            assertEquals("Mã xác nhận không đúng.", wrongCode.fieldError("lookup:enrolCode"), wrongCode.text());
            assertEquals("Trúng tuyển", wrongCode.doc().getElementById("status").text(), "not enrolled without the mailed code");
            PortalClient.Page enrolled = AdmissionSteps.enrol(admin, parent, found, email);
            assertTrue(enrolled.text().contains("Đã xác nhận nhập học. Số biên nhận: NH-"), enrolled.text());
            assertTrue(enrolled.doc().getElementById("enrol-receipt").text().startsWith("NH-"));
        }
        assertTrue(AdmissionSteps.codeFromOutboxSubject(admin, email, "Hồ sơ tuyển sinh " + applicationCode));
    }

    @Test
    void anAddressOutsideEveryZoneIsGroupTwoAndExplained() {
        PortalClient parent = new PortalClient();
        Map<String, String> v = AdmissionSteps.family(id("3", 202), BORN, "FEMALE", "Phường Xa Lạ", "xa-la@example.com");
        PortalClient.Page p = parent.submit(parent.get("/s/" + schoolB + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex", "birthPlace", "ethnicity"));
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "curProvince", "curWard", "curStreet", "permProvince", "permWard", "permStreet"));
        assertTrue(p.text().contains("Nhóm 2 tại Trường Tiểu học Tuyển Sinh B: Phường Xa Lạ không thuộc tuyến của trường nào. "
                + "Tuyến của trường gồm: Phường Bên Kia."), p.text());
        PortalClient.Page back = parent.submit(p, "apply", Map.of(), "back");
        assertEquals("Phường Xa Lạ", back.doc().getElementById("curWard").val(), "what was typed is kept");
    }

    @Test
    void aSubmissionAfterTheWindowIsRefusedWithTheDates() {
        PortalClient parent = new PortalClient();
        PortalClient.Page p = parent.submit(parent.get("/s/" + closedSchool + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        String from = LocalDate.now(AdmissionSteps.ZONE).minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String to = LocalDate.now(AdmissionSteps.ZONE).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(p.text().contains("Nộp hồ sơ: chỉ thực hiện trong thời gian đăng ký, từ " + from + " đến hết " + to
                + ". Hiện nay đợt tuyển sinh đang ở giai đoạn: công bố kết quả, xác nhận nhập học."), p.text());
        assertNull(p.doc().getElementById("childName"));
    }

    @Test
    void schoolsSeeOnlyTheirOwnApplications() {
        PortalClient parent = new PortalClient();
        String email = "gia-dinh-c@example.com";
        Map<String, String> v = AdmissionSteps.family(id("2", 303), BORN, "MALE", "Phường Thử Nghiệm", email);
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin,
                AdmissionSteps.fillAll(parent, schoolA, v), email));
        PortalClient staffA = AdminActions.loggedIn(schoolA + ".admin", ItAccounts.STAFF_PASSWORD);
        var link = staffA.get("/admin/s/" + schoolA + "/tuyen-sinh").doc().select("#queue a:containsOwn(" + code + ")").first();
        assertNotNull(link);
        PortalClient staffB = AdminActions.loggedIn(schoolB + ".admin", ItAccounts.STAFF_PASSWORD);
        assertEquals(403, staffB.get("/admin/s/" + schoolA + "/tuyen-sinh").status());
        PortalClient.Page forged = staffB.get("/admin/s/" + schoolB + "/tuyen-sinh" + link.attr("href"));
        assertEquals(200, forged.status());
        assertNull(forged.doc().getElementById("application"), "another school's application is not shown");
        assertFalse(forged.text().contains(code));
        // The parent's look-up works on the school applied to only.
        PortalClient.Page elsewhere = parent.submit(parent.get("/s/" + schoolB + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", code, "email", email), "lookup:find");
        assertNull(elsewhere.doc().getElementById("found"));
        // Opened from a filtered list, the application keeps the filter, and leads on to the next one (the clerk was
        // back in the whole list of every round after each decision).
        PortalClient.Page filtered = staffA.get("/admin/s/" + schoolA + "/tuyen-sinh?trang-thai=SUBMITTED");
        assertEquals("true", filtered.doc().select(".filters a[href$=SUBMITTED]").attr("aria-current"));
        var fromFilter = filtered.doc().select("#queue a:containsOwn(" + code + ")").first();
        assertTrue(fromFilter.attr("href").endsWith("&trang-thai=SUBMITTED"), fromFilter.outerHtml());
        PortalClient.Page openedFiltered = staffA.get("/admin/s/" + schoolA + "/tuyen-sinh" + fromFilter.attr("href"));
        assertEquals("SUBMITTED", openedFiltered.doc().select("#decide input[name=trang-thai]").val(), openedFiltered.text());
        // Viewing a paper is logged.
        PortalClient.Page one = staffA.get("/admin/s/" + schoolA + "/tuyen-sinh" + link.attr("href"));
        PortalClient.Page pdf = staffA.submit(one, "papers", Map.of(), "birthCert");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String log = staffA.get("/admin/s/" + schoolA + "/nhat-ky").text();
        assertTrue(log.contains("admission.document.view"), log);
        // So is opening the child's record itself (ID, birth date, address, parents), by whom.
        assertTrue(log.contains("admission.application.view") && log.contains(code), log);
    }

    @Test
    void publicListsAndOpenDataNeverShowAnIdDigitABirthDateAnAddressOrACode() {
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsd"), "Trường Tiểu học Danh Sách");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, LISTS_YEAR, true);
        AdmissionSteps.addSchool(admin, round, school, 1, 2, "Phường Bên Kia");
        PortalClient parent = new PortalClient();
        String email = "gia-dinh-d@example.com";
        String personalId = "0793" + (LISTS_YEAR - 2006) + "000404";
        String born = (LISTS_YEAR - 6) + "-07-09";
        Map<String, String> v = AdmissionSteps.family(personalId, born, "FEMALE", "Phường Bên Kia", email);
        v.put("childName", "Lê Thị Bí Mật");
        v.put("curStreet", "88 Hẻm Không Công Khai");
        v.put("permStreet", "88 Hẻm Không Công Khai");
        PortalClient.Page receipt = AdmissionSteps.confirmAndSubmit(parent, admin, AdmissionSteps.fillAll(parent, school, v), email);
        String code = AdmissionSteps.applicationCode(receipt);
        String key = receipt.doc().getElementById("lottery-key").text().replace("-", "").toLowerCase();
        PortalClient.Page registrants = parent.get("/s/" + school + "/tuyen-sinh/danh-sach");
        assertEquals("1 hồ sơ", registrants.doc().getElementById("registrant-count").text());
        assertFalse(registrants.text().contains("Lê T. B. M."), "one registrant is too few to be named");
        accept(school, code);
        try (var allocation = AdmissionSteps.travel(4)) {
            AdmissionSteps.allocate(admin, LISTS_YEAR);
            AdmissionSteps.publish(admin, LISTS_YEAR);
        }
        String day = born.substring(8) + "/" + born.substring(5, 7) + "/" + born.substring(0, 4);
        List<String> addresses = List.of("/s/" + school + "/tuyen-sinh", "/s/" + school + "/tuyen-sinh/danh-sach",
                "/s/" + school + "/tuyen-sinh/ket-qua", "/tuyen-sinh", "/tuyen-sinh/so-lieu.csv", "/tuyen-sinh/so-lieu.json",
                "/tuyen-sinh/xet-tuyen-" + LISTS_YEAR + ".json", "/tuyen-sinh/xet-tuyen-" + LISTS_YEAR + ".csv",
                "/tuyen-sinh/ket-qua-xet-tuyen-" + LISTS_YEAR + ".csv", "/tuyen-sinh/boc-tham");
        try (var results = AdmissionSteps.travel(5)) {
            boolean seenInInputs = false;
            for (String address : addresses) {
                PortalClient.Page page = parent.get(address);
                assertEquals(200, page.status(), address);
                String body = page.body();
                assertFalse(body.matches("(?s).*\\b\\d{12}\\b.*"), "a full ID number on " + address);
                // "0404" inside the hex of a lottery commitment or secret is no piece of the ID (with every round of the
                // suite on the lottery page, one of their hashes held it once).
                String unhashed = body.replaceAll("(?i)(?<![0-9a-z])[0-9a-f]{32,}(?![0-9a-z])", "(hash)");
                for (String secret : List.of(personalId, "0404", born, day, "Hẻm Không Công Khai", "Lê Thị Bí Mật",
                        "Trần Thị Mẹ", email, "0901234567", "Đường Riêng Tư", code)) {
                    assertFalse(unhashed.contains(secret), secret + " on " + address);
                }
                seenInInputs |= address.endsWith(LISTS_YEAR + ".csv") && body.contains(key);
            }
            assertTrue(seenInInputs, "the allocation data lists the child by its lottery key, which only the family holds");
            assertTrue(parent.get("/tuyen-sinh/so-lieu.json").body().contains("\"admitted\""));
        }
    }

    @Test
    void fiveSubmitsOfOneDraftAtOnceGiveOneApplicationAndTheSameCode() throws Exception {
        PortalClient parent = new PortalClient();
        String email = "bam-nhieu-lan@example.com";
        Map<String, String> v = AdmissionSteps.family(id("2", 505), BORN, "MALE", "Phường Thử Nghiệm", email);
        PortalClient.Page ready = parent.submit(AdmissionSteps.fillAll(parent, schoolA, v), "apply", Map.of(), "sendCode");
        String code = AdmissionSteps.codeFromOutbox(admin, email);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        java.util.Set<String> shown = new java.util.HashSet<>();
        try {
            List<java.util.concurrent.Future<PortalClient.Page>> presses = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                presses.add(pool.submit(() -> parent.submit(ready, "apply", Map.of("code", code), "submit")));
            }
            for (var press : presses) {
                PortalClient.Page receipt = press.get();
                assertNotNull(receipt.doc().getElementById("application-code"), "every press shows the receipt: " + receipt.text());
                shown.add(AdmissionSteps.applicationCode(receipt));
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, shown.size(), "five presses, one application: " + shown);
        PortalClient staff = AdminActions.loggedIn(schoolA + ".admin", ItAccounts.STAFF_PASSWORD);
        assertEquals(1, staff.get("/admin/s/" + schoolA + "/tuyen-sinh").doc()
                .select("#queue a:containsOwn(" + shown.iterator().next() + ")").size());
    }

    /**
     * A statement of the submit failing (a table of the server's made to fail): "press again" next to the
     * code, the code still typed. The database already down when the family presses (the server's account
     * locked, its connections cut): no error page, but one that carries the code back; pressed again once
     * the database answers, it is the receipt. MariaDB only.
     */
    @Test
    void aSubmitThatMeetsTheDatabaseAwayKeepsTheCodeToPressAgain() {
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.edu.portal.it.DatabaseOutage.possible(),
                "the embedded database cannot be made to fail");
        PortalClient parent = new PortalClient();
        String email = "mat-ket-noi@example.com";
        Map<String, String> v = AdmissionSteps.family(id("2", 525), BORN, "MALE", "Phường Thử Nghiệm", email);
        PortalClient.Page ready = parent.submit(AdmissionSteps.fillAll(parent, schoolA, v), "apply", Map.of(), "sendCode");
        String code = AdmissionSteps.codeFromOutbox(admin, email);
        PortalClient.Page lost;
        try (vn.edu.portal.it.DatabaseOutage outage = vn.edu.portal.it.DatabaseOutage.table("admission_application")) {
            lost = parent.submit(ready, "apply", Map.of("code", code), "submit");
        }
        assertEquals(200, lost.status(), lost.text());
        assertTrue(lost.fieldError("code").contains("bấm \"Nộp hồ sơ\" lại"), lost.text());
        assertEquals(code, lost.doc().getElementById("code").val(), "the code typed is kept");
        PortalClient.Page away;
        try (vn.edu.portal.it.DatabaseOutage outage = vn.edu.portal.it.DatabaseOutage.database("/s/" + schoolA + "/tuyen-sinh/tra-cuu")) {
            away = parent.submit(lost, "apply", Map.of("code", code), "submit");
        }
        assertEquals(503, away.status(), away.text());
        assertTrue(away.text().contains("được giữ trong trang này"), away.text());
        assertEquals(code, away.doc().select("#press-again input[name=code]").val(), "the code typed is kept");
        PortalClient.Page receipt = parent.submitPlain(away, "press-again", Map.of(), null, null, null, null, null);
        assertNotNull(receipt.doc().getElementById("application-code"), receipt.text());
    }

    @Test
    void twoDraftsOfOneChildSubmittedOneAfterTheOtherGiveOneApplicationAndAClearMessage() {
        String personalId = id("3", 606);
        PortalClient mother = new PortalClient();
        PortalClient father = new PortalClient();
        Map<String, String> byMother = AdmissionSteps.family(personalId, BORN, "FEMALE", "Phường Thử Nghiệm", "me-606@example.com");
        Map<String, String> byFather = new HashMap<>(byMother);
        byFather.put("email", "bo-606@example.com");
        // Both reach the last step before either submits: the check of step 1 found no application yet.
        PortalClient.Page motherReady = mother.submit(AdmissionSteps.fillAll(mother, schoolA, byMother), "apply", Map.of(), "sendCode");
        PortalClient.Page fatherReady = father.submit(AdmissionSteps.fillAll(father, schoolB, byFather), "apply", Map.of(), "sendCode");
        AdmissionSteps.applicationCode(mother.submit(motherReady, "apply",
                Map.of("code", AdmissionSteps.codeFromOutbox(admin, "me-606@example.com")), "submit"));
        PortalClient.Page refused = father.submit(fatherReady, "apply",
                Map.of("code", AdmissionSteps.codeFromOutbox(admin, "bo-606@example.com")), "submit");
        assertNull(refused.doc().getElementById("application-code"), refused.text());
        assertTrue(refused.fieldError("personalId").startsWith("Trẻ này đã có một hồ sơ"), refused.text());
        assertEquals("Nguyễn Văn Thử", refused.doc().getElementById("childName").val(), "what was typed is kept");
    }

    @Test
    void anOlderChildNeedsTheSchoolsDecisionWithAReasonThatIsKeptAndMailed() {
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsn"), "Trường Tiểu học Ngoại Lệ");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, EXCEPTION_YEAR, true, true);
        AdmissionSteps.addSchool(admin, round, school, 1, 30, "Phường Ngoại Lệ");
        // Born 2026 for the school year 2034 (children born 2028): two years older, allowed as an exception.
        String email = "ngoai-le@example.com";
        Map<String, String> v = AdmissionSteps.family("079226000501", "2026-05-20", "MALE", "Phường Ngoại Lệ", email);
        PortalClient parent = new PortalClient();
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin,
                AdmissionSteps.fillAll(parent, school, v), email));

        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page queue = staff.get("/admin/s/" + school + "/tuyen-sinh");
        assertTrue(queue.doc().select("#queue tr:contains(" + code + ")").text().contains("Ngoại lệ độ tuổi"), queue.text());
        PortalClient.Page one = AdmissionSteps.openApplication(staff, school, code);
        String flag = one.doc().getElementById("staff-decision").text();
        assertTrue(flag.contains("sinh năm 2026") && flag.contains("sinh năm 2028"), flag);

        PortalClient.Page bare = staff.submit(one, "decide", Map.of(), "accept");
        assertTrue(bare.fieldError("decide:reason").startsWith("Hồ sơ ngoại lệ độ tuổi: vui lòng ghi lý do chấp nhận"), bare.text());
        assertEquals("Đã nộp, chờ xác minh", bare.doc().getElementById("status").text());

        String why = "Trẻ khuyết tật vận động, có giấy xác nhận của bệnh viện";
        PortalClient.Page accepted = staff.submit(bare, "decide", Map.of("reason", why), "accept");
        assertEquals("Hồ sơ hợp lệ", accepted.doc().getElementById("status").text(), accepted.text());
        assertTrue(accepted.doc().select("ol.history").text().contains("Nhà trường chấp nhận ngoại lệ độ tuổi: " + why),
                accepted.text());
        assertTrue(accepted.doc().getElementById("staff-decision").text().contains("Nhà trường đã quyết định"), accepted.text());
        assertTrue(AdmissionSteps.mailBodies(admin, email, "Hồ sơ tuyển sinh " + code).stream()
                .anyMatch(b -> b.contains("Hồ sơ hợp lệ") && b.contains("Nhà trường chấp nhận ngoại lệ độ tuổi: " + why)));
        PortalClient.Page lookup = parent.submit(parent.get("/s/" + school + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", code, "email", email), "lookup:find");
        assertTrue(lookup.doc().select("ol.history").text().contains(why), "the parent sees the decision: " + lookup.text());
        // Staff's own words keep their line breaks wherever a history shows them (the style "said").
        assertTrue(lookup.doc().select("ol.history .said").text().contains(why), lookup.doc().select("ol.history").html());
        assertTrue(accepted.doc().select("ol.history .said").text().contains(why), accepted.doc().select("ol.history").html());

        // Six years older: no longer refused; the education authority decides and the school records it.
        String olderEmail = "lon-tuoi-hon@example.com";
        Map<String, String> older = AdmissionSteps.family("079222000502", "2022-01-15", "MALE", "Phường Ngoại Lệ", olderEmail);
        PortalClient family = new PortalClient();
        String olderCode = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(family, admin,
                AdmissionSteps.fillAll(family, school, older), olderEmail));
        PortalClient.Page office = AdmissionSteps.openApplication(staff, school, olderCode);
        assertTrue(office.doc().getElementById("staff-decision").text().contains("cơ quan quản lý giáo dục quyết định"),
                office.text());
        PortalClient.Page noDecision = staff.submit(office, "decide", Map.of(), "accept");
        assertTrue(noDecision.fieldError("decide:reason").startsWith("Trẻ lớn hơn 3 tuổi so với quy định"), noDecision.text());
        PortalClient.Page recorded = staff.submit(noDecision, "decide", Map.of("reason", "Quyết định số 12/QĐ-SGDĐT"), "accept");
        assertTrue(recorded.doc().select("ol.history").text().contains(
                "Cơ quan quản lý giáo dục chấp nhận (trẻ lớn hơn 3 tuổi so với quy định): Quyết định số 12/QĐ-SGDĐT"), recorded.text());
    }

    /** The files the server keeps under an area of its storage directory. */
    private static Set<Path> stored(String area) {
        Path dir = Deployments.storageDir().resolve(area);
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Path> added(Set<Path> before, Set<Path> after) {
        return after.stream().filter(p -> !before.contains(p)).collect(Collectors.toSet());
    }

    @Test
    void afterTheRetentionDatePersonalDataGoesWithThePapersAndTheCountsStay() {
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsl"), "Trường Tiểu học Lưu Trữ");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, RETENTION_YEAR, true);
        AdmissionSteps.addSchool(admin, round, school, 1, 30, "Phường Lưu Trữ");
        // Born 2027 for the school year 2033. A review record and a correction with evidence first.
        PortalClient.Page imported = admin.submitFile(AdmissionSteps.campaignPage(admin, RETENTION_YEAR), "reviewImport",
                "csv", "tre.csv", "text/csv", ("so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,email\n"
                        + "079327000801,Đỗ Thị Lưu,02/02/2027,Nữ,Phường Lưu Trữ,8 Đường Cũ,luu-tru-rs@example.com\n")
                        .getBytes(StandardCharsets.UTF_8), "import");
        assertTrue(imported.text().contains("Đã nhập 1 hồ sơ rà soát"), imported.text());
        Set<Path> evidenceBefore = stored("admission-review");
        PortalClient reviewer = new PortalClient();
        PortalClient.Page sent = reviewer.submit(reviewer.get("/s/" + school + "/tuyen-sinh/kiem-tra"), "review",
                Map.of("personalId", "079327000801"), "review:send");
        PortalClient.Page record = reviewer.submit(sent, "review",
                Map.of("code", AdmissionSteps.codeFromOutbox(admin, "luu-tru-rs@example.com")), "review:open");
        PortalClient.Page asked = reviewer.submitFileWith(record, "review", Map.of("curStreet", "9 Đường Mới",
                "reason", "Gia đình chuyển nhà"), "evidence", "cu-tru.pdf", "application/pdf", Samples.pdf(), "review:ask");
        assertTrue(asked.text().contains("Đã gửi yêu cầu sửa dữ liệu."), asked.text());
        Set<Path> evidence = added(evidenceBefore, stored("admission-review"));
        assertEquals(1, evidence.size());

        Set<Path> papersBefore = stored("admission");
        String emailA = "luu-tru-a@example.com";
        Map<String, String> a = AdmissionSteps.family("079327000802", "2027-05-06", "FEMALE", "Phường Lưu Trữ", emailA);
        PortalClient parentA = new PortalClient();
        String codeA = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parentA, admin,
                AdmissionSteps.fillAll(parentA, school, a), emailA));
        Map<String, String> b = AdmissionSteps.family("079227000803", "2027-08-09", "MALE", "Phường Lưu Trữ", "luu-tru-b@example.com");
        PortalClient parentB = new PortalClient();
        String codeB = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parentB, admin,
                AdmissionSteps.fillAll(parentB, school, b), "luu-tru-b@example.com"));
        Set<Path> papers = added(papersBefore, stored("admission"));
        assertEquals(4, papers.size(), "two papers for each family");
        accept(school, codeA);
        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        // What the school sees, read back through the application's embedded values (addresses,
        // parents, declarant, papers) from the columns the form filled.
        PortalClient.Page shown = AdmissionSteps.openApplication(staff, school, codeA);
        String summary = shown.doc().select("#application dl.summary").text();
        assertTrue(summary.contains("079327000802"), summary);
        assertTrue(summary.contains("Nơi ở hiện tại 77 Đường Riêng Tư, Phường Lưu Trữ, TP Hồ Chí Minh"), summary);
        assertTrue(summary.contains("Nơi thường trú 77 Đường Riêng Tư, Phường Lưu Trữ, TP Hồ Chí Minh"), summary);
        assertTrue(summary.contains("Mẹ Trần Thị Mẹ 1990"), summary);
        assertTrue(summary.contains("Người khai hồ sơ Trần Thị Mẹ (Mẹ) · 0901234567 · " + emailA), summary);
        assertArrayEquals(Samples.pdf(), staff.download(shown, "papers", "birthCert"));
        assertEquals("image/png", staff.submit(shown, "papers", Map.of(), "residence").headers()
                .firstValue("Content-Type").orElse("").split(";")[0]);

        // Someone in the middle of another round's form is not touched.
        PortalClient busy = new PortalClient();
        PortalClient.Page draft = AdmissionSteps.step(busy, busy.submit(busy.get("/s/" + schoolA + "/tuyen-sinh/dang-ky"),
                "apply", Map.of(), "start"), AdmissionSteps.pick(AdmissionSteps.family(id("2", 909), BORN, "MALE",
                "Phường Thử Nghiệm", "dang-do@example.com"), "childName", "personalId", "birthDate", "sex", "birthPlace", "ethnicity"));
        assertTrue(draft.text().contains("Bước 2 / 6"), draft.text());

        // The round is over: its dates move into the past and the retention date to yesterday.
        Map<String, String> past = new HashMap<>();
        String[] phases = {"reviewFrom", "reviewTo", "registrationFrom", "registrationTo", "verificationTo", "resultsAt", "enrolmentTo"};
        for (int i = 0; i < phases.length; i++) {
            past.put(phases[i], AdmissionSteps.today(-30 + i));
        }
        past.put("retentionUntil", AdmissionSteps.today(-1));
        PortalClient.Page saved = admin.submit(AdmissionSteps.campaignPage(admin, RETENTION_YEAR), "campaign", past, "save");
        assertTrue(saved.text().contains("Đã lưu đợt tuyển sinh"), saved.text());
        PortalClient.Page ran = admin.submit(saved, "retention", Map.of(), "run");
        assertTrue(ran.text().contains("Đã xóa dữ liệu cá nhân của 2 hồ sơ, 1 hồ sơ rà soát và 1 yêu cầu sửa"), ran.text());
        assertTrue(admin.get("/admin/nhat-ky").text().contains("admission.retention"), "the run is audited");
        assertFalse(admin.get("/admin/hop-thu").text().contains(emailA), "the family's address left the outbox");

        // The counts stay.
        PortalClient.Page after = AdmissionSteps.campaignPage(admin, RETENTION_YEAR);
        assertNotNull(after.doc().getElementById("deleted"), after.text());
        var counts = after.doc().select("#counts tr:contains(Trường Tiểu học Lưu Trữ) td");
        assertEquals("2", counts.get(3).text(), "applications");
        assertEquals("1", counts.get(4).text(), "accepted");
        assertEquals("0", after.doc().select("#review-count strong").text(), "review records are deleted");
        assertNull(after.doc().getElementById("corrections"), "correction requests are deleted");

        // The personal data and the papers are gone; the application's school, status and group stay.
        PortalClient.Page one = AdmissionSteps.openApplication(staff, school, codeA);
        assertNotNull(one.doc().getElementById("anonymised"), one.text());
        assertEquals("Hồ sơ hợp lệ", one.doc().getElementById("status").text());
        for (String secret : List.of("Nguyễn Văn Thử", "079327000802", "079227000803", emailA, "Trần Thị Mẹ", "0901234567",
                "Đường Riêng Tư", "Phường Lưu Trữ", "06/05/2027", "Bệnh viện Từ Dũ")) {
            assertFalse(one.text().contains(secret), secret + " still shown: " + one.text());
        }
        assertTrue(one.doc().select("#queue").text().contains(codeB), "the application is still counted in the queue");
        assertNull(one.doc().getElementById("papers"), "no papers left to open: " + one.text());
        papers.forEach(p -> assertFalse(Files.exists(p), "paper still on disk: " + p));
        evidence.forEach(p -> assertFalse(Files.exists(p), "evidence still on disk: " + p));
        PortalClient.Page lookup = parentA.submit(parentA.get("/s/" + school + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", codeA, "email", emailA), "lookup:find");
        assertNull(lookup.doc().getElementById("found"), "nothing left to look up");
        assertFalse(parentA.get("/s/" + school + "/tuyen-sinh/danh-sach").text().contains(codeA));

        assertTrue(AdmissionSteps.step(busy, draft, AdmissionSteps.pick(AdmissionSteps.family(id("2", 909), BORN, "MALE",
                "Phường Thử Nghiệm", "dang-do@example.com"), "curProvince", "curWard", "curStreet", "permProvince", "permWard",
                "permStreet")).text().contains("Bước 3 / 6"), "a fresh draft stays");
        PortalClient.Page again = admin.submit(after, "retention", Map.of(), "run");
        assertTrue(again.text().contains("Đã xóa dữ liệu cá nhân của 0 hồ sơ, 0 hồ sơ rà soát và 0 yêu cầu sửa"), again.text());
    }

    @Test
    void anOlderChildIsRefusedWhereTheRoundAllowsNoExceptionAndWhatWasTypedIsKept() {
        PortalClient parent = new PortalClient();
        PortalClient.Page p = parent.submit(parent.get("/s/" + schoolA + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        Map<String, String> v = AdmissionSteps.family("079223000505", "2023-11-30", "MALE", "Phường Thử Nghiệm", "lon-tuoi@example.com");
        PortalClient.Page old = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "childName", "personalId", "birthDate",
                "sex", "birthPlace", "ethnicity"));
        assertEquals("Đợt tuyển sinh năm 2030 dành cho trẻ sinh năm 2024. Trẻ lớn tuổi hơn xin liên hệ trực tiếp nhà trường.",
                old.fieldError("birthDate"), old.text());
        assertEquals("", old.fieldError("personalId"), "the number agrees with the date: only the age is refused");
        assertEquals("2023-11-30", old.doc().getElementById("birthDate").val());
        assertEquals("Bệnh viện Từ Dũ", old.doc().getElementById("birthPlace").val());
        assertTrue(old.text().contains("Bước 1 / 6"));
    }

    @Test
    void forgedFieldsOpenNothingOfAnotherSchoolAndAreRefusedByName() {
        // A second round, to have a real school that does not take part in this one.
        String p = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsp"), "Trường Tiểu học Đợt Khác P");
        String q = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsq"), "Trường Tiểu học Đợt Khác Q");
        PortalClient.Page other = AdmissionSteps.createCampaign(admin, OTHER_ROUND_YEAR, true);
        other = AdmissionSteps.addSchool(admin, other, p, 1, 30, "Phường P");
        AdmissionSteps.addSchool(admin, other, q, 1, 30, "Phường Q");
        PortalClient probe = new PortalClient();
        PortalClient.Page step = probe.submit(probe.get("/s/" + p + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        Map<String, String> child = AdmissionSteps.family("079229000515", "2029-02-02", "MALE", "Phường P", "do-tham@example.com");
        step = AdmissionSteps.step(probe, step, AdmissionSteps.pick(child, "childName", "personalId", "birthDate", "sex",
                "birthPlace", "ethnicity"));
        step = AdmissionSteps.step(probe, step, AdmissionSteps.pick(child, "curProvince", "curWard", "curStreet", "permProvince",
                "permWard", "permStreet"));
        step = AdmissionSteps.step(probe, step, AdmissionSteps.pick(child, "motherName", "declarantName", "declarantRelation",
                "phone", "email"));
        String otherRoundSchool = step.doc().select("#preference2 option:contains(Đợt Khác Q)").attr("value");
        assertTrue(otherRoundSchool.matches("\\d+"), step.text());

        PortalClient parent = new PortalClient();
        Map<String, String> v = AdmissionSteps.family(id("2", 515), BORN, "MALE", "Phường Thử Nghiệm", "gia-mao@example.com");
        v.put("childName", "Hoàng Văn Giả Mạo");
        PortalClient.Page a = parent.submit(parent.get("/s/" + schoolA + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        a = AdmissionSteps.step(parent, a, AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex", "birthPlace", "ethnicity"));
        assertTrue(a.text().contains("Bước 2 / 6"), a.text());

        // School A's draft token posted on school B's form: B opens nothing of it.
        Map<String, String> fields = new HashMap<>();
        for (var input : a.doc().select("#apply input[type=hidden], #apply input[type=text]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.put("action", "next");
        PortalClient.Page onB = parent.postForm("/s/" + schoolB + "/tuyen-sinh/dang-ky", fields);
        assertEquals(200, onB.status());
        assertTrue(onB.text().contains("Phiên đăng ký không còn. Vui lòng bắt đầu lại."), onB.text());
        assertFalse(onB.body().contains("Hoàng Văn Giả Mạo"), "nothing of school A's draft on school B's page");
        assertNotNull(onB.doc().getElementById("start"));

        // Back on A: steps 2 and 3, then a school of another round as the second choice.
        a = AdmissionSteps.step(parent, a, AdmissionSteps.pick(v, "curProvince", "curWard", "curStreet", "permProvince",
                "permWard", "permStreet"));
        a = AdmissionSteps.step(parent, a, AdmissionSteps.pick(v, "motherName", "declarantName", "declarantRelation", "phone", "email"));
        assertTrue(a.text().contains("Bước 4 / 6"), a.text());
        PortalClient.Page foreign = AdmissionSteps.step(parent, a, Map.of("consent", "true", "preference2", otherRoundSchool,
                "criteria", "KHONG_CO"));
        assertEquals("Trường được chọn không tham gia đợt tuyển sinh này.", foreign.fieldError("preference2"), foreign.text());
        assertEquals("Diện ưu tiên không có trong quy định của đợt tuyển sinh.", foreign.fieldError("criteria"));
        assertTrue(foreign.doc().getElementById("consent").hasAttr("checked"), "the consent ticked is kept");
        String own = a.doc().select("#preference2 option:contains(Tuyển Sinh B)").attr("value");
        assertTrue(own.matches("\\d+"), a.text());
        PortalClient.Page five = AdmissionSteps.step(parent, foreign, Map.of("consent", "true", "preference2", own));
        assertTrue(five.text().contains("Bước 5 / 6"), five.text());

        // The last step's review names the second choice (it showed nothing for it), and so does the school's page.
        PortalClient.Page six = parent.submitFile(five, "apply", "birthCert", "khai-sinh.pdf", "application/pdf", Samples.pdf(), "next");
        six = parent.submitFile(six, "apply", "residence", "cu-tru.png", "image/png", Samples.png(40, 30), "next");
        assertTrue(six.text().contains("Bước 6 / 6"), six.text());
        String schoolBName = a.doc().select("#preference2 option[value=" + own + "]").text();
        assertTrue(six.text().contains("Nguyện vọng 2 " + schoolBName), six.text());
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin, six, "gia-mao@example.com"));
        PortalClient.Page staff = AdmissionSteps.openApplication(AdminActions.loggedIn(schoolA + ".admin", ItAccounts.STAFF_PASSWORD),
                schoolA, code);
        assertTrue(staff.doc().getElementById("preferences").text().matches("1\\. .+; 2\\. " + java.util.regex.Pattern.quote(schoolBName)),
                staff.text());
    }

    @Test
    void aDraftSubmittedAfterTheWindowClosedIsRefusedWithTheDatesAndKeepsWhatWasTyped() {
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsm"), "Trường Tiểu học Nộp Muộn");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, LATE_YEAR, true);
        AdmissionSteps.addSchool(admin, round, school, 1, 30, "Phường Nộp Muộn");
        String email = "nop-muon@example.com";
        Map<String, String> v = AdmissionSteps.family("079231000521", "2031-04-04", "MALE", "Phường Nộp Muộn", email);
        PortalClient parent = new PortalClient();
        PortalClient.Page sent = parent.submit(AdmissionSteps.fillAll(parent, school, v), "apply", Map.of(), "sendCode");
        String code = AdmissionSteps.codeFromOutbox(admin, email);

        // While the parent reads his mail, the registration window closes (it ended yesterday).
        Map<String, String> closed = new HashMap<>();
        closed.put("reviewFrom", AdmissionSteps.today(-5));
        closed.put("reviewTo", AdmissionSteps.today(-4));
        closed.put("registrationFrom", AdmissionSteps.today(-3));
        closed.put("registrationTo", AdmissionSteps.today(-1));
        PortalClient.Page saved = admin.submit(AdmissionSteps.campaignPage(admin, LATE_YEAR), "campaign", closed, "save");
        assertTrue(saved.text().contains("Đã lưu đợt tuyển sinh"), saved.text());

        PortalClient.Page late = parent.submit(sent, "apply", Map.of("code", code), "submit");
        String from = LocalDate.now(AdmissionSteps.ZONE).minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String to = LocalDate.now(AdmissionSteps.ZONE).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertEquals("Nộp hồ sơ: chỉ thực hiện trong thời gian đăng ký, từ " + from + " đến hết " + to
                + ". Hiện nay đợt tuyển sinh đang ở giai đoạn: nhà trường xác minh hồ sơ.", late.fieldError("code"), late.text());
        assertNull(late.doc().getElementById("application-code"), "no application was made");
        assertTrue(late.text().contains("Bước 6 / 6") && late.text().contains("Nguyễn Văn Thử") && late.text().contains(email),
                "the summary of what was typed is still there: " + late.text());
    }

    /**
     * The form is plain HTML (no JSF state, no session): every post that is taken answers 303 to the
     * GET of the draft, and the endpoint refuses what it did not make: a post from another site, a
     * post without the draft's token, another school's token (a draft or a receipt).
     */
    /**
     * A school's form is read on the department's host (/s/<slug>/) and on the school's own host (/):
     * the copies of its pages are kept apart, each with the links of its own address (defect: one
     * copy served both, and the start button of the other address posted to a page that answers 404).
     */
    @Test
    void theFormOnTheSchoolsOwnHostLinksToItsOwnAddresses() {
        String form = "/s/" + schoolA + "/tuyen-sinh/dang-ky";
        PortalClient parent = new PortalClient();
        PortalClient.Page onDepartment = parent.get(form);
        assertEquals(form, onDepartment.doc().getElementById("apply").attr("action"));
        PortalClient.Page onOwnHost = parent.getWithHost(schoolA + ".localhost", "/tuyen-sinh/dang-ky");
        assertEquals(200, onOwnHost.status());
        assertEquals("/tuyen-sinh/dang-ky", onOwnHost.doc().getElementById("apply").attr("action"), onOwnHost.body());

        PortalClient.Page started = parent.exchange("POST", form, Map.of(), Map.of("action", "start"));
        String location = started.headers().firstValue("Location").orElseThrow();
        String token = location.replaceAll(".*\\?t=([^&]+).*", "$1");
        PortalClient.Page step1 = parent.get(form + "?t=" + token);
        assertEquals("/s/" + schoolA + "/", step1.doc().selectFirst("nav.breadcrumb a").attr("href"));
        PortalClient.Page ownStep1 = parent.getWithHost(schoolA + ".localhost", "/tuyen-sinh/dang-ky?t=" + token);
        assertEquals("/", ownStep1.doc().selectFirst("nav.breadcrumb a").attr("href"), ownStep1.body());
        assertEquals("/tuyen-sinh/dang-ky?t=" + token, ownStep1.doc().getElementById("apply").attr("action"));
    }

    @Test
    void theFormIsPlainHtmlWithoutSessionAndRefusesWhatItDidNotMake() {
        String form = "/s/" + schoolA + "/tuyen-sinh/dang-ky";
        PortalClient parent = new PortalClient();
        PortalClient.Page start = parent.exchange("GET", form, Map.of(), null);
        assertEquals(200, start.status());
        assertTrue(start.headers().allValues("Set-Cookie").isEmpty(), "GET: no session");
        assertFalse(start.body().contains("jakarta.faces.ViewState"), "no JSF state on the page");
        assertEquals("start", start.doc().selectFirst("#apply button[name=action]").val());

        PortalClient.Page started = parent.exchange("POST", form, Map.of(), Map.of("action", "start"));
        assertEquals(303, started.status(), started.body());
        assertTrue(started.headers().allValues("Set-Cookie").isEmpty(), "POST: no session");
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(".*/s/" + schoolA + "/tuyen-sinh/dang-ky\\?t=[A-Za-z0-9_-]{32}&step=1"), location);
        String token = location.replaceAll(".*\\?t=([^&]+).*", "$1");
        PortalClient.Page step1 = parent.get(form + "?t=" + token);
        assertTrue(step1.text().contains("Bước 1 / 6"), step1.text());
        assertTrue(step1.headers().allValues("Set-Cookie").isEmpty());
        assertEquals(token, step1.doc().getElementById("token").val());
        assertTrue(step1.doc().select("#apply [name*=:]").isEmpty(), "plain field names");

        // A refused step: 200 with the message by its field and what was typed, no session either.
        Map<String, String> typed = new HashMap<>(Map.of("token", token, "step", "1", "action", "next",
                "childName", "Đặng Thị Chưa Đủ", "birthDate", "2020-13-45"));
        PortalClient.Page refused = parent.exchange("POST", form, Map.of(), typed);
        assertEquals(200, refused.status());
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty(), "refused POST: no session");
        assertEquals("Đặng Thị Chưa Đủ", refused.doc().getElementById("childName").val());
        assertFalse(refused.fieldError("birthDate").isEmpty(), refused.text());

        // A post from another site: refused before anything is read, the draft unchanged.
        typed.put("childName", "Kẻ Giả Mạo");
        PortalClient.Page crossSite = parent.exchange("POST", form, Map.of("Origin", "https://evil.example"), typed);
        assertEquals(403, crossSite.status());
        assertEquals("Đặng Thị Chưa Đủ", parent.get(form + "?t=" + token).doc().getElementById("childName").val());
        // A post without the draft's token: nothing saved, the parent is asked to start again.
        Map<String, String> noToken = new HashMap<>(typed);
        noToken.remove("token");
        PortalClient.Page tokenless = parent.exchange("POST", form, Map.of(), noToken);
        assertEquals(200, tokenless.status());
        assertTrue(tokenless.text().contains("Phiên đăng ký không còn. Vui lòng bắt đầu lại."), tokenless.text());
        assertFalse(tokenless.body().contains("Kẻ Giả Mạo"));
        assertNotNull(tokenless.doc().getElementById("start"));
        assertEquals("Đặng Thị Chưa Đủ", parent.get(form + "?t=" + token).doc().getElementById("childName").val());
        // A step skipped by its address, or by a post made for it: the step reached, saying why; nothing of it is taken.
        PortalClient.Page skipped = parent.get(form + "?t=" + token + "&step=4");
        assertTrue(skipped.text().contains("Bước 1 / 6") && skipped.text().contains("Hồ sơ chưa tới bước đó"), skipped.text());
        PortalClient.Page skippedPost = parent.exchange("POST", form, Map.of(), Map.of("token", token, "step", "4",
                "action", "next", "consent", "true", "childName", "Bước Bị Bỏ Qua"));
        assertEquals(200, skippedPost.status());
        assertTrue(skippedPost.text().contains("Bước 1 / 6") && skippedPost.text().contains("Hồ sơ chưa tới bước đó"),
                skippedPost.text());
        assertEquals("Đặng Thị Chưa Đủ", parent.get(form + "?t=" + token).doc().getElementById("childName").val());
        // The e-mail code is sent from the last step only (it went out from any step, and the page said nothing).
        PortalClient.Page earlySend = parent.exchange("POST", form, Map.of(), Map.of("token", token, "step", "1", "action", "send"));
        assertEquals(200, earlySend.status(), earlySend.body());
        assertTrue(earlySend.text().contains("Hồ sơ chưa tới bước đó"), earlySend.text());

        // School A's draft and receipt, asked for on school B: nothing of them.
        String onB = "/s/" + schoolB + "/tuyen-sinh/dang-ky";
        PortalClient.Page foreignDraft = parent.get(onB + "?t=" + token);
        assertTrue(foreignDraft.text().contains("Phiên đăng ký không còn. Vui lòng bắt đầu lại."), foreignDraft.text());
        assertFalse(foreignDraft.body().contains("Đặng Thị Chưa Đủ"));
        assertNull(foreignDraft.doc().getElementById("token"));
        String email = "khong-phien@example.com";
        Map<String, String> v = AdmissionSteps.family(id("2", 717), BORN, "MALE", "Phường Thử Nghiệm", email);
        // As a phone sends them: the e-mail's first letter in capitals, a space around it; the name's
        // letters decomposed (e, then its two marks) with a zero-width space pasted in. The code went to
        // the address as typed and was then refused against it in lower case: no capital could ever submit.
        v.put("email", " Khong-Phien@Example.COM ");
        v.put("childName", java.text.Normalizer.normalize("Phan Văn  Biên\u200B Nhận", java.text.Normalizer.Form.NFD));
        v.put("phone", "(+84) 901-234-567");
        PortalClient.Page step6 = AdmissionSteps.fillAll(parent, schoolA, v);
        String submitted = step6.doc().getElementById("token").val();
        // A body over the servlet's limits cannot be read at all: the form's address still names the draft.
        PortalClient.Page papers = parent.submit(step6, "apply", Map.of(), "back");
        assertTrue(papers.text().contains("Bước 5 / 6"), papers.text());
        PortalClient.Page huge = parent.submitFile(papers, "apply", "birthCert", "rat-lon.pdf", "application/pdf",
                new byte[27 * 1024 * 1024], "next");
        assertNotNull(huge.doc().getElementById("too-large"), huge.text());
        assertEquals(submitted, huge.doc().getElementById("token").val(), "the draft is kept");
        assertTrue(huge.text().contains("Bước 5 / 6"), "back on the papers' step, not the draft's last: " + huge.text());
        org.jsoup.nodes.Element tooLarge = huge.doc().getElementById("too-large");
        assertTrue(tooLarge.hasClass("field-error") && tooLarge.text().contains("tối đa 5 MB"),
                "next to the papers, with this form's limit: " + tooLarge.outerHtml());
        assertEquals("birthCert", tooLarge.nextElementSibling().selectFirst("input[type=file]").id(), "just above the papers");
        step6 = parent.get(form + "?t=" + submitted);
        assertTrue(step6.text().contains("Bước 6 / 6"), step6.text());
        assertTrue(step6.text().contains("Họ và tên của trẻ Phan Văn Biên Nhận Số định danh"), "kept as one writes it: " + step6.text());
        // Two tabs on one draft: the code asked for in the first confirms what its summary showed. A change made
        // in the second after that needs a new code (the first tab's press filed what only the second showed).
        PortalClient.Page sentA = parent.submit(step6, "apply", Map.of(), "sendCode");
        String codeA = AdmissionSteps.codeFromOutbox(admin, email);
        PortalClient.Page tabB = parent.get(form + "?t=" + submitted + "&step=1");
        assertTrue(AdmissionSteps.step(parent, tabB, Map.of("childName", "Phan Văn Biên Nhận Mới")).text().contains("Bước 2 / 6"));
        PortalClient.Page stale = parent.submit(sentA, "apply", Map.of("code", codeA), "submit");
        assertTrue(stale.fieldError("code").startsWith("Hồ sơ đã được sửa sau khi mã xác nhận được gửi"), stale.text());
        assertNull(stale.doc().getElementById("application-code"), "nothing filed");
        step6 = parent.get(form + "?t=" + submitted);
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin, step6, email));
        PortalClient.Page receipt = parent.exchange("GET", form + "?t=" + submitted, Map.of(), null);
        assertEquals(code, receipt.doc().getElementById("application-code").text(), "the GET of a submitted token is the receipt");
        assertTrue(receipt.headers().allValues("Set-Cookie").isEmpty());
        assertEquals("no-store", receipt.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(receipt.body().contains("<!--answer-"), "the copy's mark never reaches a page");
        assertFalse(receipt.doc().select("meta[property=og:url]").attr("content").contains(submitted),
                "the draft's token is not written into the page");
        // Another family's receipt is filled into the same copy of the page around it: nothing of the first, and back.
        String otherEmail = "bien-nhan-hai@example.com";
        Map<String, String> v2 = AdmissionSteps.family(id("3", 718), BORN, "FEMALE", "Phường Thử Nghiệm", otherEmail);
        v2.put("childName", "Lê Thị Thứ Hai");
        PortalClient other = new PortalClient();
        PortalClient.Page receipt2 = AdmissionSteps.confirmAndSubmit(other, admin, AdmissionSteps.fillAll(other, schoolA, v2), otherEmail);
        String code2 = AdmissionSteps.applicationCode(receipt2);
        assertFalse(receipt2.body().contains(code) || receipt2.body().contains(submitted), receipt2.text());
        PortalClient.Page again = parent.exchange("GET", form + "?t=" + submitted, Map.of(), null);
        assertEquals(code, again.doc().getElementById("application-code").text());
        assertFalse(again.body().contains(code2), again.text());
        assertEquals(receipt.doc().title(), again.doc().title(), "the page around the receipt is the same");
        PortalClient.Page foreignReceipt = parent.get(onB + "?t=" + submitted);
        assertNull(foreignReceipt.doc().getElementById("application-code"), foreignReceipt.text());
        assertFalse(foreignReceipt.body().contains(code) || foreignReceipt.body().contains("Biên Nhận"));
        PortalClient.Page foreignPress = parent.exchange("POST", onB, Map.of(), Map.of("token", submitted, "step", "6",
                "action", "submit", "code", "000000"));
        assertEquals(200, foreignPress.status());
        assertFalse(foreignPress.body().contains(code), foreignPress.text());
    }

    /**
     * "Cần bổ sung giấy tờ" left the family no way to send what the school asked for (the look-up offered the phone, the
     * address and the withdrawal): the look-up takes the paper, checked as at the application, the new file replaces
     * the old, and the application is back in the school's queue, the family mailed. Only while the school asks.
     */
    @Test
    void aFamilyAskedForAPaperSendsItFromTheLookUp() {
        String email = "bo-sung-giay@example.com";
        String code = appliedAtA(id("2", 731), email);
        String address = "/s/" + schoolA + "/tuyen-sinh/tra-cuu";
        PortalClient family = new PortalClient();
        PortalClient.Page before = family.exchange("POST", address, Map.of(), Map.of("ma", code, "email", email, "action", "find"));
        assertNull(before.doc().getElementById("papers"), "nothing asked yet: no papers to send");
        // A post of a paper nobody asked for is refused, and nothing changes.
        PortalClient.Page unasked = family.exchange("POST", address, Map.of(), Map.of("ma", code, "email", email, "action", "papers",
                "paperKind", "birthCert"));
        assertEquals("Đã nộp, chờ xác minh", unasked.doc().getElementById("status").text(), unasked.text());

        PortalClient staff = AdminActions.loggedIn(schoolA + ".admin", ItAccounts.STAFF_PASSWORD);
        // The family calls: the clerk finds the application by its code as typed, or by the child's ID number (there was
        // no search, and the list began with last year's round).
        String queue = "/admin/s/" + schoolA + "/tuyen-sinh";
        assertEquals(List.of(code), staff.get(queue + "?q=" + code.toLowerCase(java.util.Locale.ROOT).replace("-", ""))
                .doc().select("#queue a").eachText());
        assertEquals(List.of(code), staff.get(queue + "?q=" + id("2", 731)).doc().select("#queue a").eachText());
        assertNotNull(staff.get(queue + "?q=079299999999").doc().getElementById("queue-none"), "nothing found is said");
        // A name typed without its marks finds it; "%" is no name, and finds nothing (it listed the whole queue).
        assertTrue(staff.get(queue + "?q=nguyen+van+thu").doc().select("#queue a").eachText().contains(code));
        assertNotNull(staff.get(queue + "?q=%25").doc().getElementById("queue-none"));
        PortalClient.Page asked = staff.submit(AdmissionSteps.openApplication(staff, schoolA, code), "decide",
                Map.of("reason", "Giấy khai sinh bị mờ, xin chụp lại"), "ask");
        assertEquals("Cần bổ sung giấy tờ", asked.doc().getElementById("status").text(), asked.text());

        PortalClient.Page found = family.exchange("POST", address, Map.of(), Map.of("ma", code, "email", email, "action", "find"));
        assertNotNull(found.doc().getElementById("papers"), found.text());
        assertTrue(found.doc().getElementById("papers").attr("action").endsWith("tra-cuu?ma=" + code));
        assertEquals("#papers-title", found.doc().select("#papers-link a").attr("href"), "led there from the status");
        // Not a paper: said next to the field, nothing changed.
        PortalClient.Page notAPaper = family.submitPlain(found, "papers", Map.of("paperKind", "birthCert"), "papers", "paper",
                "giay-khai-sinh.png", "image/png", "MZ not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, notAPaper.status());
        assertEquals("Tệp không phải PDF, JPEG hoặc PNG hợp lệ.", notAPaper.doc().select("#papers .field-error").text(), notAPaper.text());
        assertEquals("Cần bổ sung giấy tờ", notAPaper.doc().getElementById("status").text());
        PortalClient.Page noFile = family.submitPlain(found, "papers", Map.of("paperKind", "birthCert"), "papers", null, null, null, null);
        assertEquals("Vui lòng tải lên giấy tờ này.", noFile.doc().select("#papers .field-error").text(), noFile.text());
        // Over the request's limits nothing of the body can be read: the page says what to do, the code filled in.
        PortalClient.Page tooBig = family.submitPlain(found, "papers", Map.of("paperKind", "birthCert"), "papers", "paper",
                "giay-khai-sinh.pdf", "application/pdf", new byte[45 * 1024 * 1024]);
        assertTrue(tooBig.text().contains("Tệp vừa chọn quá lớn nên chưa được nhận"), tooBig.text());
        assertEquals(code, tooBig.doc().getElementById("lookup:code").val());

        byte[] newPaper = Samples.png(120, 90);
        PortalClient.Page sent = family.submitPlain(found, "papers", Map.of("paperKind", "birthCert"), "papers", "paper",
                "giay-khai-sinh-moi.png", "image/png", newPaper);
        assertTrue(sent.doc().getElementById("lookup-notice").text().contains("Đã gửi giấy tờ bổ sung"), sent.text());
        assertEquals("Đã nộp, chờ xác minh", sent.doc().getElementById("status").text(), sent.text());
        assertNull(sent.doc().getElementById("papers"), "nothing more asked");
        assertTrue(sent.text().contains("Phụ huynh đã gửi bổ sung: Giấy khai sinh"), "in the history: " + sent.text());
        // The same form again (a second tab, a replay): not taken, and said (it was answered in silence).
        PortalClient.Page again = family.submitPlain(found, "papers", Map.of("paperKind", "residence"), "papers", "paper",
                "cu-tru.png", "image/png", newPaper);
        assertTrue(again.doc().getElementById("lookup-notice").text().contains("Nhà trường không yêu cầu bổ sung giấy tờ"), again.text());

        // The school sees it back in its queue, with the new paper (the old one replaced).
        PortalClient.Page back = AdmissionSteps.openApplication(staff, schoolA, code);
        assertEquals("Đã nộp, chờ xác minh", back.doc().getElementById("status").text());
        assertEquals("image/png", staff.submit(back, "papers", Map.of(), "birthCert").headers().firstValue("Content-Type").orElse(""));
        assertTrue(staff.get("/admin/s/" + schoolA + "/tuyen-sinh?trang-thai=SUBMITTED").doc().select("#queue a:containsOwn(" + code + ")")
                .size() == 1, "in the queue of applications to verify");
        assertEquals(1, AdmissionSteps.mailBodies(admin, email, "Hồ sơ tuyển sinh " + code + ": có cập nhật").stream()
                .filter(body -> body.contains("Phụ huynh đã gửi bổ sung")).count(), "the family is told");
    }

    @Test
    void theFamilysLookUpIsPlainHtmlWithoutSessionAndAnswersEveryPostWithThePage() {
        String email = "tra-cuu-tron@example.com";
        String code = appliedAtA(id("2", 727), email);
        String address = "/s/" + schoolA + "/tuyen-sinh/tra-cuu";
        PortalClient family = new PortalClient();
        // The receipt's QR code links here with the code: filled in, nothing else, no session, no JSF state.
        PortalClient.Page linked = family.exchange("GET", address + "?ma=" + code, Map.of(), null);
        assertEquals(200, linked.status());
        assertTrue(linked.headers().allValues("Set-Cookie").isEmpty(), "GET: no session");
        assertFalse(linked.body().contains("jakarta.faces.ViewState"), "no JSF state on the page");
        assertEquals(code, linked.doc().getElementById("lookup:code").val());
        assertEquals("ma", linked.doc().getElementById("lookup:code").attr("name"));
        assertEquals("find", linked.doc().selectFirst("#lookup button[name=action]").val());
        assertTrue(linked.doc().select("#lookup [name*=:]").isEmpty(), "plain field names");

        // Found: the page itself (200), never a redirect with the code or e-mail in the address.
        Map<String, String> find = Map.of("ma", code, "email", email, "action", "find");
        PortalClient.Page found = family.exchange("POST", address, Map.of(), find);
        assertEquals(200, found.status(), found.text());
        assertTrue(found.headers().allValues("Set-Cookie").isEmpty(), "POST: no session");
        assertTrue(found.headers().firstValue("Location").isEmpty());
        assertFalse(found.body().contains("jakarta.faces.ViewState"));
        assertEquals("Đã nộp, chờ xác minh", found.doc().getElementById("status").text());
        // The code and the address are on a receipt a family may have shared: the page shows the application without
        // the child's full name, the phone or the street; the family finds them in its own mail.
        assertEquals("Nguyễn V. T.", found.doc().getElementById("child-name").text(), found.text());
        assertEquals("09•••••567", found.doc().getElementById("current-phone").text());
        assertEquals("Phường Thử Nghiệm", found.doc().getElementById("current-ward").text());
        for (String personal : List.of("Nguyễn Văn Thử", "0901234567", "77 Đường Riêng Tư", "Trần Thị Mẹ")) {
            assertFalse(found.body().contains(personal), personal + " on the look-up: " + found.text());
        }
        assertEquals("", found.doc().getElementById("lookup:phone").val(), "the correction's fields start empty");
        assertEquals("", found.doc().getElementById("lookup:curStreet").val());
        assertEquals(Set.of("find", "correct", "withdraw", "show"), found.doc().select("#lookup button[name=action]").stream()
                .map(b -> b.val()).collect(Collectors.toSet()), "no enrolment before the results");
        PortalClient.Page nothing = family.submit(found, "lookup", Map.of(), "lookup:correct");
        assertEquals("Chưa nhập gì để sửa: nhập số điện thoại hoặc nơi ở mới rồi bấm lại.",
                nothing.fieldError("lookup:phone"), nothing.text());

        // A refused correction: the messages next to their fields, what was typed kept, nothing saved.
        PortalClient.Page refused = family.submit(found, "lookup", Map.of("phone", "12", "curWard", "Phường Mới Gõ",
                "curStreet", "x".repeat(201)), "lookup:correct");
        assertEquals(200, refused.status());
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty(), "refused POST: no session");
        assertTrue(refused.fieldError("lookup:phone").startsWith("Số điện thoại gồm 10 chữ số bắt đầu bằng 0"), refused.text());
        assertEquals("Vui lòng nhập thông tin này.", refused.fieldError("lookup:curStreet"));
        assertEquals("", refused.fieldError("lookup:curWard"));
        assertEquals("12", refused.doc().getElementById("lookup:phone").val());
        assertEquals("Phường Mới Gõ", refused.doc().getElementById("lookup:curWard").val());
        assertEquals(code, refused.doc().getElementById("lookup:code").val());
        // The code and the address are on the school's screens: a correction also needs a code mailed to that address.
        // An empty field keeps what the application holds (the street here).
        PortalClient.Page asked = family.submit(refused, "lookup", Map.of("phone", "0912 345 678", "curStreet", ""),
                "lookup:correct");
        assertNotNull(asked.doc().getElementById("lookup:correctCode"), asked.text());
        assertEquals("0912 345 678", asked.doc().getElementById("lookup:phone").val(), "what was typed is kept");
        assertEquals("09•••••567", family.exchange("POST", address, Map.of(), find).doc().getElementById("current-phone").text(),
                "nothing saved before the code");
        PortalClient.Page wrongCode = family.submit(asked, "lookup", Map.of("correctCode", "000000"), "lookup:correctConfirmed");
        String refusedCode = wrongCode.fieldError("lookup:correctCode");
        assertTrue(refusedCode.startsWith("Mã không đúng, đã hết hạn, hoặc không dành cho những thay đổi đang nhập"), wrongCode.text());
        // The same answer when the typed values are not the ones the code was asked for: "no code for these values"
        // against "wrong code" told whoever holds the receipt which phone is the application's.
        PortalClient.Page guessedPhone = family.submit(asked, "lookup", Map.of("phone", "0901234566", "correctCode", "000000"),
                "lookup:correctConfirmed");
        assertEquals(refusedCode, guessedPhone.fieldError("lookup:correctCode"), guessedPhone.text());
        String mailed = AdmissionSteps.mailBodies(admin, email, "Mã xác nhận sửa hồ sơ tuyển sinh " + code).get(0)
                .replaceAll("(?s).*Mã xác nhận: (\\d{6}).*", "$1");
        String codeMail = AdmissionSteps.mailBodies(admin, email, "Mã xác nhận sửa hồ sơ tuyển sinh " + code).get(0);
        // The mail names the fields typed, not their values: someone else's words in the school's mail otherwise.
        assertTrue(codeMail.contains("các mục: điện thoại; phường/xã.") && !codeMail.contains("0912345678") && !codeMail.contains("Đường"),
                "the mail names what the code confirms, and only that: " + codeMail);
        // The code confirms those values only: another street typed after it is not saved with it.
        PortalClient.Page other = family.submit(wrongCode, "lookup", Map.of("correctCode", mailed, "curStreet", "Đường Khác"),
                "lookup:correctConfirmed");
        assertEquals(refusedCode, other.fieldError("lookup:correctCode"), other.text());
        PortalClient.Page saved = family.submit(other, "lookup", Map.of("correctCode", mailed, "curStreet", ""),
                "lookup:correctConfirmed");
        assertTrue(saved.doc().getElementById("lookup-notice").text().contains("Đã lưu thay đổi."), saved.text());
        // The new ward is outside the school's zone: said at once (the page said only "saved").
        assertTrue(saved.doc().getElementById("lookup-notice").text().contains("từ nhóm 1 sang nhóm 2"), saved.text());
        PortalClient.Page after = family.exchange("POST", address, Map.of(), find);
        assertEquals("09•••••678", after.doc().getElementById("current-phone").text(), "kept without its spaces, as the form keeps it");
        assertEquals("Phường Mới Gõ", after.doc().getElementById("current-ward").text());
        // The family is told at once what changed; the mail (whose copy staff read in the outbox, and which a
        // withdrawal does not erase) and the page's history name the fields, not their values.
        String told = AdmissionSteps.mailBodies(admin, email, "Hồ sơ tuyển sinh " + code + ": thông tin đã được sửa").stream()
                .findFirst().orElseThrow(() -> new AssertionError("no mail of the correction"));
        assertTrue(told.contains("vừa được sửa trên trang tra cứu: điện thoại; phường/xã.") && !told.contains("số nhà, đường"), told);
        assertFalse(told.contains("0912345678") || told.contains("0901234567") || told.contains("Phường Mới Gõ"), told);
        assertTrue(after.text().contains("Phụ huynh sửa trên trang tra cứu: điện thoại; phường/xã"), after.text());
        assertFalse(after.body().contains("0912345678") || after.body().contains("0901234567"), after.text());
        // A value typed as the application holds it is answered as any other, with a code mailed: "nothing differs"
        // told whoever holds the receipt that a guess of the street or the phone was right.
        PortalClient.Page guessed = family.submit(after, "lookup", Map.of("curStreet", "77 Đường Riêng Tư"), "lookup:correct");
        assertNotNull(guessed.doc().getElementById("lookup:correctCode"), guessed.text());
        // The school's audit log, which the department's staff read too, names the fields, not the values.
        String audit = admin.get("/admin/nhat-ky?q=admission.correct").text();
        assertTrue(audit.contains(code + ": điện thoại; phường/xã") && !audit.contains("0912345678"), audit);

        // Everything the application holds, for whoever reads the family's mail: a code mailed to its address first.
        PortalClient.Page askShow = family.submit(after, "lookup", Map.of(), "lookup:show");
        assertNotNull(askShow.doc().getElementById("lookup:showCode"), askShow.text());
        assertFalse(askShow.body().contains("Nguyễn Văn Thử"), askShow.text());
        assertEquals("show-confirmed", askShow.doc().getElementById("lookup:enter").val(), "Enter in the code's field shows");
        PortalClient.Page wrongShow = family.submit(askShow, "lookup", Map.of("showCode", "000000"), "lookup:showConfirmed");
        assertEquals("Mã xác nhận không đúng.", wrongShow.fieldError("lookup:showCode"), wrongShow.text());
        assertNull(wrongShow.doc().getElementById("all-data"));
        String showCode = AdmissionSteps.mailBodies(admin, email, "Mã xem hồ sơ tuyển sinh " + code).get(0)
                .replaceAll("(?s).*Mã xác nhận: (\\d{6}).*", "$1");
        PortalClient.Page shown = family.submit(wrongShow, "lookup", Map.of("showCode", showCode), "lookup:showConfirmed");
        assertEquals("Nguyễn Văn Thử", shown.doc().getElementById("data-childName").text(), shown.text());
        assertEquals("0912345678", shown.doc().getElementById("data-phone").text());
        assertTrue(shown.doc().getElementById("data-current").text().startsWith("77 Đường Riêng Tư, Phường Mới Gõ"), shown.text());
        // Everything it holds: the consent recorded too (the jobs, the preschool, the criteria and the schools ranked when given).
        assertNotNull(shown.doc().getElementById("data-consent"), shown.text());
        assertTrue(shown.headers().allValues("Set-Cookie").isEmpty(), "no session");
        // For this answer only: the next look-up is masked again, and the code is used up.
        assertNull(family.exchange("POST", address, Map.of(), find).doc().getElementById("all-data"));
        PortalClient.Page again = family.exchange("POST", address, Map.of(), Map.of("ma", code, "email", email,
                "action", "show-confirmed", "showCode", showCode));
        assertNull(again.doc().getElementById("all-data"), again.text());
        assertFalse(again.fieldError("lookup:showCode").isEmpty(), again.text());

        // Each purpose has its own budget of codes to an address: whoever knows the family's address can spend its
        // procedure codes on an open procedure form, and the family still gets a code for its own application (one
        // budget for all, 8 a day, left it without any for a day).
        String slug = "don-ma-" + ThreadLocalRandom.current().nextInt(100000);
        vn.edu.portal.it.ProcedureActions.createProcedure(admin, schoolA, slug, "Đơn thử mã", List.of(
                new vn.edu.portal.it.ProcedureActions.Row("Đơn", "ly_do", "TEXT", "Lý do", true, "", false)));
        for (int draft = 0; draft < 2; draft++) {
            PortalClient stranger = new PortalClient();
            PortalClient.Page form = stranger.get("/s/" + schoolA + "/thu-tuc/" + slug + "/nop");
            PortalClient.Page contact = stranger.submitPlain(form, "apply-form", Map.of("f_ly_do", "x"), "next", null, null, null, null);
            PortalClient.Page codeStep = stranger.submitPlain(contact, "apply-form", Map.of("email", email, "consent", "on"),
                    "next", null, null, null, null);
            for (int resend = 0; resend < 4; resend++) {
                codeStep = stranger.submitPlain(codeStep, "apply-form", Map.of(), "resend", null, null, null, null);
            }
        }
        assertEquals(8, vn.edu.portal.it.ProcedureActions.subjectsTo(email).stream()
                .filter(subject -> subject.equals("Mã xác nhận hồ sơ")).count(), "the procedure's budget spent");
        PortalClient.Page stillShown = family.exchange("POST", address, Map.of(), Map.of("ma", code, "email", email, "action", "show"));
        assertNotNull(stillShown.doc().getElementById("lookup:showCode"), stillShown.text());

        // A post from another site is refused before anything is read; the application is not withdrawn.
        Map<String, String> withdraw = Map.of("ma", code, "email", email, "action", "withdraw");
        assertEquals(403, family.exchange("POST", address, Map.of("Origin", "https://evil.example"), withdraw).status());
        assertEquals("Đã nộp, chờ xác minh", family.exchange("POST", address, Map.of(), find).doc().getElementById("status").text());
        // The page keeps nothing: a post without the e-mail finds nothing and changes nothing.
        PortalClient.Page noMail = family.exchange("POST", address, Map.of(), Map.of("ma", code, "action", "withdraw"));
        assertEquals(200, noMail.status());
        assertEquals("Không tìm thấy hồ sơ với mã và thông tin đã nhập.", noMail.fieldError("lookup:code"));
        assertNull(noMail.doc().getElementById("found"));
        assertEquals("Đã nộp, chờ xác minh", family.exchange("POST", address, Map.of(), find).doc().getElementById("status").text());

        // Over the limit of a code: 429 with Retry-After and the page saying when to try again, what was typed kept.
        String unknown = ThreadLocalRandom.current().ints(8, 0, 31).mapToObj(i -> String.valueOf("23456789ABCDEFGHJKMNPQRSTUVWXYZ"
                .charAt(i))).collect(Collectors.joining()).replaceFirst("(....)(....)", "$1-$2");
        for (int i = 0; i < 10; i++) {
            PortalClient.Page none = family.exchange("POST", address, Map.of(), Map.of("ma", unknown, "email", email, "action", "find"));
            assertEquals(200, none.status());
            assertEquals("Không tìm thấy hồ sơ với mã và thông tin đã nhập.", none.fieldError("lookup:code"));
        }
        PortalClient.Page tooMany = family.exchange("POST", address, Map.of(), Map.of("ma", unknown, "email", email, "action", "find"));
        AdmissionSteps.throttled(tooMany, "lookup-notice", "lookup:code", unknown);
    }

    /**
     * On a phone: every step has its own address, so the browser's Back goes back a step (it showed the step
     * reached again, then the start); the form's own "Quay lại" keeps what was typed on the step left (it threw it
     * away); a double press of "send the code" mails two codes and the first mail's code is taken (it was refused).
     */
    @Test
    void backKeepsWhatWasTypedEveryStepHasItsAddressAndADoublePressedCodeWorks() {
        String email = "quay-lai@example.com";
        PortalClient parent = new PortalClient();
        Map<String, String> v = AdmissionSteps.family(id("2", 741), BORN, "MALE", "Phường Thử Nghiệm", email);
        PortalClient.Page one = parent.submit(parent.get("/s/" + schoolA + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        assertTrue(one.uri().getQuery().endsWith("&step=1"), one.uri().toString());
        PortalClient.Page two = AdmissionSteps.step(parent, one, AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex",
                "birthPlace", "ethnicity"));
        assertTrue(two.uri().getQuery().endsWith("&step=2"), two.uri().toString());
        // The language switch on a step (a page written once for every family, its link "?lang=en") leads back to the
        // same step of the same draft: it led to the form's start, and a new empty draft.
        String switchLink = two.doc().selectFirst(".lang-switch a[hreflang=en]").attr("href");
        PortalClient.Page english = parent.getWithHeaders(two.uri().getRawPath() + switchLink, Map.of("Referer", two.uri().toString()));
        assertEquals(two.uri().getRawQuery(), english.uri().getRawQuery(), english.uri().toString());
        assertTrue(english.text().contains("Step 2 / 6"), english.text());
        parent.getWithHeaders(two.uri().getRawPath() + "?lang=vi", Map.of("Referer", two.uri().toString()));
        PortalClient.Page back = parent.submit(two, "apply", Map.of("curStreet", "12 Đường Gõ Dở"), "back");
        assertTrue(back.text().contains("Bước 1 / 6") && back.uri().getQuery().endsWith("&step=1"), back.uri() + " " + back.text());
        assertEquals("Bệnh viện Từ Dũ", back.doc().getElementById("birthPlace").val());
        PortalClient.Page forward = AdmissionSteps.step(parent, back, Map.of());
        assertEquals("12 Đường Gõ Dở", forward.doc().getElementById("curStreet").val(), "kept by Back: " + forward.text());
        // The browser's Back: the address of step 1 shows step 1.
        assertTrue(parent.get(back.uri().getRawPath() + "?" + back.uri().getRawQuery()).text().contains("Bước 1 / 6"));

        PortalClient.Page six = AdmissionSteps.step(parent, forward, AdmissionSteps.pick(v, "curProvince", "curWard", "curStreet",
                "permProvince", "permWard", "permStreet"));
        six = AdmissionSteps.step(parent, six, AdmissionSteps.pick(v, "motherName", "motherBirthYear", "declarantName",
                "declarantRelation", "phone", "email"));
        six = AdmissionSteps.step(parent, six, Map.of("consent", "true"));
        six = parent.submitFile(six, "apply", "birthCert", "khai-sinh.pdf", "application/pdf", Samples.pdf(), "next");
        six = parent.submitFile(six, "apply", "residence", "cu-tru.png", "image/png", Samples.png(40, 30), "next");
        assertTrue(six.text().contains("Bước 6 / 6"), six.text());
        parent.submit(six, "apply", Map.of(), "sendCode");
        PortalClient.Page sent = parent.submit(six, "apply", Map.of(), "sendCode");
        assertTrue(sent.doc().getElementById("code").hasAttr("autofocus"), "the page opens on the code's field");
        List<String> mails = AdmissionSteps.mailBodies(admin, email, "Mã xác nhận");
        assertEquals(2, mails.size(), mails.toString());
        String first = mails.get(mails.size() - 1).replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
        PortalClient.Page receipt = parent.submit(sent, "apply", Map.of("code", first), "enter");
        assertTrue(receipt.text().contains("Đã nhận hồ sơ"), "the first mail's code: " + receipt.text());
    }

    /**
     * A stranger who knows a child's ID number uses up the child's ten comparisons with its record in an hour (wrong
     * names and dates of birth, each from a fresh draft). The family, the eleventh, was refused at the first step for the
     * hour ("Số định danh này đã được kiểm tra quá nhiều lần"), and the stranger could keep that up for the whole window.
     * Now the family goes on (this round has no imported records, so there is nothing to compare and nothing to mark).
     */
    @Test
    void aStrangerWhoKnowsAChildsNumberCannotKeepTheFamilyFromApplying() {
        String personalId = id("2", 763);
        for (int i = 1; i <= 10; i++) {
            PortalClient stranger = new PortalClient();
            PortalClient.Page start = stranger.submit(stranger.get("/s/" + schoolA + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
            AdmissionSteps.step(stranger, start, Map.of("childName", "Lạ Văn Người", "personalId", personalId,
                    "birthDate", "2024-01-" + String.format("%02d", i), "sex", "MALE", "birthPlace", "Nơi Khác", "ethnicity", "Kinh"));
        }
        String email = "khong-bi-chan@example.com";
        PortalClient parent = new PortalClient();
        PortalClient.Page step6 = AdmissionSteps.fillAll(parent, schoolA,
                AdmissionSteps.family(personalId, BORN, "MALE", "Phường Thử Nghiệm", email));
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin, step6, email));
        PortalClient staff = AdminActions.loggedIn(schoolA + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page shown = AdmissionSteps.openApplication(staff, schoolA, code);
        assertNull(shown.doc().getElementById("record-unchecked"), "no record, nothing to mark: " + shown.text());
    }

    /**
     * A parent photographs a paper with a phone: a 7 MB JPEG, stored lying down with its orientation flag
     * and the phone's metadata (where it was taken). It was refused over the form's 5 MB; now it is taken,
     * turned upright, made at most 2,400 pixels on its long side and re-written without its metadata, so
     * the school reads it as it was held and no home's position is kept. A PDF keeps the 5 MB limit.
     */
    @Test
    void aPhonePhotoOfAPaperOverTheLimitIsTakenUprightSmallerAndWithoutItsMetadata() throws IOException {
        String email = "anh-giay-to@example.com";
        PortalClient parent = new PortalClient();
        Map<String, String> v = AdmissionSteps.family(id("3", 751), BORN, "FEMALE", "Phường Thử Nghiệm", email);
        PortalClient.Page papers = parent.submit(AdmissionSteps.fillAll(parent, schoolA, v), "apply", Map.of(), "back");
        assertTrue(papers.text().contains("Bước 5 / 6"), papers.text());
        byte[] photo = Samples.phonePhoto(4000, 3000, 6, 7 * 1024 * 1024);
        PortalClient.Page p = parent.submitFile(papers, "apply", "residence", "IMG_20270601_071502.jpg", "image/jpeg",
                photo, "next");
        assertTrue(p.text().contains("Bước 6 / 6"), p.text());
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin, p, email));
        PortalClient staff = AdminActions.loggedIn(schoolA + ".admin", ItAccounts.STAFF_PASSWORD);
        byte[] kept = staff.download(AdmissionSteps.openApplication(staff, schoolA, code), "papers", "residence");
        java.awt.image.BufferedImage shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(kept));
        assertNotNull(shown, "a picture");
        assertEquals(1800, shown.getWidth(), "upright: the stored 4000 x 3000 shown 3000 x 4000, fitted to 2,400");
        assertEquals(2400, shown.getHeight());
        assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains("Exif\0\0"), "no metadata kept");
        assertTrue(kept.length < 2 * 1024 * 1024, kept.length + " bytes");
    }

    /**
     * A family that filled the form in English reads its mails in English: the code, the receipt, and what
     * the school decides later (the mails were Vietnamese whatever the page's language).
     */
    @Test
    void aFamilyThatAppliedInEnglishGetsItsMailsInEnglish() {
        String email = "english-family@example.com";
        PortalClient parent = new PortalClient();
        Map<String, String> v = AdmissionSteps.family(id("3", 733), BORN, "FEMALE", "Phường Thử Nghiệm", email);
        v.put("lang", "en");
        PortalClient.Page sent = parent.submit(AdmissionSteps.fillAll(parent, schoolA, v), "apply", Map.of(), "sendCode");
        String codeMail = AdmissionSteps.mailBodies(admin, email, "Confirmation code for an admission application").stream()
                .findFirst().orElseThrow(() -> new AssertionError("no English code mail: " + sent.text()));
        assertTrue(codeMail.contains("Automatic message from the portal of"), "the footer too: " + codeMail);
        String typed = codeMail.replaceAll("(?s).*Your confirmation code is (\\d{6}).*", "$1");
        PortalClient.Page receipt = parent.submit(sent, "apply", Map.of("code", typed), "enter");
        String code = AdmissionSteps.applicationCode(receipt);
        assertEquals(1, AdmissionSteps.mailBodies(admin, email, "Admission application " + code).size(), receipt.text());
        // The school's decision later, made in a Vietnamese console, reaches the family in English.
        AdmissionSteps.accept(schoolA, code);
        assertEquals(2, AdmissionSteps.mailBodies(admin, email, "Admission application " + code).size());
        List<String> all = AdmissionSteps.mailBodies(admin, email, "");
        assertEquals(3, all.size(), all.toString());
        assertTrue(all.stream().noneMatch(b -> b.contains("Thư tự động")), "no Vietnamese mail to this family: " + all);
        // The look-up in English says why the child is in its group in English (the note kept is Vietnamese).
        PortalClient.Page found = parent.exchange("POST", "/s/" + schoolA + "/tuyen-sinh/tra-cuu", Map.of(),
                Map.of("ma", code, "email", email, "action", "find"));
        assertTrue(found.doc().getElementById("zone-note").text().startsWith("Group 1 at Trường Tiểu học"), found.text());
    }

    /**
     * A mistyped code (not in the code's form: it matches no application, there is nothing to guess)
     * is answered "not found" however many families mistype one: it is counted per address only, not
     * in one bucket that everybody's mistyped codes shared, where the eleventh in an hour answered
     * 429 to every parent of every school.
     */
    @Test
    void mistypedCodesAreNotFoundNotThrottledForEverybody() {
        String address = "/s/" + schoolA + "/tuyen-sinh/tra-cuu";
        for (int i = 0; i < 12; i++) {
            PortalClient family = new PortalClient();
            String mistyped = "SAI-" + i;
            PortalClient.Page none = family.exchange("POST", address, Map.of(),
                    Map.of("ma", mistyped, "email", "go-nham-" + i + "@example.com", "action", "find"));
            assertEquals(200, none.status(), "mistyped code " + (i + 1) + ": " + none.text());
            assertEquals("Không tìm thấy hồ sơ với mã và thông tin đã nhập.", none.fieldError("lookup:code"));
        }
    }
}
