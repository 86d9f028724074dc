package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Browser;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;

/**
 * A school admin fills group 1 and uploads the annual report for 2026–2027 on a phone and
 * publishes; the public page shows them, the department's dashboard shows the completeness
 * change, and a later edit leaves the old version visible as superseded.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class DisclosurePages {

    private Browser browser;
    private String school;


    @BeforeAll
    void start() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("ckp"), "Trường Tiểu học Minh Bạch");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private String completeness() {
        browser.open("/admin/cong-khai?nam=2026&sx=NAME");
        return browser.find("#school-" + school + " .percent").getText();
    }

    private void write(String code, String text) {
        browser.open("/admin/s/" + school + "/cong-khai/muc?nam=2026&ma=" + code);
        WebElement editor = browser.find("#entry\\:body .ql-editor");
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        editor.sendKeys(text);
    }

    @Test
    void schoolPublishesGroupOneAndTheReportTheDepartmentSeesItAndEditsKeepHistory() throws Exception {
        browser.resize(Browser.DESKTOP);
        browser.login(ItAccounts.adminUser(), ItAccounts.adminPassword());
        assertEquals("0%", completeness());
        browser.click("logoutForm:logout");

        browser.resize(Browser.PHONE);
        browser.login(school + ".admin", ItAccounts.STAFF_PASSWORD);
        browser.open("/admin/s/" + school + "/cong-khai");
        browser.type("open:year", "2026–2027");
        browser.click("open:submit");
        assertTrue(browser.text().contains("Đã mở năm học 2026–2027"), browser.text());
        browser.screenshot("admin-disclosures-phone");

        String[][] group1 = {
            {"1.1", "Trường Tiểu học Minh Bạch, 5 Đường Sáng, điện thoại 028 3999 0000."},
            {"1.2", "Trường công lập thuộc Ủy ban nhân dân phường."},
            {"1.3", "Sứ mạng: mỗi học sinh đến trường là một ngày vui."},
            {"1.4", "Hiệu trưởng, hai phó hiệu trưởng, bốn tổ chuyên môn, tổ văn phòng."},
            {"1.5", "Quy chế tổ chức và hoạt động, nội quy học sinh năm học 2026–2027."}};
        for (String[] item : group1) {
            write(item[0], item[1]);
            browser.click("entry:publishButton");
            assertTrue(browser.text().contains("Đã công khai (phiên bản 1)"), item[0] + ": " + browser.text());
        }
        Path pdf = Files.createTempFile("bao-cao-thuong-nien", ".pdf");
        Files.write(pdf, Samples.pdf());
        browser.open("/admin/s/" + school + "/cong-khai/muc?nam=2026&ma=5.1");
        browser.driver().findElement(By.id("entry:file")).sendKeys(pdf.toString());
        browser.screenshot("admin-disclosure-report-phone");
        browser.click("entry:publishButton");
        assertTrue(browser.text().contains("Đã công khai (phiên bản 1)"), browser.text());
        browser.open("/admin/s/" + school + "/cong-khai?nam=2026");
        assertTrue(browser.text().contains("Đã công khai 6/22 mục (27%)"), browser.text());
        assertTrue(browser.fitsWidth(), "the school's list on a phone");
        browser.click("logoutForm:logout");

        browser.open("/s/" + school + "/cong-khai");
        String page = browser.text();
        for (String[] item : group1) {
            assertTrue(page.contains(item[1]), item[0] + " on the public page: " + page);
        }
        assertTrue(page.contains("Năm học 2026–2027") && page.contains("5. Báo cáo thường niên"), page);
        WebElement download = browser.find("#muc-5\\.1 a.download");
        assertTrue(download.getAttribute("href").contains("/files/"), download.getAttribute("href"));
        assertTrue(browser.fitsWidth(), "public disclosures on a phone");
        browser.screenshot("public-disclosures-phone");
        browser.find(".nav-toggle").click();
        WebElement menuLink = browser.find("#menu a[href$='/cong-khai']");
        assertEquals("Công khai", menuLink.getText(), "the site menu leads to the page");

        browser.resize(Browser.DESKTOP);
        browser.login(ItAccounts.adminUser(), ItAccounts.adminPassword());
        assertEquals("27%", completeness());
        browser.screenshot("admin-disclosure-dashboard-desktop");
        browser.click("logoutForm:logout");

        browser.resize(Browser.PHONE);
        browser.login(school + ".admin", ItAccounts.STAFF_PASSWORD);
        write("1.3", "Sứ mạng (sửa đổi): trường học hạnh phúc, học sinh tự tin.");
        browser.click("entry:publishButton");
        assertTrue(browser.text().contains("Đã công khai (phiên bản 2)"), browser.text());
        browser.click("logoutForm:logout");
        browser.open("/s/" + school + "/cong-khai/2026-2027");
        WebElement item = browser.find("#muc-1\\.3");
        assertTrue(item.getText().contains("trường học hạnh phúc"), item.getText());
        item.findElement(By.cssSelector("details.superseded summary")).click();
        String history = item.findElement(By.cssSelector("details.superseded")).getText();
        assertTrue(history.contains("Đã thay thế") && history.contains("mỗi học sinh đến trường là một ngày vui"), history);
        browser.script("document.getElementById('muc-1.3').scrollIntoView()");
        browser.screenshot("public-disclosures-superseded-phone");

        ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", "print"));
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.site-nav')).display"));
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.year-tabs')).display"));
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("public-disclosures-print");
        ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", ""));
    }
}
