package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Browser;
import vn.edu.portal.it.ItAccounts;

/** The foundation in a real browser (headless Chromium), on a phone and on a desktop. */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class FoundationPages {

    private Browser browser;


    @BeforeAll
    void start() {
        AdminActions.ensureDepartmentAdmin();
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void departmentAdminCreatesSchoolWhoseAdminSwitchesTheThemeSeenOnAPhone() {
        String slug = ItAccounts.uniqueSlug("thpage");
        String name = "Trường Tiểu học Lê Lợi " + slug.substring(slug.length() - 4);
        String schoolAdmin = slug + ".admin";

        browser.resize(Browser.DESKTOP);
        browser.login(ItAccounts.adminUser(), ItAccounts.adminPassword());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/"), browser.driver().getCurrentUrl());
        browser.open("/admin/truong");
        browser.type("create:name", name);
        browser.type("create:slug", slug);
        browser.choose("create:level", "PRIMARY");
        browser.choose("create:templateKey", "tieu-hoc");
        browser.type("create:district", "Phường Bến Nghé");
        browser.type("create:address", "20 Lê Lợi, phường Bến Nghé");
        browser.type("create:phone", "028 3829 0000");
        browser.click("create:submit");
        assertTrue(browser.text().contains("Đã tạo trang " + name), browser.text());
        browser.screenshot("admin-sites-desktop");
        // Sorting by a column: the table comes back sorted (it was a 500 behind the ajax, and nothing said so).
        String slugHeader = "#schoolsForm\\:schools thead th:nth-child(2)";
        browser.click(browser.find(slugHeader));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> "ascending".equals(d.findElement(By.cssSelector(slugHeader)).getAttribute("aria-sort")));
        java.util.List<String> slugs = browser.driver().findElements(By.cssSelector("#schoolsForm\\:schools tbody tr td:nth-child(2)"))
                .stream().map(org.openqa.selenium.WebElement::getText).toList();
        assertTrue(slugs.size() > 1, slugs.toString());
        assertTrue(slugs.get(0).compareTo(slugs.get(slugs.size() - 1)) <= 0, "sorted by the column pressed: " + slugs);

        browser.open("/admin/s/" + slug + "/tai-khoan");
        browser.type("create:username", schoolAdmin);
        browser.type("create:fullName", "Phạm Thị Quản Trị");
        browser.type("create:password", ItAccounts.STAFF_PASSWORD);
        browser.choose("create:role", "SCHOOL_ADMIN");
        browser.click("create:submit");
        assertTrue(browser.text().contains("Đã tạo tài khoản " + schoolAdmin), browser.text());
        browser.click("logoutForm:logout");
        assertTrue(browser.driver().getCurrentUrl().contains("/login"));

        browser.resize(Browser.PHONE);
        browser.login(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        browser.open("/admin/s/" + slug + "/giao-dien");
        browser.screenshot("admin-theme-phone");
        browser.driver().findElement(By.cssSelector("input[value='sen']")).click();
        browser.click("themeForm:save");
        assertTrue(browser.text().contains("Đã đổi giao diện"), browser.text());

        browser.open("/s/" + slug + "/");
        String stylesheet = (String) browser.script(
                "return [...document.querySelectorAll('style')].map(s => s.dataset.sheet).join(' ');");
        assertTrue(stylesheet.matches("sen(_[a-z-]+)*"), "the sen theme's sheet, inline: " + stylesheet);
        assertEquals(name, browser.find(".brand-name").getText());
        assertTrue(browser.fitsWidth(), "horizontal scrolling on a phone");
        assertTrue(browser.find(".nav-toggle").isDisplayed(), "the menu collapses behind a button on phones");
        browser.screenshot("public-school-sen-phone");
        browser.find(".nav-toggle").click();
        assertTrue(browser.driver().findElement(By.linkText("Tuyển sinh")).isDisplayed());
        browser.driver().findElement(By.linkText("Tuyển sinh")).click();
        browser.find("article.prose");
        assertTrue(browser.fitsWidth());
        assertTrue(browser.text().contains("Tuyển sinh"));
        browser.screenshot("public-page-sen-phone");
    }

    @Test
    void publicPagesFitAPhoneAndADesktop() {
        String slug = AdminActions.createSchool(AdminActions.loginAsDepartmentAdmin(), ItAccounts.uniqueSlug("thfit"),
                "Trường Tiểu học Nguyễn Văn Trỗi có tên rất dài để thử xuống dòng trên điện thoại");
        for (var size : new org.openqa.selenium.Dimension[] {Browser.PHONE, Browser.DESKTOP}) {
            browser.resize(size);
            String suffix = size.equals(Browser.PHONE) ? "phone" : "desktop";
            browser.open("/");
            assertTrue(browser.fitsWidth(), "department home " + suffix);
            assertTrue(browser.text().contains("Danh bạ trường học"));
            browser.screenshot("public-department-" + suffix);
            browser.open("/s/" + slug + "/");
            assertTrue(browser.fitsWidth(), "school home " + suffix);
            browser.screenshot("public-school-classic-" + suffix);
            browser.open("/s/" + slug + "/trang/gioi-thieu");
            assertTrue(browser.fitsWidth(), "school page " + suffix);
            browser.open("/s/khong-co-truong/");
            assertTrue(browser.text().contains("Không tìm thấy trang"));
            assertTrue(browser.fitsWidth(), "404 " + suffix);
            browser.open("/login");
            assertTrue(browser.fitsWidth(), "login " + suffix);
            browser.screenshot("login-" + suffix);
        }
    }
}
