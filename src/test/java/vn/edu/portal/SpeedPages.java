package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.Map;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Browser;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;

/**
 * On a phone, a school's pages do not move once they are drawn (cumulative layout shift 0, as
 * Chromium itself measures it), pictures come as WebP, and the menu opens and closes without script.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class SpeedPages {

    /** The page's layout shift after load, and what moved (node, rectangles before and after) when it is not 0. */
    private static final String LAYOUT_SHIFT = "return (async () => {"
            + " let sum = 0; const moved = [];"
            + " const describe = n => !n ? '?' : n.nodeType === 1 ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : '')"
            + "   + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\\s+/).join('.') : '') : '#text';"
            + " const box = r => r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '';"
            + " const add = list => list.forEach(e => { if (!e.hadRecentInput) { sum += e.value;"
            + "   (e.sources || []).forEach(s => moved.push(describe(s.node) + ' ' + box(s.previousRect) + ' -> ' + box(s.currentRect)"
            + "     + ' at ' + Math.round(e.startTime) + ' ms')); } });"
            + " const observer = new PerformanceObserver(l => add(l.getEntries()));"
            + " observer.observe({type: 'layout-shift', buffered: true});"
            + " await Promise.all([...document.images].filter(i => i.loading !== 'lazy').map(i => i.decode().catch(() => null)));"
            + " await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
            + " add(observer.takeRecords()); observer.disconnect(); return sum + '|' + moved.join('; '); })();";

    private Browser browser;
    private String school;

    @BeforeAll
    void start() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thcls"), "Trường Tiểu học Vững Vàng");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient writer = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        for (String title : new String[] {"Hội khỏe Phù Đổng cấp trường", "Học sinh trồng cây xanh"}) {
            PortalClient.Page saved = writer.submitFileWith(writer.get("/admin/s/" + school + "/bai-viet/soan"), "edit",
                    Map.of("title", title, "summary", "Tin có ảnh.", "body_input", "<p>Nội dung.</p>", "featured", "true"),
                    "cover", "anh.png", "image/png", Samples.png(1200, 800), "publish");
            assertTrue(saved.text().contains("Đã đăng"), saved.text());
        }
        browser = new Browser();
        browser.resize(Browser.PHONE);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * A busy phone draws each page once, whole: its first frame comes when the page is parsed to its end
     * (the footer's last line), so nothing drawn moves as the rest is parsed. CI once saw an article drawn
     * half-parsed, then moved by 3 px. The browser is slowed eight times, as a cheap phone parses; without
     * the page's hold on rendering, its first frame then comes before even the header is whole.
     */
    @Test
    void aBusyPhoneDrawsEachPageOnceWhole() {
        String home = "/s/" + school + "/";
        browser.open(home);
        String article = browser.driver().findElement(By.cssSelector(".article-title a")).getAttribute("href")
                .replaceFirst("^https?://[^/]+", "");
        ChromeDriver chromium = (ChromeDriver) browser.driver();
        Object probe = chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "requestAnimationFrame(() => { window.firstFrame = document.querySelector('.site-footer .footer-note')"
                        + " ? 'whole' : 'partial'; });")).get("identifier");
        chromium.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 8));
        try {
            for (String path : new String[] {home, article, home + "chuyen-muc/tin-tuc", "/"}) {
                browser.open(path);
                Object seen = new WebDriverWait(chromium, Duration.ofSeconds(10))
                        .until(d -> browser.script("return window.firstFrame || null;"));
                assertEquals("whole", seen, "the first frame of " + path);
            }
        } finally {
            chromium.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
            chromium.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", probe));
        }
    }

    @Test
    void pagesDoNotMoveOnAPhoneAndTheMenuNeedsNoScript() {
        String home = "/s/" + school + "/";
        browser.open(home);
        String article = browser.driver().findElement(By.cssSelector(".article-title a")).getAttribute("href");
        for (String path : new String[] {home, article, home + "chuyen-muc/tin-tuc", home + "van-ban", "/"}) {
            browser.open(path.replaceFirst("^https?://[^/]+", ""));
            String[] shift = String.valueOf(browser.script(LAYOUT_SHIFT)).split("\\|", 2);
            assertEquals(0.0, Double.parseDouble(shift[0]), 0.0001, "layout shift on " + path + ", moved: " + shift[1]);
        }
        browser.open(article.replaceFirst("^https?://[^/]+", ""));
        browser.screenshot("public-article-cover-phone");
        assertTrue((Boolean) browser.script("const i = document.querySelector('img.cover');"
                + " return i.complete && i.naturalWidth > 0 && i.currentSrc.includes('.webp');"), "the cover, as WebP");

        browser.open(home);
        assertTrue(!browser.find("#menu").isDisplayed(), "closed on a phone");
        browser.find(".nav-toggle").click();
        assertTrue(browser.driver().findElement(By.linkText("Tuyển sinh")).isDisplayed());
        browser.screenshot("public-menu-open-phone");
        browser.find(".menu-close a").click();
        assertTrue(!browser.find("#menu").isDisplayed(), "closed again");
    }
}
