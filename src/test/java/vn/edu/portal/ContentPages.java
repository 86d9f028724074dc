package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Browser;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;

/** An editor and an approver publish a news item on a phone; readers find it everywhere within seconds. */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class ContentPages {

    private Browser browser;
    private String school;


    @BeforeAll
    void start() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thn"), "Trường Tiểu học Hoa Phượng");
        AdminActions.createAccount(admin, school, school + ".editor", "EDITOR");
        AdminActions.createAccount(admin, school, school + ".approver", "APPROVER");
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void editorWritesApproverPublishesReadersFindItInPagesFeedsAndSearch() throws Exception {
        String title = "Ngày hội trồng cây xanh của học sinh";
        Path cover = Files.createTempFile("cover", ".png");
        Files.write(cover, Samples.png(900, 600));
        Path pdf = Files.createTempFile("ke-hoach", ".pdf");
        Files.write(pdf, Samples.pdf());

        browser.resize(Browser.PHONE);
        browser.login(school + ".editor", ItAccounts.STAFF_PASSWORD);
        browser.open("/admin/s/" + school + "/bai-viet/soan");
        browser.type("edit:title", title);
        browser.find("details.more > summary").click();
        browser.type("edit:summary", "Mỗi lớp trồng và chăm sóc một bồn cây trong sân trường.");
        WebElement editor = browser.find("#edit\\:body .ql-editor");
        editor.click();
        editor.sendKeys("Sáng thứ Bảy, học sinh toàn trường tham gia trồng cây xanh.");
        browser.driver().findElement(By.id("edit:cover")).sendKeys(cover.toString());
        browser.driver().findElement(By.id("edit:attachment")).sendKeys(pdf.toString());
        browser.screenshot("admin-article-editor-phone");
        browser.click("edit:submit");
        assertTrue(browser.text().contains("Chờ duyệt"), browser.text());
        assertTrue(browser.fitsWidth(), "editor page on a phone");
        browser.click("logoutForm:logout");

        browser.login(school + ".approver", ItAccounts.STAFF_PASSWORD);
        browser.open("/admin/s/" + school + "/bai-viet?loc=SUBMITTED");
        browser.driver().findElement(By.linkText(title)).click();
        browser.find("#edit\\:publish");
        browser.click("edit:publish");
        assertTrue(browser.text().contains("Đã đăng"), browser.text());
        browser.click("logoutForm:logout");

        browser.open("/s/" + school + "/");
        assertTrue(browser.text().contains(title), "school home shows the article");
        assertTrue(browser.fitsWidth(), "school home on a phone");
        browser.screenshot("public-home-with-news-phone");
        browser.driver().findElement(By.linkText(title)).click();
        browser.find("article.prose h1");
        assertEquals(title, browser.find("article.prose h1").getText());
        assertTrue((Boolean) browser.script("const img = document.querySelector('img.cover'); "
                + "return img != null && img.complete && img.naturalWidth > 0;"), "the cover image loads");
        assertTrue(browser.find(".attachments a").getText().endsWith(".pdf"));
        assertTrue(browser.fitsWidth(), "article page on a phone");
        browser.screenshot("public-article-phone");

        PortalClient reader = new PortalClient();
        assertTrue(reader.get("/s/" + school + "/rss.xml").body().contains(title), "school feed");
        assertTrue(reader.get("/rss.xml").body().contains(title), "department feed");

        // On a phone the search is beside the menu's button, not behind it, and its page opens ready to type.
        browser.open("/s/" + school + "/");
        assertTrue(browser.find(".nav-search").isDisplayed(), "a search link beside the menu on a phone");
        browser.click(browser.find(".nav-search"));
        assertEquals("q", browser.script("return document.activeElement.id;"), "the search box has the focus");
        browser.type("q", "ngay hoi trong cay");
        browser.click(browser.find(".search-form button[type=submit]"));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        boolean found = browser.text().contains(title);
        while (!found && System.nanoTime() < deadline) {
            browser.open("/s/" + school + "/tim-kiem?q=ngay+hoi+trong+cay");
            found = browser.text().contains(title);
            if (!found) {
                Thread.sleep(250);
            }
        }
        assertTrue(found, "search without diacritics finds the article within 5 seconds");
        assertTrue(browser.driver().findElements(By.cssSelector(".snippet mark")).size() > 0, "matches are highlighted");
        assertTrue(browser.fitsWidth(), "search page on a phone");
        browser.screenshot("public-search-phone");
        browser.open("/tim-kiem?q=trong+cay+xanh");
        assertTrue(browser.text().contains(title) && browser.text().contains("Trường Tiểu học Hoa Phượng"),
                "department search names the school");
    }
}
