package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;
import vn.edu.portal.it.Samples;

/**
 * Procedures under the law in force, over HTTP: the department's working-day calendar (bad
 * ranges refused in Vietnamese; a change moves the due days of open requests at once), a pause
 * while the school waits for documents shown to the parent and to the staff, a procedure whose
 * legal basis is replaced while a request is open (it finishes under its version), a replaced
 * procedure shown superseded; on the demo database, the catalogue level by level.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LawInForceChecks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<ProcedureActions.Row> FORM = List.of(
            new ProcedureActions.Row("Học sinh", "ho_ten_hoc_sinh", "TEXT", "Họ và tên học sinh", true, "", false),
            new ProcedureActions.Row("Học sinh", "lop", "TEXT", "Lớp", true, "", false));

    private String school;
    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeAll
    void aSchool() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("lat"), "Trường Tiểu học Luật Hiện Hành");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
    }

    private PortalClient staff() {
        return AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
    }

    /** A procedure of the school with a time limit of {@code days} working days and a one-section form; returns its id. */
    private String procedure(String slug, String days) {
        PortalClient staff = staff();
        Map<String, String> fields = new HashMap<>(Map.of("name", "Xác nhận " + slug, "slug", slug,
                "legalBasis", "Thông tư 28/2020/TT-BGDĐT", "applicants", "Cha, mẹ học sinh", "steps", "Nộp đơn\nXem xét",
                "documents", "Đơn", "timeLimitDays", days, "fee", "Không thu phí", "result", "Giấy xác nhận",
                "retentionDays", "365"));
        fields.put("serviceLevel", "FULL");
        fields.put("published", "on");
        PortalClient.Page saved = staff.submit(staff.get("/admin/s/" + school + "/thu-tuc"), "proc", fields, "save");
        Element link = saved.doc().getElementById("edit-form");
        assertNotNull(link, saved.text());
        String id = link.attr("href").replaceAll(".*id=", "");
        ProcedureActions.publishForm(staff, school, id, FORM);
        return id;
    }

    private ProcedureActions.Submitted submit(String slug, String email) {
        return ProcedureActions.submit(new PortalClient(), school, slug, Map.of("f_ho_ten_hoc_sinh", "Lê Văn Luật",
                "f_lop", "2A"), null, null, email);
    }

    private static LocalDate day(PortalClient.Page page, String id) {
        Element e = page.doc().getElementById(id);
        assertNotNull(e, "#" + id + " on " + page.uri() + ": " + page.text());
        return LocalDate.parse(e.text().strip(), DAY);
    }

    private PortalClient.Page addToCalendar(PortalClient admin, String kind, String name, LocalDate first, LocalDate last) {
        return admin.submit(admin.get("/admin/lich-lam-viec?nam=" + first.getYear()), "entry", Map.of("kind", kind,
                "name", name, "firstDay", first.toString(), "lastDay", last == null ? "" : last.toString()), "save");
    }

    private void deleteFromCalendar(PortalClient admin, int year, String name) {
        PortalClient.Page page = admin.get("/admin/lich-lam-viec?nam=" + year);
        Element row = page.doc().select("#calendar-entries tbody tr").stream().filter(r -> r.text().contains(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in the calendar: " + page.text()));
        String button = row.selectFirst("input[type=submit]").attr("name");
        PortalClient.Page deleted = admin.submit(page, "entries", Map.of(), button.substring("entries:".length()));
        assertTrue(deleted.text().contains("Đã xóa khỏi lịch."), deleted.text());
    }

    @Test
    void badRangesOfTheCalendarAreRefusedInVietnameseAndNothingIsSaved() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page page = admin.get("/admin/lich-lam-viec?nam=2027");
        assertEquals(200, page.status(), page.text());
        assertTrue(page.doc().getElementById("calendar-entries").text().contains("Tết Nguyên đán Đinh Mùi"), page.text());
        int entries = page.doc().select("#calendar-entries tbody tr").size();

        PortalClient.Page reversed = addToCalendar(admin, "HOLIDAY", "Ngược " + tag, LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 8));
        assertEquals("Khoảng ngày bị ngược: ngày kết thúc (08/03/2027) ở trước ngày bắt đầu (10/03/2027).",
                reversed.fieldError("entry:lastDay"));
        assertEquals("Ngược " + tag, reversed.doc().getElementById("entry:name").attr("value"), "what was typed stays");
        PortalClient.Page overlapping = addToCalendar(admin, "HOLIDAY", "Chồng " + tag, LocalDate.of(2027, 2, 9),
                LocalDate.of(2027, 2, 12));
        assertTrue(overlapping.fieldError("entry:firstDay").startsWith("Trùng với \"Tết Nguyên đán Đinh Mùi\" (04/02/2027 – 10/02/2027)"),
                overlapping.text());
        PortalClient.Page weekday = addToCalendar(admin, "WORKDAY", "Làm bù " + tag, LocalDate.of(2027, 3, 10), null);
        assertEquals("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: ngày 10/03/2027 vốn đã là ngày làm việc.",
                weekday.fieldError("entry:firstDay"));
        PortalClient.Page hours = admin.submit(admin.get("/admin/lich-lam-viec"), "hours", Map.of("opens", "17:00",
                "closes", "07:30"), "save");
        assertEquals("Giờ kết thúc phải sau giờ bắt đầu.", hours.fieldError("hours:closes"));
        assertEquals(entries, admin.get("/admin/lich-lam-viec?nam=2027").doc().select("#calendar-entries tbody tr").size(),
                "nothing saved");
        assertEquals(403, staff().get("/admin/lich-lam-viec").status(), "the calendar is the department's");
    }

    @Test
    void aHolidayAddedMovesTheDueDayOfAnOpenRequestAtOnceAndBack() {
        String slug = "lich-" + tag;
        procedure(slug, "30");
        ProcedureActions.Submitted sent = submit(slug, "lich." + tag + "@example.vn");
        PortalClient staff = staff();
        String id = ProcedureActions.submissionId(staff, school, sent.tracking());
        LocalDate before = day(staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id), "due");

        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String name = "Nghỉ kiểm thử " + tag;
        LocalDate first = LocalDate.now(VN).plusDays(1);
        PortalClient.Page added = addToCalendar(admin, "HOLIDAY", name, first, first.plusDays(6));
        for (int shift = 1; shift <= 3 && added.fieldError("entry:firstDay").startsWith("Trùng với"); shift++) {
            first = first.plusDays(7); // an announced holiday is there already: the next week
            added = addToCalendar(admin, "HOLIDAY", name, first, first.plusDays(6));
        }
        assertTrue(added.text().contains("Đã lưu \"" + name + "\""), added.text());
        try {
            LocalDate moved = day(staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id), "due");
            assertTrue(moved.isAfter(before), "due " + before + ", after the holiday " + moved);
            assertTrue(admin.get("/admin/lich-lam-viec?nam=" + first.getYear()).doc().getElementById("days-in-force").text()
                    .contains(first.plusDays(first.getDayOfWeek().getValue() >= 6 ? 8 - first.getDayOfWeek().getValue() : 0)
                            .format(DAY)), "this server counts with it at once");
        } finally {
            deleteFromCalendar(admin, first.getYear(), name);
        }
        assertEquals(before, day(staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id), "due"), "and back");
    }

    @Test
    void aPauseForDocumentsIsShownToTheParentAndTheStaff() {
        String slug = "tam-dung-" + tag;
        procedure(slug, "5");
        String email = "tam.dung." + tag + "@example.vn";
        ProcedureActions.Submitted sent = submit(slug, email);
        PortalClient staff = staff();
        String id = ProcedureActions.submissionId(staff, school, sent.tracking());
        PortalClient.Page opened = staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id);
        assertNotNull(opened.doc().getElementById("deadline-facts"), opened.text());
        assertTrue(opened.doc().getElementById("basis").text().contains("Thông tư 28/2020/TT-BGDĐT"));
        PortalClient.Page asked = staff.submit(opened, "ask", Map.of("note", "Vui lòng bổ sung giấy khai sinh."), "go");
        Element paused = asked.doc().getElementById("paused");
        assertNotNull(paused, asked.text());
        assertTrue(paused.text().startsWith("Tạm dừng tính thời hạn từ") && paused.text().contains("ngày làm việc"), paused.text());
        String row = staff.get("/admin/s/" + school + "/ho-so").doc().select("#queue tr:has(a.code:containsOwn("
                + sent.tracking() + "))").text();
        assertTrue(row.contains("Tạm dừng, còn"), row);

        PortalClient parent = new PortalClient();
        PortalClient.Page lookup = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", sent.tracking(), "email", email));
        assertNotNull(lookup.doc().getElementById("paused"), lookup.text());
        assertNull(lookup.doc().getElementById("due"), "no due day while the clock stops");
        assertNotNull(lookup.doc().getElementById("received"));
        PortalClient.Page added = parent.submitPlain(lookup, "add-files", Map.of("note", "Đã bổ sung"), null, "file",
                "khai-sinh.pdf", "application/pdf", Samples.pdf());
        assertNull(added.doc().getElementById("paused"), added.text());
        assertNotNull(added.doc().getElementById("due"), "the clock runs again");
        assertNull(staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id).doc().getElementById("paused"));
    }

    @Test
    void aLegalBasisReplacedWhileARequestIsOpenAndAProcedureReplacedAltogether() {
        String slug = "thay-the-" + tag;
        String procedureId = procedure(slug, "3");
        String email = "thay.the." + tag + "@example.vn";
        ProcedureActions.Submitted sent = submit(slug, email);
        PortalClient staff = staff();
        PortalClient.Page edit = staff.get("/admin/s/" + school + "/thu-tuc?id=" + procedureId);
        PortalClient.Page saved = staff.submit(edit, "proc", Map.of("legalBasis", "Thông tư mới về xác nhận (kiểm thử)"), "save");
        assertTrue(saved.text().contains("Đã lưu"), saved.text());

        PortalClient parent = new PortalClient();
        PortalClient.Page lookup = parent.postForm("/s/" + school + "/tra-cuu", Map.of("ma", sent.tracking(), "email", email));
        assertEquals("Căn cứ pháp lý khi nộp: Thông tư 28/2020/TT-BGDĐT", lookup.doc().getElementById("basis").text(),
                "the open request keeps the basis it was sent under");
        String id = ProcedureActions.submissionId(staff, school, sent.tracking());
        PortalClient.Page done = staff.submitFile(staff.get("/admin/s/" + school + "/ho-so/xem?id=" + id), "accept", "result",
                "ket-qua.pdf", "application/pdf", Samples.pdf(), "go");
        assertTrue(done.text().contains("Đã giải quyết"), "and finishes under it: " + done.text());
        assertTrue(parent.get("/s/" + school + "/thu-tuc/" + slug).text().contains("Thông tư mới về xác nhận (kiểm thử)"));

        PortalClient.Page form = staff.get("/admin/s/" + school + "/thu-tuc?id=" + procedureId);
        assertEquals("Hãy ghi rõ văn bản hoặc thủ tục thay thế.",
                staff.submit(form, "supersede", Map.of("replacedBy", " "), "go").fieldError("supersede:replacedBy"));
        PortalClient.Page superseded = staff.submit(form, "supersede", Map.of("replacedBy",
                "Thủ tục «Xác nhận trực tuyến» theo văn bản mới"), "go");
        assertTrue(superseded.text().contains("Đã đánh dấu thủ tục đã được thay thế"), superseded.text());
        PortalClient.Page list = new PortalClient().get("/s/" + school + "/thu-tuc?v=" + tag);
        assertTrue(list.doc().getElementById("replaced") != null && list.doc().getElementById("replaced").text()
                .contains("Xác nhận " + slug), list.text());
        PortalClient.Page apply = new PortalClient().get("/s/" + school + "/thu-tuc/" + slug + "/nop");
        assertEquals(200, apply.status());
        assertTrue(apply.doc().getElementById("superseded").text().contains("Thủ tục «Xác nhận trực tuyến» theo văn bản mới"),
                apply.text());
        assertNull(apply.doc().getElementById("apply"), "no new requests");
    }

    @Test
    void theDemoCatalogueFollowsTheLawLevelByLevel() {
        if (!Deployments.embeddedDatabase()) {
            return; // the demo department exists on the embedded database only
        }
        PortalClient parent = new PortalClient();
        PortalClient.Page primary = parent.get("/s/thnguyenhue/thu-tuc");
        assertTrue(primary.doc().getElementById("replaced").text().contains("Đề nghị miễn, giảm học phí"), primary.text());
        assertTrue(parent.get("/s/thnguyenhue/thu-tuc/mien-giam-hoc-phi").doc().getElementById("superseded").text()
                .contains("Nghị định 238/2025/NĐ-CP"));
        assertTrue(parent.get("/s/thnguyenhue/thu-tuc/chuyen-truong-tieu-hoc").text().contains("Điều lệ trường tiểu học"));

        PortalClient.Page preschool = parent.get("/s/mnhoasen/thu-tuc/xin-cho-tre-nghi-hoc");
        String facts = preschool.doc().select("dl.procedure-facts, ol.steps-list, ul.plain-list").text();
        assertTrue(facts.contains("Điều lệ trường mầm non") && !facts.contains("học sinh") && !facts.contains("chủ nhiệm"), facts);
        PortalClient.Page child = parent.get("/s/mnhoasen/thu-tuc/xin-cho-tre-nghi-hoc/nop");
        assertNotNull(child.doc().getElementById("f_nhom_lop"), child.text());

        PortalClient.Page graduate = parent.get("/s/thptmariecurie/thu-tuc/ban-sao-bang-tot-nghiep-thpt/nop");
        assertNotNull(graduate.doc().getElementById("f_nam_tot_nghiep"), graduate.text());
        assertNull(graduate.doc().getElementById("f_lop"), "a former pupil is not asked for a class");
        int next = LocalDate.now(VN).getYear() + 1;
        PortalClient.Page future = parent.submitPlain(graduate, "apply-form", Map.of("f_ho_ten", "Phạm Văn Cựu",
                "f_ngay_sinh", "2008-04-12", "f_nam_tot_nghiep", String.valueOf(next), "f_so_ban", "1"), "next",
                null, null, null, null);
        assertEquals("Năm này chưa đến: không được sau năm " + (next - 1) + ".",
                future.doc().getElementById("e_nam_tot_nghiep").text());
        assertTrue(parent.get("/s/thcslequydon/thu-tuc/ban-sao-van-bang").doc().getElementById("superseded").text()
                .contains("01/01/2026"));
        assertEquals(404, parent.get("/s/thcslequydon/thu-tuc/ban-sao-bang-tot-nghiep-thpt").status(),
                "diploma copies belong to upper-secondary schools");
    }
}
