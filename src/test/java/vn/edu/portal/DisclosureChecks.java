package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;

/**
 * Disclosures over HTTP: opening school years (bad years refused), text, tables and the annual
 * report with their bad input, versions and the public page, the level rule, the privacy guard,
 * open data, the department's dashboard with its Excel export and reminders, and schools kept
 * apart (another school's drafts can be neither seen nor changed, by address or by id).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class DisclosureChecks {

    private String school;
    private String other;
    private int year;
    private String yearLabel;


    @BeforeAll
    void schools() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("ckh"), "Trường Tiểu học Công Khai");
        other = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("ckk"), "Trường Tiểu học Láng Giềng");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(admin, other, other + ".admin", "SCHOOL_ADMIN");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        yearLabel = year + "–" + (year + 1);
        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page opened = staff.submit(staff.get("/admin/s/" + school + "/cong-khai"), "open",
                Map.of("year", year + "-" + (year + 1)), "submit");
        assertTrue(opened.text().contains("Đã mở năm học " + yearLabel), opened.text());
    }

    private PortalClient schoolAdmin() {
        return AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
    }

    private String item(String slug, String code) {
        return "/admin/s/" + slug + "/cong-khai/muc?nam=" + year + "&ma=" + code;
    }

    @Test
    void badSchoolYearsAreRefusedNextToTheField() {
        PortalClient staff = schoolAdmin();
        PortalClient.Page form = staff.get("/admin/s/" + school + "/cong-khai");
        assertEquals("Năm học không hợp lệ: năm kết thúc phải ngay sau năm bắt đầu (ví dụ 2026–2027).",
                staff.submit(form, "open", Map.of("year", "2026-2025"), "submit").fieldError("open:year"));
        assertEquals("Năm học phải có dạng 2026–2027.",
                staff.submit(form, "open", Map.of("year", "năm sau"), "submit").fieldError("open:year"));
        assertEquals("Năm học " + yearLabel + " đã được mở.",
                staff.submit(form, "open", Map.of("year", yearLabel), "submit").fieldError("open:year"));
        assertTrue(staff.submit(form, "open", Map.of("year", "1999-2000"), "submit").fieldError("open:year")
                .startsWith("Chỉ mở được các năm học từ 2017–2018"));
    }

    @Test
    void textIsSanitisedPublishedAndAnEditKeepsTheOldVersionAsSuperseded() {
        PortalClient staff = schoolAdmin();
        PortalClient.Page first = staff.submit(staff.get(item(school, "1.3")), "entry",
                Map.of("body_input", "<p onclick=\"alert(1)\">Sứ mạng: học sinh hạnh phúc.</p><script>alert('x')</script>"),
                "publishButton");
        assertTrue(first.text().contains("Đã công khai (phiên bản 1)"), first.text());
        PortalClient anonymous = new PortalClient();
        PortalClient.Page page = anonymous.get("/s/" + school + "/cong-khai");
        assertEquals(200, page.status());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "public pages set no cookie");
        assertTrue(page.text().contains("Sứ mạng: học sinh hạnh phúc."), page.text());
        assertFalse(page.body().contains("alert("), "sanitised on the way in");
        assertTrue(page.text().contains("1. Thông tin chung"));

        PortalClient.Page second = staff.submit(staff.get(item(school, "1.3")), "entry",
                Map.of("body_input", "<p>Sứ mạng mới: mỗi học sinh một niềm vui.</p>"), "publishButton");
        assertTrue(second.text().contains("Đã công khai (phiên bản 2)"), second.text());
        PortalClient.Page after = anonymous.get("/s/" + school + "/cong-khai/" + year + "-" + (year + 1));
        Element current = after.doc().getElementById("muc-1.3");
        assertNotNull(current, after.text());
        assertTrue(current.text().contains("Sứ mạng mới"), current.text());
        Element old = current.selectFirst("details.superseded");
        assertNotNull(old, "the older version stays visible");
        assertTrue(old.text().contains("Đã thay thế") && old.text().contains("Sứ mạng: học sinh hạnh phúc."), old.text());
        assertTrue(second.doc().getElementById("versions").text().contains("Đã thay thế"));
    }

    @Test
    void tablesTakeWholeNonNegativeNumbersOnlyAndShowTheirRates() {
        PortalClient staff = schoolAdmin();
        PortalClient.Page form = staff.get(item(school, "3.1"));
        String total = "entry:rows:1:cells:0:v";
        assertNotNull(form.doc().getElementsByAttributeValue("name", total).first(), form.body());
        // A screen reader names a cell by its row and its column's heading (it read the internal key, "total").
        assertEquals("Giáo viên: Tổng số", form.doc().getElementsByAttributeValue("name", total).first().attr("aria-label"));
        PortalClient.Page text = staff.submit(form, "entry", Map.of(total, "bốn mươi"), "save");
        assertEquals("Ô \"Giáo viên – Tổng số\" phải là số nguyên (đang ghi \"bốn mươi\").", text.fieldError("entry:table"));
        PortalClient.Page negative = staff.submit(form, "entry", Map.of(total, "-3"), "save");
        assertEquals("Ô \"Giáo viên – Tổng số\" không được là số âm.", negative.fieldError("entry:table"));
        PortalClient.Page tooMany = staff.submit(form, "entry", Map.of(total, "10", "entry:rows:1:cells:5:v", "12"), "save");
        assertEquals("Tỷ lệ ở ô \"Giáo viên – Đạt chuẩn nghề nghiệp\" sẽ vượt 100 %: 12 lớn hơn 10 ở ô \"Giáo viên – Tổng số\".",
                tooMany.fieldError("entry:table"), "a rate above 100 % is refused");
        assertEquals("bốn mươi", text.doc().getElementsByAttributeValue("name", total).first().attr("value"),
                "what was typed stays in the form");
        PortalClient.Page incomplete = staff.submit(form, "entry", Map.of(total, "42"), "publishButton");
        assertEquals("Hãy điền đủ các ô của bảng trước khi đăng.", incomplete.fieldError("entry:table"));

        Map<String, String> cells = new HashMap<>();
        long[][] values = {{3, 1, 2, 0, 0, 3, 3}, {42, 2, 35, 4, 1, 40, 42}, {9, 0, 3, 2, 4, 6, 8}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 7; c++) {
                cells.put("entry:rows:" + r + ":cells:" + c + ":v", String.valueOf(values[r][c]));
            }
        }
        PortalClient.Page published = staff.submit(staff.get(item(school, "3.1")), "entry", cells, "publishButton");
        assertTrue(published.text().contains("Đã công khai"), published.text());
        Element table = new PortalClient().get("/s/" + school + "/cong-khai").doc().getElementById("muc-3.1");
        assertNotNull(table);
        assertTrue(table.text().contains("Giáo viên 42 2 (4,8 %) 35 (83,3 %) 4 (9,5 %) 1 (2,4 %) 40 (95,2 %) 42 (100 %)"),
                table.text());
        assertTrue(table.selectFirst(".citation").text().equals("Điều 8 khoản 1, Thông tư 09/2024/TT-BGDĐT"), table.text());
        // A table wider than a phone scrolls in its box: a keyboard must reach the box to scroll it
        // (axe: scrollable-region-focusable), and a screen reader hears what the region is.
        Element scroll = table.selectFirst(".table-scroll");
        assertEquals("0", scroll.attr("tabindex"), scroll.outerHtml());
        assertEquals("region", scroll.attr("role"));
        assertTrue(scroll.attr("aria-label").contains("3.1"), scroll.outerHtml());

        String json = new PortalClient().get("/s/" + school + "/cong-khai/du-lieu.json").body();
        assertTrue(json.contains("\"item\":\"3.1\"") && json.contains("\"row\":\"teachers\"") && json.contains("\"value\":42"), json);
        assertTrue(json.contains("\"column\":\"meetsStandard\"") && json.contains("\"ratePercent\":95.2"), json);
        PortalClient.Page csv = new PortalClient().get("/s/" + school + "/cong-khai/du-lieu.csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("\"teachers\",\"Giáo viên\",\"total\",\"Tổng số\",42"), csv.body());
    }

    @Test
    void theAnnualReportMustBeARealPdf() {
        PortalClient staff = schoolAdmin();
        PortalClient.Page form = staff.get(item(school, "5.1"));
        PortalClient.Page fake = staff.submitFile(form, "entry", "file", "bao-cao.pdf", "application/pdf",
                Samples.html(), "publishButton");
        assertFalse(fake.fieldError("entry:file").isEmpty(), fake.text());
        PortalClient.Page none = staff.submit(staff.get(item(school, "5.1")), "entry", Map.of(), "publishButton");
        assertEquals("Hãy tải lên tệp PDF của báo cáo.", none.fieldError("entry:file"));
        PortalClient.Page real = staff.submitFile(staff.get(item(school, "5.1")), "entry", "file", "bao-cao.pdf",
                "application/pdf", Samples.pdf(), "publishButton");
        assertTrue(real.text().contains("Đã công khai (phiên bản 1)"), real.text());
        Element link = new PortalClient().get("/s/" + school + "/cong-khai").doc().selectFirst("#muc-5\\.1 a.download");
        assertNotNull(link, "the annual report can be downloaded");
        PortalClient.Page pdf = new PortalClient().get(link.attr("href"));
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF-"));
    }

    @Test
    void anItemOfAnotherLevelIsRefused() {
        PortalClient.Page page = schoolAdmin().get(item(school, "3.5"));
        assertEquals(200, page.status());
        assertEquals("Mục 3.5 không áp dụng cho cấp học Tiểu học của trường.", page.doc().getElementById("refusal").text());
        assertTrue(page.doc().getElementById("entry") == null, "no form for it");
    }

    @Test
    void personalDataWarnsTheEditorBeforePublishing() {
        PortalClient staff = schoolAdmin();
        PortalClient.Page warned = staff.submit(staff.get(item(school, "1.4")), "entry",
                Map.of("body_input", "<p>Hiệu trưởng: cô Lan, di động 0912 345 678, CCCD 079123456789.</p>"), "publishButton");
        assertEquals("Nội dung có thể chứa dữ liệu cá nhân: hãy sửa lại hoặc đánh dấu xác nhận trước khi đăng.",
                warned.fieldError("entry:confirmPrivacy"));
        // Each finding named in Vietnamese (it read "phone:0912 345 678; id:079123456789").
        String privacy = warned.doc().getElementById("privacy").text();
        assertTrue(privacy.contains("Số điện thoại: 0912 345 678") && privacy.contains("Số định danh: 079123456789"), privacy);
        assertFalse(new PortalClient().get("/s/" + school + "/cong-khai").text().contains("0912 345 678"), "not published");
        PortalClient.Page confirmed = staff.submit(warned, "entry", Map.of("confirmPrivacy", "on"), "publishButton");
        assertTrue(confirmed.text().contains("Đã công khai"), confirmed.text());
    }

    @Test
    void oneSchoolCannotSeeOrChangeAnothersDrafts() {
        PortalClient staff = schoolAdmin();
        PortalClient.Page draft = staff.submit(staff.get(item(school, "1.5")), "entry",
                Map.of("body_input", "<p>Nội quy dự thảo bí mật.</p>"), "save");
        assertTrue(draft.text().contains("Đã lưu bản nháp (phiên bản 1)"), draft.text());
        String href = draft.doc().selectFirst("#versions a").attr("href");
        String draftId = href.substring(href.indexOf("ban=") + 4);
        assertTrue(staff.get(item(school, "1.5") + "&ban=" + draftId).text().contains("Nội quy dự thảo bí mật."));

        PortalClient neighbour = AdminActions.loggedIn(other + ".admin", ItAccounts.STAFF_PASSWORD);
        assertEquals(403, neighbour.get(item(school, "1.5")).status(), "another school's item by address");
        assertEquals(403, neighbour.get(item(school, "1.5") + "&ban=" + draftId).status());
        assertEquals(403, neighbour.get("/admin/s/" + school + "/cong-khai").status());
        PortalClient.Page byId = neighbour.get("/admin/s/" + other + "/cong-khai/muc?ban=" + draftId);
        assertEquals(200, byId.status());
        assertFalse(byId.body().contains("bí mật"), "another school's draft id is not found");
        assertNotNull(byId.doc().getElementById("not-found"));

        neighbour.submit(neighbour.get("/admin/s/" + other + "/cong-khai"), "open", Map.of("year", yearLabel), "submit");
        PortalClient.Page own = neighbour.get(item(other, "1.5") + "&ban=" + draftId);
        assertFalse(own.body().contains("bí mật"), own.text());
        PortalClient.Page published = neighbour.submit(neighbour.get(item(other, "1.5")), "entry",
                Map.of("body_input", "<p>Nội quy của trường láng giềng.</p>"), "publishButton");
        assertTrue(published.text().contains("Đã công khai (phiên bản 1)"), published.text());

        PortalClient.Page mine = staff.get(item(school, "1.5"));
        assertTrue(mine.text().contains("Bản nháp") && !mine.text().contains("Đang công khai"), "the draft is untouched: " + mine.text());
        PortalClient anonymous = new PortalClient();
        assertFalse(anonymous.get("/s/" + school + "/cong-khai").body().contains("bí mật"), "drafts are never public");
        assertFalse(anonymous.get("/s/" + other + "/cong-khai").body().contains("bí mật"));
        assertTrue(anonymous.get("/s/" + other + "/cong-khai").text().contains("Nội quy của trường láng giềng."));
        assertEquals(404, anonymous.get("/s/" + school + "/cong-khai/2030-2031").status());
        assertEquals(404, anonymous.get("/s/" + school + "/cong-khai/2026-2025").status());
    }

    @Test
    void departmentDashboardExportsOneRowPerSchoolAndRemindsLateSchools() throws Exception {
        PortalClient writer = schoolAdmin();
        PortalClient.Page article = writer.submit(writer.get("/admin/s/" + school + "/bai-viet/soan"), "edit",
                Map.of("title", "Khai giảng năm học mới", "summary", "Tóm tắt", "body_input", "<p>Nội dung.</p>"), "publish");
        assertTrue(article.text().contains("Đã đăng"), article.text());
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        // A school new on the portal has the update window from its first day: not late, not reminded.
        PortalClient.Page fresh = admin.get("/admin/cong-khai?nam=" + year + "&sx=NAME");
        assertEquals("0", fresh.doc().getElementById("school-" + school).select("td").get(6).text(), "no item late: " + fresh.text());
        // The department says it has been on the portal for a year (moved from an older one): its items are late.
        PortalClient.Page joined = admin.submit(admin.get("/admin/s/" + school + "/thong-tin"), "identity",
                Map.of("joined", LocalDate.now().minusYears(1).toString()), "save");
        assertTrue(joined.text().contains("Đã lưu thông tin."), joined.text());
        assertNotEquals("0", admin.get("/admin/cong-khai?nam=" + year + "&sx=NAME").doc().getElementById("school-" + school)
                .select("td").get(6).text(), "now late");
        PortalClient.Page dashboard = admin.get("/admin/cong-khai?nam=" + year + "&sx=NAME");
        assertEquals(200, dashboard.status(), dashboard.text());
        int rows = dashboard.doc().select("#schools tbody tr").size();
        assertTrue(rows >= 2, dashboard.text());
        Element mine = dashboard.doc().getElementById("school-" + school);
        assertNotNull(mine, dashboard.text());
        assertTrue(mine.text().contains("1/40"), "the website rubric beside it: " + mine.text());
        assertTrue(mine.text().matches(".*1/40 \\d\\d/\\d\\d/\\d{4}.*"), "with the date of the last update: " + mine.text());
        assertEquals("Trường 1–" + rows + " trong " + rows, dashboard.doc().getElementById("pageSummary").text(),
                "a page of at most 100 schools says which");
        assertTrue(rows <= 100 && dashboard.doc().getElementById("nextPage") == null, "one page for the suite's schools");
        PortalClient.Page farPage = admin.get("/admin/cong-khai?nam=" + year + "&sx=NAME&trang=99");
        assertEquals(rows, farPage.doc().select("#schools tbody tr").size(), "a page past the end shows the last one");
        assertEquals(200, admin.get("/admin/cong-khai?trang=abc").status(), "a page number that is not one is ignored");

        byte[] xlsx = admin.getBytes("/admin/cong-khai?nam=" + year + "&sx=NAME&xuat=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Trường", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(rows, sheet.getLastRowNum(), "one row per school under the header");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= sheet.getRow(r).getCell(0).getStringCellValue().equals("Trường Tiểu học Công Khai");
            }
            assertTrue(found);
        }
        PortalClient.Page preschools = admin.get("/admin/cong-khai?nam=" + year + "&cap=PRESCHOOL");
        assertTrue(preschools.doc().getElementById("school-" + school) == null, "filtered by level");

        PortalClient.Page reminded = admin.submit(dashboard, "remind", Map.of(), "submit");
        assertTrue(reminded.text().contains("Đã gửi thư nhắc đến"), reminded.text());
        assertTrue(reminded.doc().getElementById("reminders").text().contains(school + ".admin@example.edu.vn"),
                reminded.doc().getElementById("reminders").text());
        assertTrue(admin.get("/admin/hop-thu").text().contains("Nhắc công khai thông tin năm học " + yearLabel));
        PortalClient.Page schoolOutbox = schoolAdmin().get("/admin/s/" + school + "/hop-thu");
        assertTrue(schoolOutbox.text().contains("Nhắc công khai thông tin năm học"), schoolOutbox.text());

        PortalClient staff = schoolAdmin();
        assertEquals(403, staff.get("/admin/cong-khai").status(), "the dashboard is the department's");
        if (Deployments.embeddedDatabase()) {
            // the demo tells a story: one school complete, one partly, one with nothing
            assertEquals("100%", dashboard.doc().selectFirst("#school-thnguyenhue .percent").text());
            String partly = dashboard.doc().selectFirst("#school-thkimdong .percent").text();
            assertTrue(!partly.equals("0%") && !partly.equals("100%"), partly);
            assertEquals("0%", dashboard.doc().selectFirst("#school-thcslequydon .percent").text());
            assertTrue(new PortalClient().get("/s/thnguyenhue/cong-khai").doc().selectFirst("#muc-2\\.2 details.superseded") != null,
                    "the demo's edited item shows its superseded version");
        }
    }

    @Test
    void theDepartmentKeepsTheCatalogueAsDataByLegalBasis() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page catalogue = admin.get("/admin/cong-khai/danh-muc");
        assertEquals(200, catalogue.status());
        assertTrue(catalogue.text().contains("Thông tư 09/2024/TT-BGDĐT") && catalogue.text().contains("Thông tư 36/2017/TT-BGDĐT"),
                catalogue.text());
        String href = catalogue.doc().select("a[href^='?id=']").first().attr("href");
        PortalClient.Page form = admin.get("/admin/cong-khai/danh-muc" + href);
        PortalClient.Page refused = admin.submit(form, "item", Map.of("day", "31", "deadline", "2"), "save");
        assertEquals("Ngày và tháng của hạn công khai không hợp lệ.", refused.fieldError("item:deadline"));
        List<String> levels = form.doc().select("input[name='item:levels'][checked]").eachAttr("value");
        assertTrue(levels.size() > 1, "the first item serves several levels: " + levels);
        PortalClient.Page saved = admin.submit(form, "item", Map.of(), "save");
        assertTrue(saved.text().contains("Đã lưu mục của danh mục."), saved.text());
        // Saved untouched, as a browser sends it (each ticked box): every level is kept.
        assertEquals(levels, admin.get("/admin/cong-khai/danh-muc" + href).doc()
                .select("input[name='item:levels'][checked]").eachAttr("value"));
        assertEquals(403, schoolAdmin().get("/admin/cong-khai/danh-muc").status());
    }
}
