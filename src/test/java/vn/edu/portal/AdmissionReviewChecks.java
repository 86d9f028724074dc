package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;

/**
 * The data review over HTTP: the department imports pre-filled records (refused rows reported by
 * line), a parent opens a record with a mailed code (an unknown number gets the same answer),
 * asks for a correction with evidence, the department views the evidence (logged) and accepts or
 * refuses (the parent is mailed), and step 1 of the application is checked against the record.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class AdmissionReviewChecks {

    // Rounds of their own (school years are unique per department; the IT classes share a database).
    private static final int YEAR = 2032;
    private static final int CLOSED_YEAR = 2036;
    private static final String CSV = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,"
            + "phuong_xa_thuong_tru,dia_chi_thuong_tru,email\n"
            + "079226000601,Phạm Minh Khoa,14/03/2026,Nam,Phường Rà Soát,10 Đường Kiểm,,,ra-soat-khoa@example.com\n"
            + "079326000602,Lê Ngọc Hân,09/07/2026,Nữ,Phường Rà Soát,\"11 Đường Kiểm, tổ 2\",Phường Rà Soát,11 Đường Kiểm,ra-soat-han@example.com\n"
            + "12345,Số Sai,14/03/2026,Nam,Phường Rà Soát,1 Đường Kiểm,,,so-sai@example.com\n"
            + "079226000604,Sai Năm Sinh,14/03/2025,Nam,Phường Rà Soát,1 Đường Kiểm,,,sai-nam@example.com\n"
            + "079226000605,Thư Sai,14/03/2026,Nam,Phường Rà Soát,1 Đường Kiểm,,,khong-phai-thu\n"
            + "079226000601,Trùng Số,14/03/2026,Nam,Phường Rà Soát,1 Đường Kiểm,,,trung@example.com\n"
            + "079226000608,Vũ Đức Tài,01/12/2026,Nam,Phường Rà Soát,8 Đường Kiểm,,,ra-soat-tai@example.com\n";
    private PortalClient admin;
    private String school;
    private String closedSchool;
    private PortalClient.Page imported;

    @BeforeAll
    void round() {
        admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("rsa"), "Trường Tiểu học Rà Soát");
        closedSchool = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("rsc"), "Trường Tiểu học Hết Rà Soát");
        PortalClient.Page closed = AdmissionSteps.createCampaign(admin, CLOSED_YEAR, false);
        AdmissionSteps.addSchool(admin, closed, closedSchool, 1, 30, "Phường Hết Hạn");
        PortalClient.Page open = AdmissionSteps.createCampaign(admin, YEAR, true);
        AdmissionSteps.addSchool(admin, open, school, 1, 30, "Phường Rà Soát");
        imported = admin.submitFile(AdmissionSteps.campaignPage(admin, YEAR), "reviewImport", "csv", "tre-em.csv", "text/csv",
                CSV.getBytes(StandardCharsets.UTF_8), "import");
    }

    private String kiemTra(String slug) {
        return "/s/" + slug + "/tuyen-sinh/kiem-tra";
    }

    @Test
    void theImportKeepsGoodRowsAndReportsEveryRefusedRowByLine() {
        assertTrue(imported.text().contains("Đã nhập 3 hồ sơ rà soát; 4 dòng bị từ chối."), imported.text());
        assertTrue(imported.doc().getElementById("review-count").text().contains("3"), imported.text());
        Map<String, String> refused = new HashMap<>();
        for (Element row : imported.doc().select("#refused tbody tr")) {
            refused.put(row.child(0).text(), row.child(1).text());
        }
        assertEquals(List.of("4", "5", "6", "7"), refused.keySet().stream().sorted().toList(), refused.toString());
        assertEquals("Số định danh cá nhân gồm đúng 12 chữ số.", refused.get("4"));
        assertTrue(refused.get("5").contains("không khớp với năm sinh"), refused.get("5"));
        assertEquals("E-mail không hợp lệ: “khong-phai-thu”.", refused.get("6"));
        assertEquals("Số định danh trùng với dòng 2.", refused.get("7"));

        PortalClient.Page again = admin.submitFile(AdmissionSteps.campaignPage(admin, YEAR), "reviewImport", "csv", "lai.csv",
                "text/csv", CSV.lines().limit(2).map(l -> l + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8),
                "import");
        assertTrue(again.text().contains("Đã nhập 0 hồ sơ rà soát; 1 dòng bị từ chối."), again.text());
        assertTrue(again.doc().select("#refused").text().contains("đã có trong dữ liệu rà soát"), again.text());
        PortalClient.Page badHeader = admin.submitFile(AdmissionSteps.campaignPage(admin, YEAR), "reviewImport", "csv", "x.csv",
                "text/csv", "ma,ten\n1,2\n".getBytes(StandardCharsets.UTF_8), "import");
        assertTrue(badHeader.fieldError("reviewImport:csv").startsWith("Dòng tiêu đề thiếu cột: so_dinh_danh"), badHeader.text());
    }

    /** Asks for a code, reads it from the outbox, opens the record: the page of stage 3. */
    private PortalClient.Page openRecord(PortalClient parent, String personalId, String email) {
        return AdmissionSteps.openRecord(parent, admin, kiemTra(school), personalId, email);
    }

    @Test
    void aParentOpensTheRecordWithAMailedCodeAndTheDepartmentAcceptsTheCorrection() {
        PortalClient parent = new PortalClient();
        PortalClient.Page page = parent.get(kiemTra(school));
        assertEquals(200, page.status());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "the public page creates no session");
        String today = LocalDate.now(AdmissionSteps.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String yesterday = LocalDate.now(AdmissionSteps.ZONE).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertEquals("Thời gian rà soát: từ " + yesterday + " đến hết " + today + ".", page.doc().getElementById("review-window").text());

        // A known number and an unknown one get the same answer; neither shows a full address.
        PortalClient.Page known = parent.submit(page, "review", Map.of("personalId", "0792 2600 0601"), "review:send");
        PortalClient.Page unknown = new PortalClient().submit(parent.get(kiemTra(school)), "review",
                Map.of("personalId", "079226000699"), "review:send");
        String knownText = known.doc().select(".notice[role=status]").text();
        String unknownText = unknown.doc().select(".notice[role=status]").text();
        assertTrue(knownText.contains("(ra***@example.com)"), knownText);
        // The unknown number is shown the masked address of a record of the round (all are "ra***@example.com"
        // here): a decoy of its own shape (a few letter pairs, a few domains) told a real number from an unknown one.
        assertEquals(knownText, unknownText);
        assertNotNull(unknown.doc().getElementById("review:code"), "the unknown number is also asked for a code");
        assertTrue(known.headers().allValues("Set-Cookie").isEmpty(), "a post creates no session either");
        assertFalse(known.body().contains("ra-soat-khoa@example.com"));
        String code = AdmissionSteps.codeFromOutbox(admin, "ra-soat-khoa@example.com");
        PortalClient.Page wrong = parent.submit(known, "review", Map.of("code", code.equals("000000") ? "111111" : "000000"), "review:open");
        assertEquals("Mã xác nhận không đúng.", wrong.fieldError("review:code"));
        PortalClient.Page noRecord = new PortalClient().submit(unknown, "review", Map.of("code", code), "review:open");
        assertEquals("Mã xác nhận không đúng.", noRecord.fieldError("review:code"));
        PortalClient.Page record = parent.submit(wrong, "review", Map.of("code", code), "review:open");
        assertEquals("Phạm Minh Khoa", record.doc().getElementById("record-name").text(), record.text());
        assertTrue(record.doc().getElementById("record").text().contains("ra***@example.com"));
        assertTrue(record.doc().getElementById("session-hint").text().contains("30 phút"), "the page says how long it lasts");
        assertFalse(record.body().contains("ra-soat-khoa@example.com"), "the address is never shown in full");

        // Refusals keep what was typed, each message next to its field.
        PortalClient.Page empty = parent.submit(record, "review", Map.of(), "review:ask");
        assertTrue(empty.fieldError("review:fields").startsWith("Vui lòng ghi giá trị đúng của ít nhất một thông tin"), empty.text());
        assertEquals("Vui lòng ghi lý do cần sửa.", empty.fieldError("review:reason"));
        assertEquals("Vui lòng chọn một tệp.", empty.fieldError("review:evidence"));
        Map<String, String> ask = Map.of("childName", "Phạm Minh Khoa Anh", "reason", "Giấy khai sinh ghi tên đệm đầy đủ");
        PortalClient.Page disguised = parent.submitFileWith(empty, "review", ask, "evidence", "khai-sinh.pdf",
                "application/pdf", Samples.html(), "review:ask");
        assertEquals("Tệp không phải PDF, JPEG hoặc PNG hợp lệ.", disguised.fieldError("review:evidence"));
        assertEquals("Phạm Minh Khoa Anh", disguised.doc().getElementById("review:childName").val());
        assertEquals("Giấy khai sinh ghi tên đệm đầy đủ", disguised.doc().getElementById("review:reason").text());
        PortalClient.Page big = parent.submitFileWith(disguised, "review", ask, "evidence", "to.pdf", "application/pdf",
                new byte[6 * 1024 * 1024], "review:ask");
        assertTrue(big.fieldError("review:evidence").startsWith("Tệp vừa chọn quá lớn nên chưa được nhận: mỗi giấy tờ tối đa 5 MB"),
                big.text());
        Map<String, String> wrongYear = new HashMap<>(ask);
        wrongYear.put("birthDate", "2025-03-14");
        PortalClient.Page year = parent.submitFileWith(big, "review", wrongYear, "evidence", "khai-sinh.pdf",
                "application/pdf", Samples.pdf(), "review:ask");
        assertTrue(year.fieldError("review:birthDate").startsWith("Năm sinh này không khớp với số định danh"), year.text());

        // A token is good for its campaign only: posted on another school's page it opens nothing.
        Map<String, String> forged = new HashMap<>();
        for (Element input : year.doc().select("#review input[type=hidden]")) {
            forged.put(input.attr("name"), input.attr("value"));
        }
        forged.put("action", "ask");
        PortalClient.Page elsewhere = parent.postForm(kiemTra(closedSchool), forged);
        assertNull(elsewhere.doc().getElementById("record"), elsewhere.text());
        assertFalse(elsewhere.body().contains("Phạm Minh Khoa"));

        assertEquals("2025-03-14", year.doc().getElementById("review:birthDate").val(), "what was typed is kept");
        Map<String, String> fixed = new HashMap<>(ask);
        fixed.put("birthDate", "");
        PortalClient.Page asked = parent.submitFileWith(year, "review", fixed, "evidence", "khai-sinh.pdf", "application/pdf",
                Samples.pdf(), "review:ask");
        assertTrue(asked.text().contains("Đã gửi yêu cầu sửa dữ liệu."), asked.text());
        assertTrue(asked.doc().getElementById("requests").text().contains("Họ và tên: Phạm Minh Khoa Anh; Đang chờ xử lý"),
                asked.text());
        PortalClient.Page second = parent.submitFileWith(asked, "review", Map.of("curStreet", "12 Đường Kiểm",
                "reason", "Chuyển nhà"), "evidence", "cu-tru.png", "image/png", Samples.png(20, 20), "review:ask");
        assertTrue(second.fieldError("review:fields").startsWith("Đã có một yêu cầu sửa đang chờ xử lý"), second.text());
        assertFalse(AdmissionSteps.mailBodies(admin, "ra-soat-khoa@example.com", "Đã nhận yêu cầu sửa").isEmpty());

        // The department: the request, its evidence (logged), the decision.
        PortalClient.Page one = openCorrection("079226000601");
        assertTrue(one.doc().getElementById("correction-fields").text().contains("Họ và tên Phạm Minh Khoa Phạm Minh Khoa Anh"),
                one.text());
        PortalClient.Page pdf = admin.submit(one, "evidence", Map.of(), "view");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(admin.get("/admin/nhat-ky").text().contains("admission.evidence.view"));
        PortalClient.Page accepted = admin.submit(one, "correction", Map.of(), "accept");
        assertEquals("Đã chấp nhận, dữ liệu đã được sửa", accepted.doc().getElementById("correction-status").text(), accepted.text());
        assertTrue(accepted.doc().getElementById("correction-fields").text()
                .contains("Họ và tên Phạm Minh Khoa Anh Phạm Minh Khoa Anh Phạm Minh Khoa"), accepted.text());
        assertTrue(AdmissionSteps.mailBodies(admin, "ra-soat-khoa@example.com", "Yêu cầu sửa dữ liệu tuyển sinh lớp 1 đã được chấp nhận")
                .stream().anyMatch(b -> b.contains("kết thúc bằng 0601 (Họ và tên)")));

        // The registration form now expects the corrected name.
        PortalClient applicant = new PortalClient();
        PortalClient.Page form = applicant.submit(applicant.get("/s/" + school + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        Map<String, String> child = AdmissionSteps.pick(AdmissionSteps.family("079226000601", "2026-03-14", "MALE",
                "Phường Rà Soát", "ra-soat-khoa@example.com"), "personalId", "birthDate", "sex", "birthPlace", "ethnicity");
        child.put("childName", "Phạm Minh Khoa");
        PortalClient.Page old = AdmissionSteps.step(applicant, form, child);
        assertTrue(old.fieldError("childName").startsWith("Họ tên không khớp với dữ liệu đã rà soát"), old.text());
        child.put("childName", "phạm minh khoa anh");
        assertTrue(AdmissionSteps.step(applicant, old, child).text().contains("Bước 2 / 6"));
    }

    private PortalClient.Page openCorrection(String personalId) {
        PortalClient.Page page = AdmissionSteps.campaignPage(admin, YEAR);
        Element row = page.doc().select("#corrections tr:contains(" + personalId + ")").first();
        assertNotNull(row, page.text());
        return admin.get("/admin/tuyen-sinh" + row.selectFirst("a").attr("href").replaceAll("#.*", ""));
    }

    @Test
    void aRefusalNeedsAReasonAndIsMailedWhileTheRecordStaysAsItWas() {
        PortalClient parent = new PortalClient();
        PortalClient.Page record = openRecord(parent, "079226000608", "ra-soat-tai@example.com");
        PortalClient.Page asked = parent.submitFileWith(record, "review", Map.of("curStreet", "99 Đường Khác",
                "reason", "Gia đình đã chuyển nhà"), "evidence", "cu-tru.png", "image/png", Samples.png(30, 20), "review:ask");
        assertTrue(asked.text().contains("Đã gửi yêu cầu sửa dữ liệu."), asked.text());
        PortalClient.Page one = openCorrection("079226000608");
        PortalClient.Page bare = admin.submit(one, "correction", Map.of(), "refuse");
        assertEquals("Vui lòng ghi lý do không chấp nhận.", bare.fieldError("correction:reason"));
        String why = "Giấy xác nhận cư trú không đọc được; vui lòng gửi lại bản rõ.";
        PortalClient.Page refused = admin.submit(bare, "correction", Map.of("reason", why), "refuse");
        assertEquals("Không chấp nhận", refused.doc().getElementById("correction-status").text(), refused.text());
        assertTrue(AdmissionSteps.mailBodies(admin, "ra-soat-tai@example.com", "Yêu cầu sửa dữ liệu tuyển sinh lớp 1 không")
                .stream().anyMatch(b -> b.contains(why)));
        PortalClient.Page again = openRecord(new PortalClient(), "079226000608", "ra-soat-tai@example.com");
        assertEquals("8 Đường Kiểm, Phường Rà Soát", again.doc().getElementById("record-current").text());
        assertTrue(again.doc().getElementById("requests").text().contains("Không chấp nhận (" + why + ")"), again.text());
    }

    @Test
    void theFirstStepOfTheApplicationIsCheckedAgainstTheReviewedRecord() {
        PortalClient parent = new PortalClient();
        PortalClient.Page form = parent.submit(parent.get("/s/" + school + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        Map<String, String> child = AdmissionSteps.pick(AdmissionSteps.family("079326000602", "2026-07-10", "FEMALE",
                "Phường Rà Soát", "ra-soat-han@example.com"), "personalId", "birthDate", "sex", "birthPlace", "ethnicity");
        child.put("childName", "Lê Ngọc Hằng");
        PortalClient.Page refused = AdmissionSteps.step(parent, form, child);
        assertTrue(refused.fieldError("childName").startsWith("Họ tên không khớp với dữ liệu đã rà soát"), refused.text());
        assertTrue(refused.fieldError("childName").contains("“Kiểm tra dữ liệu” trong thời gian rà soát, hoặc liên hệ nhà trường"));
        assertTrue(refused.fieldError("birthDate").startsWith("Ngày sinh không khớp với dữ liệu đã rà soát"), refused.text());
        assertEquals("Lê Ngọc Hằng", refused.doc().getElementById("childName").val(), "what was typed is kept");
        assertFalse(refused.body().contains("Lê Ngọc Hân"), "the record is never shown to whoever types its number");

        // A number without a record: as before, only the form of the number is checked.
        Map<String, String> other = new HashMap<>(child);
        other.put("personalId", "079326000698");
        PortalClient another = new PortalClient();
        PortalClient.Page start = another.submit(another.get("/s/" + school + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        assertTrue(AdmissionSteps.step(another, start, other).text().contains("Bước 2 / 6"));

        child.put("childName", "Lê Ngọc Hân");
        child.put("birthDate", "2026-07-09");
        assertTrue(AdmissionSteps.step(parent, refused, child).text().contains("Bước 2 / 6"));

        // Someone trying the days of the year for this child: the record answers ten comparisons an hour in all (two
        // above), then none. The eleventh guess passes unanswered, as the family would (it is not refused for the hour);
        // the school is told to compare the papers (AdmissionChecks.aStrangerWhoKnowsAChildsNumber…).
        Map<String, String> guess = new HashMap<>(child);
        for (int day = 1; day <= 8; day++) {
            guess.put("birthDate", "2026-06-" + String.format("%02d", day));
            PortalClient guesser = new PortalClient();
            PortalClient.Page g = AdmissionSteps.step(guesser, guesser.submit(guesser.get("/s/" + school + "/tuyen-sinh/dang-ky"),
                    "apply", Map.of(), "start"), guess);
            assertTrue(g.fieldError("birthDate").startsWith("Ngày sinh không khớp với dữ liệu đã rà soát"), day + ": " + g.text());
        }
        guess.put("birthDate", "2026-06-09");
        PortalClient guesser = new PortalClient();
        PortalClient.Page eleventh = AdmissionSteps.step(guesser, guesser.submit(guesser.get("/s/" + school + "/tuyen-sinh/dang-ky"),
                "apply", Map.of(), "start"), guess);
        assertTrue(eleventh.text().contains("Bước 2 / 6"), "not compared, not refused: " + eleventh.text());

        // The guesser, knowing only the number, files an application with a wrong name and date: taken like any other (the
        // receipt says nothing of the record), but without the child's place, and marked for the school. The family then
        // applies with the child's true data and is not refused as "already applied" (a stranger blocked it so).
        PortalClient impostor = new PortalClient();
        Map<String, String> wrong = AdmissionSteps.family("079326000602", "2026-06-10", "FEMALE", "Phường Rà Soát", "mao-danh@example.com");
        wrong.put("childName", "Kẻ Lạ Mạo Danh");
        String impostorsCode = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(impostor, admin,
                AdmissionSteps.fillAll(impostor, school, wrong), "mao-danh@example.com"));
        PortalClient family = new PortalClient();
        Map<String, String> right = AdmissionSteps.family("079326000602", "2026-07-09", "FEMALE", "Phường Rà Soát", "ra-soat-han@example.com");
        right.put("childName", "Lê Ngọc Hân");
        String familysCode = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(family, admin,
                AdmissionSteps.fillAll(family, school, right), "ra-soat-han@example.com"));
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        assertTrue(staff.get("/admin/s/" + school + "/tuyen-sinh").doc().select("#queue tr:has(a:containsOwn(" + impostorsCode
                + ")) .record-unchecked-mark").hasText(), "marked in the queue too, not only once opened");
        assertTrue(AdmissionSteps.openApplication(staff, school, impostorsCode).doc().getElementById("record-unchecked").text()
                .startsWith("Họ tên, ngày sinh hoặc giới tính trong hồ sơ này không khớp"));
        assertNull(AdmissionSteps.openApplication(staff, school, familysCode).doc().getElementById("record-unchecked"),
                "the family's matches its record");

        // One application of a child is accepted (both could be, and the allocation then stopped at the child's lottery
        // key, met twice): the impostor's is refused while the family's is considered, and each page names the other.
        PortalClient.Page impostors = AdmissionSteps.openApplication(staff, school, impostorsCode);
        assertTrue(impostors.doc().getElementById("same-child").text().contains(familysCode), impostors.text());
        PortalClient.Page notTwice = staff.submit(impostors, "decide", Map.of("reason", "Đã xem giấy khai sinh"), "accept");
        assertTrue(notTwice.fieldError("decide:reason").startsWith("Trẻ có số định danh này còn hồ sơ khác đang xét: " + familysCode),
                notTwice.text());
        assertEquals("Đã nộp, chờ xác minh", notTwice.doc().getElementById("status").text());

        // Two clerks on the family's application: the one whose page was opened before the other decided is told, the
        // typed reason kept; a second press of the same page moves nothing and mails nothing again.
        PortalClient colleague = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page mine = AdmissionSteps.openApplication(staff, school, familysCode);
        PortalClient.Page theirs = AdmissionSteps.openApplication(colleague, school, familysCode);
        PortalClient.Page accepted = staff.submit(mine, "decide", Map.of(), "accept");
        assertTrue(accepted.text().contains("Đã cập nhật hồ sơ " + familysCode), accepted.text());
        assertNull(accepted.doc().getElementById("decide:accept"), "accepted already: not offered again");
        assertTrue(accepted.doc().getElementById("decide:refuse").attr("data-confirm").startsWith("Từ chối hồ sơ " + familysCode + "?"),
                "a refusal, which cannot be undone, asks first");
        PortalClient.Page stale = colleague.submit(theirs, "decide", Map.of("reason", "Thiếu giấy xác nhận cư trú"), "ask");
        assertTrue(stale.fieldError("decide:reason").startsWith("Hồ sơ vừa được cập nhật trong lúc bạn xem (trạng thái hiện nay: Hồ sơ hợp lệ)"),
                stale.text());
        assertEquals("Thiếu giấy xác nhận cư trú", stale.doc().getElementById("decide:reason").text(), "the typed reason kept");
        assertEquals("Hồ sơ hợp lệ", stale.doc().getElementById("status").text());
        PortalClient.Page pressedTwice = staff.submit(mine, "decide", Map.of(), "accept");
        assertTrue(pressedTwice.fieldError("decide:reason").startsWith("Hồ sơ vừa được cập nhật"), pressedTwice.text());
        assertEquals(1, AdmissionSteps.mailBodies(admin, "ra-soat-han@example.com", "Hồ sơ tuyển sinh " + familysCode + ": có cập nhật")
                .size(), "one decision, one mail");

        // A press on an application closed meanwhile is answered (it was dropped in silence with the form it came from).
        PortalClient.Page impostorsOnTheirs = AdmissionSteps.openApplication(colleague, school, impostorsCode);
        PortalClient.Page refusedImpostor = staff.submit(AdmissionSteps.openApplication(staff, school, impostorsCode), "decide",
                Map.of("reason", "Không khớp giấy khai sinh; gia đình của trẻ đã nộp hồ sơ " + familysCode), "refuse");
        assertTrue(refusedImpostor.text().contains("Đã cập nhật hồ sơ " + impostorsCode), refusedImpostor.text());
        PortalClient.Page late = colleague.submit(impostorsOnTheirs, "decide", Map.of("reason", "Cần giấy khai sinh"), "ask");
        assertTrue(late.text().contains("Hồ sơ này không còn xác minh được: trạng thái hiện nay là “"), late.text());
        assertNull(late.doc().getElementById("decide"), "no form left to press");
    }

    @Test
    void outsideTheReviewWindowTheAnswerGivesTheDatesAndKeepsTheNumber() {
        PortalClient parent = new PortalClient();
        PortalClient.Page refused = parent.submit(parent.get(kiemTra(closedSchool)), "review",
                Map.of("personalId", "079226000601"), "review:send");
        String from = LocalDate.now(AdmissionSteps.ZONE).minusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String to = LocalDate.now(AdmissionSteps.ZONE).minusDays(4).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertEquals("Ngoài thời gian rà soát dữ liệu: từ " + from + " đến hết " + to + ".",
                refused.fieldError("review:personalId"), refused.text());
        assertEquals("079226000601", refused.doc().getElementById("review:personalId").val());
        assertNull(refused.doc().getElementById("review:code"));
        assertEquals(200, parent.get("/tuyen-sinh/kiem-tra").status(), "the department's page answers too");
    }

    /**
     * The record's page left open past its half hour (a slow upload, a family deciding) answered its next press with
     * the first stage, empty, without a word: it says the session ended and what to do.
     */
    @Test
    void aRecordPageOpenPastItsTimeSaysSoInsteadOfStartingOverSilently() {
        PortalClient family = new PortalClient();
        PortalClient.Page late = family.exchange("POST", kiemTra(school), Map.of(), Map.of("token", "het-han-" + System.nanoTime(),
                "stage", "3", "action", "saveSpecial", "special", "1"));
        assertEquals(200, late.status(), late.text());
        assertTrue(late.doc().getElementById("review-notice").text().contains("Phiên xem dữ liệu đã hết hạn"), late.text());
    }

    /**
     * kiem-tra is a plain HTML form like the family's look-up: no JSF state, no session, the fields by plain names
     * and the button pressed as {@code action}; every post is answered with the page itself (200, or 429 with
     * Retry-After over the limit), never a redirect; an action the page did not offer does nothing; a refusal is
     * shown by field with what was typed kept; a post from another site is refused (403) and changes nothing.
     */
    @Test
    void theDataReviewIsPlainHtmlWithoutSessionAndAnswersEveryPostWithThePage() {
        String id = "079226000609";
        String email = "ra-soat-thuan@example.com";
        PortalClient.Page added = admin.submitFile(AdmissionSteps.campaignPage(admin, YEAR), "reviewImport", "csv", "them.csv",
                "text/csv", (CSV.lines().findFirst().orElseThrow() + "\n" + id + ",Trần Văn Thuần,20/05/2026,Nam,Phường Rà Soát,"
                        + "9 Đường Kiểm,,," + email + "\n").getBytes(StandardCharsets.UTF_8), "import");
        assertTrue(added.text().contains("Đã nhập 1 hồ sơ rà soát"), added.text());
        String address = kiemTra(school);
        PortalClient family = new PortalClient();

        PortalClient.Page start = family.exchange("GET", address, Map.of(), null);
        assertEquals(200, start.status());
        assertTrue(start.headers().allValues("Set-Cookie").isEmpty(), "GET: no session");
        assertFalse(start.body().contains("jakarta.faces.ViewState"), "no JSF state on the page");
        assertEquals("personalId", start.doc().getElementById("review:personalId").attr("name"));
        assertEquals(Set.of("send"), start.doc().select("#review button[name=action]").stream().map(Element::val)
                .collect(Collectors.toSet()), "stage 1 offers the code only");
        assertTrue(start.doc().select("#review [name*=:]").isEmpty(), "plain field names");
        assertFalse("multipart/form-data".equals(start.doc().getElementById("review").attr("enctype")));

        // A button the page did not offer does nothing: no code is checked before one was asked for.
        PortalClient.Page forged = family.exchange("POST", address, Map.of(),
                Map.of("personalId", id, "code", "123456", "action", "open"));
        assertEquals(200, forged.status());
        assertNull(forged.doc().getElementById("review:code"), forged.text());
        assertEquals("", forged.fieldError("review:personalId"));
        assertEquals(id, forged.doc().getElementById("review:personalId").val(), "what was typed is kept");

        // The code is sent: the page itself at stage 2, never a redirect, nothing of the family in an address.
        PortalClient.Page sent = family.exchange("POST", address, Map.of(), Map.of("personalId", id, "action", "send"));
        assertEquals(200, sent.status(), sent.text());
        assertTrue(sent.headers().allValues("Set-Cookie").isEmpty(), "POST: no session");
        assertTrue(sent.headers().firstValue("Location").isEmpty());
        assertFalse(sent.body().contains("jakarta.faces.ViewState"));
        assertTrue(sent.doc().getElementById("review-notice").text().contains("(ra***@example.com)"), sent.text());
        assertEquals("2", sent.doc().select("#review input[name=stage]").val());
        assertEquals("code", sent.doc().getElementById("review:code").attr("name"));
        String code = AdmissionSteps.codeFromOutbox(admin, email);
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        PortalClient.Page wrong = family.exchange("POST", address, Map.of(),
                Map.of("personalId", id, "stage", "2", "code", wrongCode, "action", "open"));
        assertEquals(200, wrong.status());
        assertEquals("Mã xác nhận không đúng.", wrong.fieldError("review:code"));
        assertEquals(wrongCode, wrong.doc().getElementById("review:code").val());
        assertEquals(id, wrong.doc().getElementById("review:personalId").val());

        // The record: the form turns multipart and carries the stage and the record's signed token, nothing else.
        PortalClient.Page record = family.submit(wrong, "review", Map.of("code", code), "review:open");
        assertEquals(200, record.status());
        assertTrue(record.headers().allValues("Set-Cookie").isEmpty());
        assertEquals("Trần Văn Thuần", record.doc().getElementById("record-name").text(), record.text());
        assertEquals("multipart/form-data", record.doc().getElementById("review").attr("enctype"));
        assertEquals(Set.of("stage", "token"), record.doc().select("#review input[type=hidden]").stream()
                .map(i -> i.attr("name")).collect(Collectors.toSet()));
        assertTrue(record.doc().select("#review [name*=:]").isEmpty(), "plain field names");
        assertEquals("childName", record.doc().getElementById("review:childName").attr("name"));

        // A refused correction (multipart, the file checked by its content): each message next to its field, what was typed kept.
        PortalClient.Page refused = family.submitFileWith(record, "review", Map.of("birthDate", "2025-05-20",
                "curWard", "Phường Mới Gõ", "reason", ""), "evidence", "khai-sinh.pdf", "application/pdf", Samples.html(),
                "review:ask");
        assertEquals(200, refused.status());
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty(), "refused POST: no session");
        assertTrue(refused.fieldError("review:birthDate").startsWith("Năm sinh này không khớp với số định danh"), refused.text());
        assertEquals("Vui lòng ghi lý do cần sửa.", refused.fieldError("review:reason"));
        assertEquals("Tệp không phải PDF, JPEG hoặc PNG hợp lệ.", refused.fieldError("review:evidence"));
        assertEquals("", refused.fieldError("review:curWard"));
        assertEquals("2025-05-20", refused.doc().getElementById("review:birthDate").val());
        assertEquals("Phường Mới Gõ", refused.doc().getElementById("review:curWard").val());

        // The same request from another site is refused before anything is read, and nothing is asked.
        Map<String, String> ask = Map.of("birthDate", "", "curWard", "", "curStreet", "12 Đường Lạ",
                "reason", "Gia đình chuyển nhà tháng trước");
        PortalClient.Page foreign = family.withHeaders(Map.of("Origin", "https://evil.example")).submitFileWith(refused, "review",
                ask, "evidence", "cu-tru.pdf", "application/pdf", Samples.pdf(), "review:ask");
        assertEquals(403, foreign.status());
        Map<String, String> asItIs = new HashMap<>();
        refused.doc().select("#review input[type=hidden]").forEach(i -> asItIs.put(i.attr("name"), i.val()));
        PortalClient.Page unchanged = family.exchange("POST", address, Map.of(), asItIs);
        assertEquals("Trần Văn Thuần", unchanged.doc().getElementById("record-name").text(), unchanged.text());
        assertNull(unchanged.doc().getElementById("requests"), "nothing was asked: " + unchanged.text());
        PortalClient.Page asked = family.submitFileWith(refused, "review", ask, "evidence", "cu-tru.pdf", "application/pdf",
                Samples.pdf(), "review:ask");
        assertEquals(200, asked.status());
        assertTrue(asked.doc().getElementById("review-notice").text().contains("Đã gửi yêu cầu sửa dữ liệu."), asked.text());
        assertTrue(asked.doc().getElementById("requests").text().contains("12 Đường Lạ; Đang chờ xử lý"), asked.text());
        assertEquals("", asked.doc().getElementById("review:curStreet").val(), "a request sent empties the fields");

        // Over a number's limit of look-ups: 429 with Retry-After and the page saying when to try again, what was typed kept.
        String unknown = ThreadLocalRandom.current().ints(11, 0, 10).mapToObj(String::valueOf).collect(Collectors.joining());
        for (int i = 0; i < 10; i++) {
            PortalClient.Page none = family.exchange("POST", address, Map.of(), Map.of("personalId", unknown, "action", "send"));
            assertEquals(200, none.status());
            assertEquals("Số định danh cá nhân gồm đúng 12 chữ số.", none.fieldError("review:personalId"), none.text());
        }
        PortalClient.Page tooMany = family.exchange("POST", address, Map.of(), Map.of("personalId", unknown, "action", "send"));
        AdmissionSteps.throttled(tooMany, "review-notice", "review:personalId", unknown);
    }
}
