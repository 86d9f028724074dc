package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.DepartmentSchools;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;

/**
 * The department portal over HTTP: its menu reaches every page; the directory, the disclosure
 * overview and the procedures of every school filter by ward/commune, level and type with GET
 * forms, set no cookie and come from the page cache; the open-data files hold every school; bad
 * filter input (unknown ward, 10,000 characters, broken encodings) gets a page or a 4xx, never a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DepartmentChecks {

    private String ward;
    private String primary;
    private String preschool;
    private String suffix;

    @BeforeAll
    void schools() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        ward = DepartmentSchools.uniqueWard("Sông Lam");
        suffix = ward.substring(ward.lastIndexOf(' ') + 1);
        primary = DepartmentSchools.create(admin, ItAccounts.uniqueSlug("dpth"), "Trường Tiểu học Sông Lam " + suffix,
                "PRIMARY", "tieu-hoc", "PUBLIC", ward);
        preschool = DepartmentSchools.create(admin, ItAccounts.uniqueSlug("dpmn"), "Trường Mầm non tư thục Sông Lam " + suffix,
                "PRESCHOOL", "mam-non", "PRIVATE", ward);
        AdminActions.createAccount(admin, primary, primary + ".admin", "SCHOOL_ADMIN");
        PortalClient schoolAdmin = AdminActions.loggedIn(primary + ".admin", ItAccounts.STAFF_PASSWORD);
        ProcedureActions.createProcedure(schoolAdmin, primary, "xac-nhan-song-lam", "Xác nhận học sinh Sông Lam " + suffix,
                ProcedureActions.LEAVE_FORM);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> cards(PortalClient.Page page) {
        return page.doc().select(".school-card .school-name").eachText();
    }

    @Test
    void aWardTypedAnotherWayJoinsItsSchoolsAndASchoolCannotChangeWhatTheDepartmentDecides() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        // A school of the same ward typed in lower case with a doubled space: one school of another spelling hid the others.
        String name = "Trường Trung học cơ sở Sông Lam " + suffix;
        String third = DepartmentSchools.create(admin, ItAccounts.uniqueSlug("dpcs"), name, "LOWER_SECONDARY", "thcs", "PUBLIC",
                ward.toLowerCase(java.util.Locale.ROOT).replace(" ", "  "));
        PortalClient visitor = new PortalClient();
        PortalClient.Page inWard = visitor.get("/truong-hoc?phuong=" + enc(ward));
        assertEquals(3, cards(inWard).size(), inWard.text());
        List<String> offered = visitor.get("/truong-hoc").doc().select("#phuong option").eachAttr("value");
        assertEquals(1, offered.stream().filter(w -> w.equalsIgnoreCase(ward.replace("  ", " "))).count(), offered.toString());
        // Typed without "Phường", or with a doubled space: the same ward.
        String bare = ward.substring("Phường ".length());
        assertEquals(3, cards(visitor.get("/truong-hoc?phuong=" + enc(bare))).size());
        assertEquals(3, cards(visitor.get("/truong-hoc?phuong=" + enc(ward.replace(" ", "  ")))).size());
        // The department spells the ward: every school of it takes that spelling (it could not correct one before).
        String upper = ward.toUpperCase(java.util.Locale.ROOT);
        PortalClient.Page respelled = admin.submit(admin.get("/admin/s/" + third + "/thong-tin"), "identity",
                Map.of("district", upper), "save");
        assertTrue(respelled.text().contains("Đã lưu thông tin."), respelled.text());
        String listed = new PortalClient().get("/truong-hoc?phuong=" + enc(ward) + "&cap=PRESCHOOL&loai=PRIVATE").text();
        assertTrue(listed.contains(upper), "the other schools of the ward respelled too: " + listed);
        admin.submit(admin.get("/admin/s/" + third + "/thong-tin"), "identity", Map.of("district", ward), "save");
        assertTrue(new PortalClient().get("/truong-hoc").doc().select("#phuong option").eachAttr("value").contains(ward), "back");
        // The department's list of schools finds one by a search that works at a phone's width (a plain GET form).
        PortalClient.Page found = admin.get("/admin/truong?q=" + enc("trung hoc co so song lam " + suffix.toLowerCase()));
        List<String> rows = found.doc().select("tbody tr").eachText();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains(name) && rows.get(0).contains(third), rows.toString());
        // Families' files are served only to the school's staff (domain §6): the department sees counts, not applications.
        assertEquals(403, admin.get("/admin/s/" + primary + "/tuyen-sinh").status());
        assertEquals(403, admin.get("/admin/s/" + primary + "/ho-so").status());
        assertEquals(403, admin.get("/admin/s/" + primary + "/ho-so/xem?id=1").status());
        PortalClient.Page overview = admin.get("/admin/s/" + primary + "/");
        assertEquals(200, overview.status());
        assertTrue(overview.doc().select("a[href*=/admin/s/" + primary + "/ho-so], a[href*=/admin/s/" + primary + "/tuyen-sinh]")
                .isEmpty(), "no link to what it may not open");
        // The school's own admin cannot rename it, change its level, type or ward: they set what the law asks of it.
        PortalClient schoolAdmin = AdminActions.loggedIn(primary + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page identity = schoolAdmin.get("/admin/s/" + primary + "/thong-tin");
        assertTrue(identity.doc().getElementById("identity:name").hasAttr("disabled"), identity.text());
        assertNotNull(identity.doc().getElementById("decided-by-department"), identity.text());
        PortalClient.Page forged = schoolAdmin.submit(identity, "identity", Map.of("name", "Trường Mạo Danh " + suffix,
                "level", "UPPER_SECONDARY", "ownership", "PRIVATE", "district", "Phường Khác"), "save");
        assertEquals(200, forged.status(), forged.text());
        PortalClient.Page after = new PortalClient().get("/truong-hoc?phuong=" + enc(ward) + "&cap=PRIMARY&loai=PUBLIC");
        assertEquals(List.of("Trường Tiểu học Sông Lam " + suffix), cards(after), after.text());
    }

    @Test
    void theMenuLeadsToEveryPageAndThePagesAreCachedWithoutACookie() {
        PortalClient visitor = new PortalClient();
        PortalClient.Page home = visitor.get("/");
        for (String link : List.of("tin-tuc", "van-ban", "cong-khai", "thu-tuc-cac-truong", "tuyen-sinh", "truong-hoc",
                "du-lieu-mo")) {
            assertNotNull(home.doc().selectFirst("#menu a[href=/" + link + "]"), "menu entry " + link);
            PortalClient.Page page = visitor.get("/" + link);
            assertEquals(200, page.status(), link + ": " + page.text());
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), link + " sets no cookie");
        }
        for (String link : List.of("tin-tuc", "cong-khai", "thu-tuc-cac-truong", "truong-hoc", "du-lieu-mo")) {
            assertEquals("HIT", visitor.get("/" + link).headers().firstValue("X-Portal-Cache").orElse(""), link + " cached");
        }
        assertTrue(home.body().contains("href=\"/truong-hoc\""), "the home links the directory");
        // Search engines find the same pages: the sitemap listed the home alone.
        String sitemap = visitor.get("/sitemap.xml").body();
        for (String link : List.of("tin-tuc", "van-ban", "cong-khai", "thu-tuc-cac-truong", "tuyen-sinh", "truong-hoc",
                "du-lieu-mo")) {
            assertTrue(sitemap.contains("/" + link + "</loc>"), link + " in " + sitemap);
        }
    }

    @Test
    void theDirectoryFiltersByWardLevelAndType() {
        PortalClient visitor = new PortalClient();
        PortalClient.Page inWard = visitor.get("/truong-hoc?phuong=" + enc(ward));
        assertEquals(List.of("Trường Mầm non tư thục Sông Lam " + suffix, "Trường Tiểu học Sông Lam " + suffix), cards(inWard));
        assertNotNull(inWard.doc().selectFirst("#phuong option[value=" + ward + "][selected]"), "the ward stays chosen");
        assertNotNull(inWard.doc().selectFirst(".school-card a[href=/s/" + primary + "/]"), "the site link");
        assertNotNull(inWard.doc().selectFirst(".school-card a[href=tel:02839990001]"), "the phone");
        assertTrue(inWard.text().contains("5 Đường Thử, " + ward), "the address");
        assertEquals(List.of("Trường Mầm non tư thục Sông Lam " + suffix),
                cards(visitor.get("/truong-hoc?phuong=" + enc(ward) + "&cap=PRESCHOOL")));
        assertEquals(List.of("Trường Tiểu học Sông Lam " + suffix),
                cards(visitor.get("/truong-hoc?phuong=" + enc(ward) + "&loai=PUBLIC")));
        assertEquals(List.of("Trường Tiểu học Sông Lam " + suffix),
                cards(visitor.get("/truong-hoc?q=" + enc("song lam " + suffix.toLowerCase()) + "&cap=PRIMARY")));
        assertTrue(visitor.get("/truong-hoc").doc().select("#phuong option").eachAttr("value").contains(ward),
                "the ward is offered");
        // Fifty schools a page; a page past the end shows the last one (a list said "found: 25" over nothing).
        assertTrue(cards(visitor.get("/truong-hoc")).size() <= 50);
        assertFalse(cards(visitor.get("/truong-hoc?trang=999")).isEmpty(), "the last page");
        PortalClient.Page farProcedures = visitor.get("/thu-tuc-cac-truong?trang=999");
        assertFalse(farProcedures.doc().select(".procedure-card").isEmpty(), farProcedures.text());
    }

    @Test
    void badFilterInputGetsAPageOrA4xx() throws IOException {
        PortalClient visitor = new PortalClient();
        int all = cards(visitor.get("/truong-hoc")).size();
        PortalClient.Page unknown = visitor.get("/truong-hoc?phuong=" + enc("Quận 1"));
        assertEquals(200, unknown.status());
        assertTrue(unknown.text().contains("Không có trường nào ở phường, xã đã nhập"), unknown.text());
        assertEquals(all, cards(unknown).size(), "an unknown ward filters nothing out");
        String longText = "a".repeat(10_000);
        for (String page : List.of("truong-hoc", "cong-khai", "thu-tuc-cac-truong", "tin-tuc")) {
            for (String query : List.of("q=" + longText, "phuong=" + longText, "cap=XYZ&loai=" + enc("' OR 1=1 --"),
                    "trang=-1", "trang=99999999999999", "theo=" + longText.substring(0, 300))) {
                int status = visitor.get("/" + page + "?" + query).status();
                assertTrue(status >= 200 && status < 500, page + "?" + query.substring(0, Math.min(40, query.length())) + " -> " + status);
            }
            for (String raw : List.of("q=%ZZ", "phuong=%C3%28%E1%BB", "cap=%00&loai=%FF%FE")) {
                int status = SpeedChecks.rawStatus("/" + page + "?" + raw, Map.of());
                assertTrue(status >= 200 && status < 500, page + "?" + raw + " -> " + status);
            }
        }
        int status = SpeedChecks.rawStatus("/truong-hoc?q=" + "tr%C6%B0%E1%BB%9Dng+".repeat(1200), Map.of());
        assertTrue(status >= 200 && status < 500, "a 30,000-byte query -> " + status);
    }

    @Test
    void theDisclosureOverviewCountsEverySchool() {
        PortalClient visitor = new PortalClient();
        PortalClient.Page page = visitor.get("/cong-khai?phuong=" + enc(ward));
        assertEquals(2, page.doc().select("#disclosures .school-card").size(), page.text());
        for (var card : page.doc().select("#disclosures .school-card")) {
            // A school that published nothing yet: its link leads to its disclosures of the year (it was a 404).
            String link = card.selectFirst("a.school-name").attr("href");
            assertEquals(200, visitor.get(link).status(), link);
            String counts = card.selectFirst(".disclosure-counts").text();
            assertTrue(counts.matches("0/\\d+ đã công khai · \\d+ còn thiếu.*"), counts);
            assertEquals("0", card.selectFirst("meter").attr("value"));
        }
        String csv = visitor.get("/du-lieu-mo/cong-khai.csv").body();
        // A byte-order mark first, so that Excel opened with a double click reads Vietnamese as UTF-8.
        assertTrue(csv.startsWith("\uFEFF" + "\"school_year\",\"slug\",\"school\",\"ward\",\"applicable\",\"published\",\"missing\""), csv);
        assertTrue(csv.contains("\"" + primary + "\""), csv);
    }

    @Test
    void everySchoolsProceduresGroupedBySchoolOrByProcedure() {
        PortalClient visitor = new PortalClient();
        String name = "Xác nhận học sinh Sông Lam " + suffix;
        PortalClient.Page bySchool = visitor.get("/thu-tuc-cac-truong?phuong=" + enc(ward) + "&q=" + enc("xac nhan hoc sinh song lam"));
        var group = bySchool.doc().selectFirst(".proc-group");
        assertNotNull(group, bySchool.text());
        assertEquals("Trường Tiểu học Sông Lam " + suffix, group.selectFirst("h2").text());
        assertEquals(name, group.selectFirst(".procedure-name").text());
        assertEquals("/s/" + primary + "/thu-tuc/xac-nhan-song-lam", group.selectFirst(".procedure-name").attr("href"));
        assertNotNull(group.selectFirst("a[href=/s/" + primary + "/thu-tuc/xac-nhan-song-lam/nop]"), "apply online");
        PortalClient.Page byName = visitor.get("/thu-tuc-cac-truong?theo=thu-tuc&q=" + enc(name));
        var named = byName.doc().selectFirst(".proc-group");
        assertEquals(name, named.selectFirst("h2").text());
        assertEquals(List.of("Trường Tiểu học Sông Lam " + suffix), named.select(".procedure-name").eachText());
        assertFalse(visitor.get("/thu-tuc-cac-truong?cap=PRESCHOOL&phuong=" + enc(ward)).text().contains(name),
                "the level filter keeps the primary school's procedure out");
    }

    @Test
    void openDataListsItsFilesAndTheyHoldEverySchool() {
        PortalClient visitor = new PortalClient();
        PortalClient.Page page = visitor.get("/du-lieu-mo");
        for (String file : List.of("du-lieu-mo/truong-hoc.csv", "du-lieu-mo/truong-hoc.json", "du-lieu-mo/cong-khai.csv",
                "du-lieu-mo/cong-khai.json", "tuyen-sinh/so-lieu.csv", "tuyen-sinh/so-lieu.json")) {
            assertNotNull(page.doc().selectFirst("#open-data a[href=/" + file + "]"), file);
            PortalClient.Page data = visitor.get("/" + file);
            assertEquals(200, data.status(), file);
            assertTrue(data.headers().firstValue("Content-Type").orElse("").contains(file.endsWith(".csv") ? "text/csv" : "json"), file);
            assertEquals(file.endsWith(".csv"), data.body().startsWith("\uFEFF"), file + ": a byte-order mark in CSV only");
        }
        String csv = visitor.get("/du-lieu-mo/truong-hoc.csv").body();
        assertTrue(csv.contains("\"" + primary + "\",\"Trường Tiểu học Sông Lam " + suffix + "\",\"PRIMARY\",\"PUBLIC\",\"" + ward + "\""), csv);
        try (var reader = jakarta.json.Json.createReader(new StringReader(visitor.get("/du-lieu-mo/truong-hoc.json").body()))) {
            var school = reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(o -> o.getString("slug").equals(preschool)).findFirst().orElseThrow();
            assertEquals("PRIVATE", school.getString("ownership"));
            assertEquals(ward, school.getString("ward"));
            assertTrue(school.getString("website").endsWith("/s/" + preschool + "/"));
        }
    }

    @Test
    void theNewsOfEverySchoolComesByPage() {
        PortalClient visitor = new PortalClient();
        PortalClient.Page first = visitor.get("/tin-tuc");
        assertEquals(200, first.status());
        assertNotNull(first.doc().selectFirst("a[href=/rss.xml]"), "the aggregate feed is linked");
        assertEquals(200, visitor.get("/tin-tuc?trang=2").status());
    }
}
