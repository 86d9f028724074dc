package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Browser;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;
import vn.edu.portal.it.Samples;

/**
 * Stored XSS: a corpus of payloads (script tags, event handlers, javascript: and data: URLs,
 * SVG, mutation tricks) goes into article titles, summaries and bodies, a procedure's texts,
 * a parent's answers and a file name; then Chromium opens every public and admin page that
 * shows them, and nothing may run. Feeds must carry them as text.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class XssPages {


    static List<String> payloads() throws IOException {
        try (InputStream in = XssPages.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Fails if the page ran any script of the corpus: an alert, the marker, or a changed title. */
    static void nothingRan(Browser browser, String where) {
        try {
            String text = browser.driver().switchTo().alert().getText();
            throw new AssertionError("an alert ran on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertEquals(null, browser.script("return window.__pwned || null;"), "script ran on " + where);
        Object planted = browser.script(PLANTED);
        assertEquals("", planted, "markup of the corpus became live elements on " + where);
    }

    /**
     * Escaping and sanitising, checked apart from the CSP that would also block most of these:
     * no handler, script or URL of the corpus may have become a live part of the page.
     */
    private static final String PLANTED = """
            var bad = [];
            document.querySelectorAll('*').forEach(function (e) {
              for (var i = 0; i < e.attributes.length; i++) {
                var a = e.attributes[i], v = a.value || '';
                if (/^on/i.test(a.name) && /alert|__pwned|eval/.test(v)) bad.push(e.tagName + ' ' + a.name);
                if (/^(href|src|action|formaction|data|background|dynsrc|xlink:href)$/i.test(a.name)
                    && /^\\s*(javascript|data:text\\/html)/i.test(v)) bad.push(e.tagName + ' ' + a.name);
              }
            });
            document.querySelectorAll('script').forEach(function (s) {
              if (/alert|__pwned/.test(s.textContent) || /evil/.test(s.src)) bad.push('script');
            });
            document.querySelectorAll('svg[onload], iframe, object, embed, base, meta[http-equiv]').forEach(function (e) {
              bad.push(e.tagName);
            });
            return bad.join('; ');
            """;

    @Test
    void noPayloadRunsOnAnyPageThatShowsItAndFeedsCarryThemAsText() throws Exception {
        List<String> corpus = payloads();
        assertTrue(corpus.size() >= 50, "a corpus of at least 50 payloads: " + corpus.size());
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thx"), "Trường Tiểu học An Toàn");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(admin, school, school + ".approver", "APPROVER");
        PortalClient approver = AdminActions.loggedIn(school + ".approver", ItAccounts.STAFF_PASSWORD);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String p = corpus.get(i);
            Map<String, String> fields = new HashMap<>(Map.of("title", "Tin " + i + " " + p, "slug", "tin-xss-" + i,
                    "summary", p, "body_input", "<p>Nội dung " + i + "</p>" + p, "tags", "an toàn"));
            PortalClient.Page saved = approver.submit(approver.get("/admin/s/" + school + "/bai-viet/soan"), "edit",
                    fields, "publish");
            assertTrue(saved.status() == 200, "article " + i + ": " + saved.text());
            slugs.add("tin-xss-" + i);
        }

        PortalClient schoolAdmin = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        String evil = corpus.get(2);
        ProcedureActions.createProcedure(schoolAdmin, school, "don-an-toan", "Đơn " + evil, List.of(
                new ProcedureActions.Row("Phần " + corpus.get(4), "ten", "TEXT", "Nhãn " + corpus.get(3), true, "", false),
                new ProcedureActions.Row("Phần " + corpus.get(4), "giay", "FILE", "Tệp", true, "pdf", false)));
        PortalClient parent = new PortalClient();
        String email = "xss." + System.nanoTime() + "@example.vn";
        PortalClient.Page step = parent.get("/s/" + school + "/thu-tuc/don-an-toan/nop");
        PortalClient.Page contact = parent.submitPlain(step, "apply-form", Map.of("f_ten", corpus.get(0) + corpus.get(12)),
                "next", "f_giay", "\"><img src=x onerror=alert(9)>.pdf", "application/pdf", Samples.pdf());
        PortalClient.Page code = parent.submitPlain(contact, "apply-form", Map.of("email", email, "consent", "on"), "next",
                null, null, null, null);
        String tracking = parent.submitPlain(code, "apply-form", Map.of("code", ProcedureActions.latestCode(email)), "next",
                null, null, null, null).doc().getElementById("tracking-code").text();
        String submission = schoolAdmin.get("/admin/s/" + school + "/ho-so").doc()
                .select("#queue a.code:containsOwn(" + tracking + ")").attr("href").replaceAll(".*id=", "");

        for (String feed : List.of("/s/" + school + "/rss.xml", "/s/" + school + "/atom.xml")) {
            String xml = new PortalClient().get(feed).body();
            assertFalse(xml.contains("<script") || xml.contains("<img") || xml.contains("<svg"), feed + " carries raw markup");
            var parsed = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(xml));
            assertFalse(parsed.getEntries().isEmpty(), feed);
            for (var entry : parsed.getEntries()) {
                int i = Integer.parseInt(entry.getTitle().split(" ")[1]);
                assertEquals("Tin " + i + " " + corpus.get(i), entry.getTitle(), feed + " keeps the title as text");
            }
        }

        try (Browser browser = new Browser()) {
            List<String> pages = new ArrayList<>(List.of("/s/" + school + "/", "/s/" + school + "/chuyen-muc/tin-tuc",
                    "/s/" + school + "/tim-kiem?q=script", "/s/" + school + "/tim-kiem?q=" + java.net.URLEncoder.encode(
                            corpus.get(3), StandardCharsets.UTF_8), "/s/" + school + "/thu-tuc",
                    "/s/" + school + "/thu-tuc/don-an-toan", "/s/" + school + "/thu-tuc/don-an-toan/nop", "/"));
            for (String slug : slugs) {
                pages.add("/s/" + school + "/bai-viet/" + slug);
            }
            for (String page : pages) {
                browser.open(page);
                nothingRan(browser, page);
            }
            browser.login(school + ".admin", ItAccounts.STAFF_PASSWORD);
            for (String page : List.of("/admin/s/" + school + "/bai-viet", "/admin/s/" + school + "/thu-tuc",
                    "/admin/s/" + school + "/ho-so", "/admin/s/" + school + "/ho-so/xem?id=" + submission,
                    "/admin/s/" + school + "/hop-thu", "/admin/s/" + school + "/nhat-ky")) {
                browser.open(page);
                nothingRan(browser, page);
                assertFalse(browser.text().contains("Hệ thống đang gặp sự cố"), page + ": " + browser.text());
            }
            browser.open("/admin/s/" + school + "/ho-so/xem?id=" + submission);
            assertTrue(browser.text().contains(corpus.get(0)), "the answer is shown as text");
            browser.screenshot("xss-submission-desktop");
        }
    }
}
