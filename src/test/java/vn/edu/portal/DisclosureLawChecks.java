package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;

/**
 * Disclosures against Circular 09/2024 over HTTP: a preschool's items cite the preschool
 * articles, its results table speaks of children and age groups and shows rates, the investors'
 * item is a private school's only, deadlines say they are the department's setting, and the
 * department edits where an item comes from (a bad citation refused).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DisclosureLawChecks {

    private String preschool;
    private int year;

    @BeforeAll
    void aPreschool() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        preschool = ItAccounts.uniqueSlug("mnl");
        PortalClient.Page created = admin.submit(admin.get("/admin/truong"), "create", Map.of("name",
                "Trường Mầm non Luật Công Khai", "slug", preschool, "level", "PRESCHOOL", "templateKey", "mam-non",
                "ownership", "PUBLIC", "district", "Phường Kiểm Thử", "address", "2 Đường Thử", "phone", "028 1234 5679",
                "principal", "Trần Thị Thử"), "submit");
        assertTrue(created.text().contains("Đã tạo trang"), created.text());
        AdminActions.createAccount(admin, preschool, preschool + ".admin", "SCHOOL_ADMIN");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        PortalClient staff = staff();
        PortalClient.Page opened = staff.submit(staff.get("/admin/s/" + preschool + "/cong-khai"), "open",
                Map.of("year", year + "–" + (year + 1)), "submit");
        assertTrue(opened.text().contains("Đã mở năm học " + year + "–" + (year + 1)), opened.text());
    }

    private PortalClient staff() {
        return AdminActions.loggedIn(preschool + ".admin", ItAccounts.STAFF_PASSWORD);
    }

    private String item(String code) {
        return "/admin/s/" + preschool + "/cong-khai/muc?nam=" + year + "&ma=" + code;
    }

    @Test
    void aPreschoolsItemsCiteThePreschoolArticlesAndTheDeadlineIsTheDepartmentsSetting() {
        PortalClient.Page list = staff().get("/admin/s/" + preschool + "/cong-khai?nam=" + year);
        assertTrue(list.doc().getElementById("item-3.1").text().contains("Điều 6, Thông tư 09/2024/TT-BGDĐT"), list.text());
        assertTrue(list.doc().getElementById("item-4.3").text().contains("Điều 7, Thông tư 09/2024/TT-BGDĐT"));
        assertTrue(list.doc().getElementById("item-1.7").text().contains("Điều 4 khoản 6, Thông tư 09/2024/TT-BGDĐT"),
                "the spokesperson's item (article 4) is there");
        assertTrue(list.doc().getElementById("item-2.5").text().contains("Điều 5 khoản 4"), "fund balances (article 5)");
        assertTrue(list.doc().getElementById("item-5.1").text().contains("Điều 14"));
        assertTrue(list.doc().getElementById("item-3.1").text().contains("cài đặt của Sở"), "no source claimed for 30/06");
        assertTrue(list.doc().getElementById("item-1.9") == null, "investors: private schools only");
        assertEquals("Mục 1.9 chỉ áp dụng cho trường dân lập, tư thục.",
                staff().get(item("1.9")).doc().getElementById("refusal").text());
    }

    @Test
    void preschoolResultsSpeakOfChildrenAndShowRates() {
        PortalClient staff = staff();
        PortalClient.Page form = staff.get(item("4.3"));
        List<String> headers = form.doc().select("#entry\\:table thead th").eachText();
        assertTrue(headers.contains("Số trẻ em") && headers.contains("Hoàn thành chương trình giáo dục mầm non"), headers.toString());
        assertFalse(String.join(" ", headers).contains("học sinh") || String.join(" ", headers).contains("lên lớp"), headers.toString());
        assertEquals(List.of("Nhà trẻ", "Mẫu giáo 3–4 tuổi", "Mẫu giáo 4–5 tuổi", "Mẫu giáo 5–6 tuổi"),
                form.doc().select("#entry\\:table tbody th").eachText());

        Map<String, String> cells = new HashMap<>();
        int[] children = {40, 80, 95, 105};
        for (int r = 0; r < 4; r++) {
            int[] row = {children[r], children[r], children[r] - 2, children[r], children[r], 2, 1, 3, children[r] - 1};
            for (int c = 0; c < row.length; c++) {
                String name = "entry:rows:" + r + ":cells:" + c + ":v";
                if (form.doc().getElementsByAttributeValue("name", name).first() != null) {
                    cells.put(name, String.valueOf(row[c]));
                }
            }
        }
        assertEquals(4 * 8 + 1, cells.size(), "\"completed the programme\" only for the five-year-olds");
        PortalClient.Page over = staff.submit(form, "entry", Map.of("entry:rows:0:cells:0:v", "40",
                "entry:rows:0:cells:5:v", "41"), "save");
        assertEquals("Tỷ lệ ở ô \"Nhà trẻ – Suy dinh dưỡng thể nhẹ cân\" sẽ vượt 100 %: 41 lớn hơn 40 ở ô \"Nhà trẻ – Số trẻ em\".",
                over.fieldError("entry:table"));
        PortalClient.Page published = staff.submit(staff.get(item("4.3")), "entry", cells, "publishButton");
        assertTrue(published.text().contains("Đã công khai"), published.text());

        Element section = new PortalClient().get("/s/" + preschool + "/cong-khai").doc().getElementById("muc-4.3");
        assertNotNull(section);
        String text = section.text();
        assertTrue(text.contains("Mẫu giáo 5–6 tuổi 105 105 (100 %) 103 (98,1 %)") && text.contains("104 (99 %)"), text);
        assertTrue(text.contains("Điều 7, Thông tư 09/2024/TT-BGDĐT"), text);
        assertFalse(text.contains("học sinh") || text.contains("Lên lớp"), text);
    }

    @Test
    void theDepartmentEditsWhereAnItemComesFrom() {
        // 3.5 (nutrition) is a preschool's item only: the test client posts one value per checkbox
        // list, so an item of several levels would lose all but one when saved from here.
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page catalogue = admin.get("/admin/cong-khai/danh-muc");
        Element row = catalogue.doc().select("table tr").stream()
                .filter(r -> r.text().startsWith("3.5 ")).findFirst().orElseThrow(() -> new AssertionError(catalogue.text()));
        assertTrue(row.text().contains("Mầm non: Điều 7") && row.text().contains("cài đặt của Sở"), row.text());
        assertTrue(catalogue.doc().select("table tr").stream().anyMatch(r -> r.text().startsWith("3.4 ")
                && r.text().contains("Tiểu học, Trung học cơ sở, Trung học phổ thông: Điều 8 khoản 3")), "level by level");
        String href = row.selectFirst("a[href^='?id=']").attr("href");
        PortalClient.Page form = admin.get("/admin/cong-khai/danh-muc" + href);
        PortalClient.Page refused = admin.submit(form, "item", Map.of("item:cited:0:article", "sáu"), "save");
        assertEquals("Căn cứ không hợp lệ: điều và khoản là số, điểm là một chữ cái (ví dụ điều 4, khoản 7, điểm e).",
                refused.fieldError("item:citations"));
        PortalClient.Page saved = admin.submit(form, "item", Map.of("item:cited:0:clause", "1",
                "deadlineSource", "Điều 15 khoản 1 Thông tư 09/2024/TT-BGDĐT (kiểm thử)"), "save");
        assertTrue(saved.text().contains("Đã lưu mục của danh mục."), saved.text());
        try {
            PortalClient.Page list = staff().get("/admin/s/" + preschool + "/cong-khai?nam=" + year);
            assertTrue(list.doc().getElementById("item-3.5").text().contains("Điều 7 khoản 1, Thông tư 09/2024/TT-BGDĐT"),
                    list.text());
            assertTrue(list.doc().getElementById("item-3.5").text().contains("Điều 15 khoản 1 Thông tư 09/2024/TT-BGDĐT (kiểm thử)"));
        } finally {
            PortalClient.Page restored = admin.submit(admin.get("/admin/cong-khai/danh-muc" + href), "item",
                    Map.of("item:cited:0:clause", "", "deadlineSource", ""), "save");
            assertTrue(restored.text().contains("Đã lưu mục của danh mục."), restored.text());
        }
    }
}
