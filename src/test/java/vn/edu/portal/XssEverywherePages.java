package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.Browser;
import vn.edu.portal.it.FeedChecks;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;
import vn.edu.portal.it.Samples;

/**
 * Stored XSS beyond articles ({@link XssPages}): the corpus goes into every other field a user
 * types that ends up on a page: the site's identity, menu labels, static pages, official
 * documents (number, issuer, signer, summary, file name), albums (titles, descriptions,
 * captions), disclosures (text, and table cells that are refused with the typed value), an
 * admission application (child, addresses, parents), staff's reasons and notes that parents
 * read, and account display names. Each field holds as much of the corpus as its length allows
 * per object; the payloads that break out of an element or an attribute come first, so that
 * every field gets them. Chromium then opens every public and admin page that shows them (the
 * identity once per round of values); nothing may run or become live markup, and feeds carry
 * the school's name as text. External feed items are {@code feed.HostileFeedTest}.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class XssEverywherePages {

    private static final int YEAR = 2058;

    private List<String> corpus;
    private String school;
    private String base;
    private String admin;
    private int disclosureYear;
    private final List<String> pageSlugs = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> albumSlugs = java.util.Collections.synchronizedList(new ArrayList<>());
    private String photoAlbum;
    private final List<String> applications = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String[]> parentLookups = java.util.Collections.synchronizedList(new ArrayList<>());
    private String[] procedureLookup;
    /** A data review record whose every text field holds a part of the corpus: its number and e-mail. */
    private String[] reviewRecord;
    private String submissionId;
    private String payloadAccount;
    private final Map<String, Integer> coverage = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** Whole payloads joined by a space, each string at most {@code limit} long (longer payloads are left out). */
    static List<String> chunks(List<String> payloads, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String p : payloads) {
            if (p.length() > limit) {
                continue;
            }
            if (current.length() + 1 + p.length() > limit) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(p);
        }
        if (!current.isEmpty()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** The {@code k}-th value of a field of at most {@code limit} characters; counts how much of the corpus it got. */
    private String value(String field, int limit, int k) {
        List<String> all = chunks(corpus, limit);
        coverage.merge(field + " (" + all.size() + " values for the corpus)", 1, Integer::sum);
        return all.get(k % all.size());
    }

    @BeforeAll
    void everyFieldFullOfPayloads() throws Exception {
        // Payloads that leave an element or an attribute first: the fields that hold little get them.
        corpus = new ArrayList<>(XssPages.payloads());
        corpus.sort(Comparator.comparingInt(p -> p.contains("\">") || p.contains("'>") || p.contains("</") ? 0 : 1));
        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(department, ItAccounts.uniqueSlug("xsf"), "Trường Tiểu học Mọi Ô");
        base = "/s/" + school + "/";
        admin = "/admin/s/" + school + "/";
        AdminActions.createAccount(department, school, school + ".admin", "SCHOOL_ADMIN");
        LocalDate today = LocalDate.now(AdmissionSteps.ZONE);
        disclosureYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        // Three independent parts side by side, each with a session of its own.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<?>> parts = List.of(pool.submit(() -> {
                accountsAndMenu(staff());
                return null;
            }), pool.submit(() -> {
                content(staff());
                return null;
            }), pool.submit(() -> {
                admissionAndProcedure(department, staff());
                return null;
            }));
            for (var part : parts) {
                part.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private PortalClient staff() {
        return AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
    }

    private void accountsAndMenu(PortalClient staff) {

        int accounts = chunks(corpus, 120).size();
        for (int k = 0; k < accounts; k++) {
            PortalClient.Page created = staff.submit(staff.get(admin + "tai-khoan"), "create", Map.of("username",
                    school + ".u" + k, "fullName", value("account display name", 120, k), "email", "",
                    "password", ItAccounts.STAFF_PASSWORD, "role", "EDITOR"), "submit");
            assertTrue(created.text().contains("Đã tạo tài khoản"), created.text());
        }
        payloadAccount = school + ".u0";

        PortalClient.Page menu = staff.get(admin + "menu");
        int rows = menu.doc().select("input[name$=:label]").size();
        List<String> labels = chunks(corpus, 120);
        while (rows < Math.min(30, labels.size())) {
            menu = staff.submit(menu, "menu", Map.of(), "add");
            rows++;
        }
        Map<String, String> menuValues = new HashMap<>();
        for (int i = 0; i < rows; i++) {
            menuValues.put("menu:rows:" + i + ":label", value("menu label", 120, i));
            menuValues.put("menu:rows:" + i + ":link", i % 2 == 0 ? "trang/gioi-thieu" : "https://example.org/" + i);
        }
        PortalClient.Page savedMenu = staff.submit(menu, "menu", menuValues, "save");
        assertTrue(savedMenu.text().contains("Đã lưu trình đơn."), savedMenu.text());
    }

    /** Static pages (the first one the parent of the others, so that it lists their titles), documents, albums, a disclosure. */
    private void content(PortalClient staff) {
        String everything = String.join("\n", corpus);
        String parent = "";
        for (int k = 0; k < chunks(corpus, 300).size(); k++) {
            String slug = "trang-xss-" + k;
            Map<String, String> fields = new HashMap<>(Map.of("title", value("page title", 300, k), "slug", slug,
                    "body_input", "<p>Trang " + k + "</p>" + (k == 0 ? everything : value("page body", 1000, k)),
                    "position", String.valueOf(k)));
            if (k > 0) {
                fields.put("parent", parent);
            }
            PortalClient.Page page = staff.submit(staff.get(admin + "trang"), "page", fields, "save");
            assertTrue(page.text().contains("Đã lưu trang"), page.text());
            if (k == 0) {
                parent = page.doc().select("#tree a").stream().filter(a -> a.attr("href").contains("id="))
                        .filter(a -> a.text().equals(fields.get("title"))).findFirst().orElseThrow()
                        .attr("href").replaceAll(".*id=", "");
            }
            pageSlugs.add(slug);
        }

        for (int k = 0; k < chunks(corpus, 200).size(); k++) {
            String number = k + "/" + value("document number", 60 - 4, k);
            Map<String, String> fields = Map.of("number", number, "type", "KE_HOACH", "issuer", value("document issuer", 200, k),
                    "signer", value("document signer", 120, k), "issuedOn", "02/03/2026",
                    "summary", value("document summary", 1000, k));
            PortalClient.Page doc = staff.submitFile(staff.get(admin + "van-ban"), "doc", fields, "file",
                    corpus.get(k % corpus.size()).replace('/', '_') + ".pdf", "application/pdf", Samples.pdf(), "save");
            assertTrue(doc.text().contains("Đã lưu văn bản"), "document " + k + ": " + doc.text());
        }

        for (int k = 0; k < chunks(corpus, 300).size(); k++) {
            String title = "Album " + k + " " + value("album title", 290, k);
            PortalClient.Page album = staff.submit(staff.get(admin + "album"), "album", Map.of("title", title,
                    "description", value("album description", 1000, k)), "save");
            assertTrue(album.text().contains("Đã lưu album"), album.text());
            String id = album.doc().select("a").stream().filter(a -> a.text().equals(title))
                    .findFirst().orElseThrow().attr("href").replaceAll(".*id=", "");
            if (k == 0) {
                photoAlbum = id;
                PortalClient.Page photos = album;
                for (int c = 0; c < chunks(corpus, 300).size(); c++) {
                    photos = staff.submitFile(staff.get(admin + "album?id=" + id), "photos", Map.of("caption",
                            value("photo caption", 300, c)), "photo", "anh-" + c + ".png", "image/png", Samples.png(24, 24), "add");
                    assertTrue(photos.text().contains("Đã thêm ảnh"), photos.text());
                }
            }
        }
        // the album with the captions first
        new PortalClient().get(base + "anh").doc().select("a[href*=/anh/]").stream()
                .sorted(Comparator.comparing(a -> a.text().startsWith("Album 0 ") ? 0 : 1))
                .forEach(a -> albumSlugs.add(a.attr("href").replaceAll(".*/anh/", "")));

        staff.submit(staff.get(admin + "cong-khai"), "open", Map.of("year", disclosureYear + "-" + (disclosureYear + 1)), "submit");
        PortalClient.Page text = staff.submit(staff.get(admin + "cong-khai/muc?nam=" + disclosureYear + "&ma=1.3"), "entry",
                Map.of("body_input", "<p>Sứ mạng</p>" + everything), "publishButton");
        if (!text.text().contains("Đã công khai")) {
            text = staff.submit(text, "entry", Map.of("confirmPrivacy", "on"), "publishButton");
        }
        assertTrue(text.text().contains("Đã công khai"), text.text());
    }

    private void admissionAndProcedure(PortalClient department, PortalClient staff) {
        PortalClient.Page campaign = AdmissionSteps.createCampaign(department, YEAR, true);
        AdmissionSteps.addSchool(department, campaign, school, 1, 10, "Phường Mọi Ô");
        for (int k = 0; k < 4; k++) {
            apply(department, staff, k);
        }
        reviewRecord(department);

        ProcedureActions.createProcedure(staff, school, "don-moi-o", "Đơn mọi ô", List.of(
                new ProcedureActions.Row("Hồ sơ", "ho_ten", "TEXT", "Họ tên", true, "", false),
                new ProcedureActions.Row("Hồ sơ", "giay", "FILE", "Giấy tờ", true, "pdf", false)));
        String email = "moi.o." + System.nanoTime() + "@example.vn";
        String tracking = ProcedureActions.submit(new PortalClient(), school, "don-moi-o", Map.of("f_ho_ten", "Phụ Huynh"),
                "f_giay", Samples.pdf(), email).tracking();
        submissionId = ProcedureActions.submissionId(staff, school, tracking);
        PortalClient.Page asked = staff.submit(staff.get(admin + "ho-so/xem?id=" + submissionId), "ask",
                Map.of("note", value("procedure note to the parent", 1000, 0)), "go");
        assertTrue(asked.text().contains("Cần bổ sung"), asked.text());
        PortalClient.Page refused = staff.submit(staff.get(admin + "ho-so/xem?id=" + submissionId), "refuse",
                Map.of("reason", value("procedure refusal reason", 1000, 1)), "go");
        assertTrue(refused.text().contains("Từ chối"), refused.text());
        procedureLookup = new String[] {tracking, email};
    }

    /** A pre-filled record of the data review (kiem-tra) with a part of the corpus in each text field, imported by the department. */
    private void reviewRecord(PortalClient department) {
        reviewRecord = new String[] {"079252" + String.format("%06d", System.nanoTime() % 1_000_000),
            "xss.rs." + System.nanoTime() + "@example.vn"};
        String row = String.join(",", reviewRecord[0], csv(value("review childName", 120, 0)), "01/01/2052", "Nam",
                csv(value("review curWard", 100, 0)), csv(value("review curStreet", 200, 0)), csv(value("review permWard", 100, 1)),
                csv(value("review permStreet", 200, 1)), reviewRecord[1]);
        PortalClient.Page imported = department.submitFile(AdmissionSteps.campaignPage(department, YEAR), "reviewImport", "csv",
                "ra-soat.csv", "text/csv", ("so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,"
                        + "phuong_xa_thuong_tru,dia_chi_thuong_tru,email\n" + row + "\n").getBytes(StandardCharsets.UTF_8), "import");
        assertTrue(imported.text().contains("Đã nhập 1 hồ sơ rà soát"), imported.text());
    }

    private static String csv(String value) {
        return "\"" + value.replaceAll("[\\r\\n]+", " ").replace("\"", "\"\"") + "\"";
    }

    /** An application whose every text field holds a part of the corpus; staff then ask for papers with a reason. */
    private void apply(PortalClient department, PortalClient staff, int k) {
        String sexDigit = k % 2 == 0 ? "2" : "3";
        String id = "079" + sexDigit + "52" + String.format("%06d", (System.nanoTime() + k) % 1_000_000);
        String email = "xss.ts." + k + "." + System.nanoTime() + "@example.vn";
        Map<String, String> v = AdmissionSteps.family(id, "2052-05-0" + (k + 1), k % 2 == 0 ? "MALE" : "FEMALE",
                "Phường Mọi Ô", email);
        int[] limits = {120, 200, 60, 100, 100, 200, 100, 100, 200, 120, 60, 120, 120};
        String[] fields = {"childName", "birthPlace", "ethnicity", "curProvince", "curWard", "curStreet", "permProvince",
                "permWard", "permStreet", "declarantName", "declarantRelation", "motherName", "fatherName"};
        for (int f = 0; f < fields.length; f++) {
            v.put(fields[f], value("admission " + fields[f], limits[f], k + f));
        }
        PortalClient parent = new PortalClient();
        PortalClient.Page p = parent.submit(parent.get(base + "tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        // A child's name and the declarant's are letters only since the forms keep names as a birth certificate has
        // them: the corpus there is refused, next to the field; the application goes on with a name, the corpus in
        // every other text field (and in the imported review record's name, reviewRecord).
        PortalClient.Page refusedName = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "childName", "personalId",
                "birthDate", "sex", "birthPlace", "ethnicity"));
        assertTrue(refusedName.fieldError("childName").startsWith("Họ và tên chỉ gồm chữ cái"), refusedName.text());
        v.put("childName", "Trẻ Mọi Ô");
        v.put("declarantName", "Phụ Huynh Mọi Ô");
        p = AdmissionSteps.step(parent, refusedName, AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex",
                "birthPlace", "ethnicity"));
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "curProvince", "curWard", "curStreet", "permProvince",
                "permWard", "permStreet"));
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "fatherName", "motherName", "motherBirthYear",
                "declarantName", "declarantRelation", "phone", "email"));
        p = AdmissionSteps.step(parent, p, Map.of("consent", "true"));
        p = parent.submitFile(p, "apply", "birthCert", "khai-sinh.pdf", "application/pdf", Samples.pdf(), "next");
        p = parent.submitFile(p, "apply", "residence", "cu-tru.png", "image/png", Samples.png(40, 30), "next");
        assertTrue(p.text().contains("Bước 6 / 6"), "application " + k + ": " + p.text());
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, department, p, email));
        PortalClient.Page queue = staff.get(admin + "tuyen-sinh");
        String application = queue.doc().select("#queue a:containsOwn(" + code + ")").attr("href").replaceAll(".*id=", "");
        applications.add(application);
        parentLookups.add(new String[] {code, email});
        // A school's reason takes 900 characters (the status history adds a prefix to it).
        if (k < chunks(corpus, 900).size()) {
            PortalClient.Page asked = staff.submit(staff.get(admin + "tuyen-sinh?id=" + application), "decide",
                    Map.of("reason", value("admission reason to the parent", 900, k)), "ask");
            assertTrue(asked.text().contains("Đã cập nhật hồ sơ"), asked.text());
        }
    }

    @Test
    void noPayloadRunsOnAnyPageThatShowsAUsersFieldAndFeedsCarryThemAsText() throws Exception {
        System.out.println("XssEverywherePages coverage (objects or rounds per field): " + coverage);
        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        // As many rounds as the name needs; district and principal (120 characters) get the first of theirs.
        int rounds = chunks(corpus, 190).size();
        try (Browser browser = new Browser()) {
            for (int r = 0; r < rounds; r++) {
                PortalClient.Page saved = staff.submit(staff.get(admin + "thong-tin"), "identity", Map.of(
                        "name", "Trường " + value("site name", 190, r), "district", value("site district", 120, r),
                        "address", value("site address", 300, r), "principal", value("site principal", 120, r + rounds),
                        "description", value("site description", 1000, r)), "save");
                assertTrue(saved.text().contains("Đã lưu thông tin."), "round " + r + ": " + saved.text());
                browser.open(base);
                XssPages.nothingRan(browser, base + " (identity round " + r + ")");
                if (r % 6 == 0) {
                    browser.open("/");
                    XssPages.nothingRan(browser, "/ (identity round " + r + ")");
                }
            }

            List<String> pages = new ArrayList<>(List.of("/", base, base + "van-ban", base + "anh", base + "cong-khai",
                    base + "tuyen-sinh", base + "tuyen-sinh/danh-sach", base + "thu-tuc", base + "tra-cuu",
                    base + "tim-kiem?q=" + URLEncoder.encode("alert script", StandardCharsets.UTF_8),
                    "/tim-kiem?q=" + URLEncoder.encode(corpus.get(0), StandardCharsets.UTF_8), "/tuyen-sinh"));
            pages.add(base + "trang/trang-xss-0");
            pages.add(base + "trang/trang-xss-1");
            albumSlugs.stream().limit(2).forEach(slug -> pages.add(base + "anh/" + slug));
            for (String page : pages) {
                browser.open(page);
                XssPages.nothingRan(browser, page);
            }
            for (String[] lookup : parentLookups) {
                browser.open(base + "tuyen-sinh/tra-cuu");
                browser.type("lookup:code", lookup[0]);
                browser.type("lookup:email", lookup[1]);
                browser.click("lookup:find");
                assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("found")).size() == 1, browser.text());
                XssPages.nothingRan(browser, "the parent's admission look-up of " + lookup[0]);
            }
            // The data review: the record's fields shown on the plain page, and again as the values on record beside the correction.
            browser.open(base + "tuyen-sinh/kiem-tra");
            XssPages.nothingRan(browser, "the data review's first stage");
            browser.type("review:personalId", reviewRecord[0]);
            browser.click("review:send");
            browser.type("review:code", AdmissionSteps.codeFromOutbox(AdminActions.loginAsDepartmentAdmin(), reviewRecord[1]));
            browser.click("review:open");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("record")).size() == 1, browser.text());
            XssPages.nothingRan(browser, "the parent's data review of " + reviewRecord[0]);
            browser.open(base + "tra-cuu?ma=" + procedureLookup[0]);
            browser.type("lookup-email", procedureLookup[1]);
            browser.click("lookup");
            assertEquals("Từ chối", browser.find("#status").getText(), browser.text());
            XssPages.nothingRan(browser, "the parent's procedure look-up");

            browser.login(school + ".admin", ItAccounts.STAFF_PASSWORD);
            List<String> staffPages = new ArrayList<>(List.of("/admin/", admin, admin + "thong-tin", admin + "menu",
                    admin + "trang", admin + "van-ban", admin + "album", admin + "album?id=" + photoAlbum, admin + "thu-vien",
                    admin + "cong-khai", admin + "cong-khai/muc?nam=" + disclosureYear + "&ma=1.3", admin + "tuyen-sinh",
                    admin + "tai-khoan", admin + "nhat-ky", admin + "hop-thu", admin + "ho-so",
                    admin + "ho-so/xem?id=" + submissionId));
            applications.forEach(a -> staffPages.add(admin + "tuyen-sinh?id=" + a));
            for (String page : staffPages) {
                browser.open(page);
                XssPages.nothingRan(browser, page);
                assertFalse(browser.text().contains("Hệ thống đang gặp sự cố"), page + ": " + browser.text());
            }
            for (int batch = 0; batch * 18 < corpus.size(); batch++) {
                browser.open(admin + "cong-khai/muc?nam=" + disclosureYear + "&ma=3.1");
                int from = batch * 18;
                browser.script("var values = arguments[0]; var cells = document.querySelectorAll('input[name^=\"entry:rows:\"]');"
                        + "for (var i = 0; i < cells.length && i < values.length; i++) { cells[i].value = values[i]; }",
                        corpus.subList(from, Math.min(corpus.size(), from + 18)));
                browser.click("entry:save");
                assertTrue(browser.text().contains("phải là số nguyên"), "the cells are refused with what was typed: "
                        + browser.text());
                XssPages.nothingRan(browser, "a refused disclosure table, payloads " + from + "…");
            }

            browser.open("/login");
            browser.login(payloadAccount, ItAccounts.STAFF_PASSWORD);
            XssPages.nothingRan(browser, "the console of an account named with payloads");
            browser.login(ItAccounts.adminUser(), ItAccounts.adminPassword());
            for (String page : List.of("/admin/truong", "/admin/tuyen-sinh", "/admin/hop-thu", "/admin/nhat-ky",
                    "/admin/cong-khai", "/admin/thu-tuc", "/admin/")) {
                browser.open(page);
                XssPages.nothingRan(browser, page);
                assertFalse(browser.text().contains("Hệ thống đang gặp sự cố"), page + ": " + browser.text());
            }
            browser.screenshot("xss-everywhere-department");
        }

        String name = new PortalClient().get(base).doc().selectFirst(".brand-name").text();
        assertTrue(name.startsWith("Trường "), name);
        for (String feed : List.of(base + "rss.xml", base + "atom.xml", "/rss.xml", "/atom.xml", base + "sitemap.xml")) {
            String xml = new PortalClient().get(feed).body();
            assertFalse(xml.contains("<script") || xml.contains("<img") || xml.contains("<svg"), feed + " carries raw markup");
            if (!feed.endsWith("sitemap.xml")) {
                FeedChecks.valid(xml, feed.endsWith("atom.xml"));
                var parsed = new com.rometools.rome.io.SyndFeedInput().build(new StringReader(xml));
                if (feed.startsWith(base)) {
                    assertEquals(name, parsed.getTitle(), feed + " names the school as text");
                    assertTrue(parsed.getDescription() != null && !parsed.getDescription().contains("<svg")
                            || xml.contains("&lt;"), feed + " describes the school as text");
                }
            }
        }
    }
}
