package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.Browser;
import vn.edu.portal.it.DepartmentSchools;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;

/**
 * A parent on a phone walks the department portal: the menu to the school directory, filtered by
 * the family's ward, a school's site, back to the department, then admission's "which schools serve
 * my address" for that ward. No sideways scrolling, no CSP violation on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class DepartmentPages {

    private static final int YEAR = 2071;
    private Browser browser;
    private String ward;
    private String school;
    private String schoolName;

    @BeforeAll
    void start() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        ward = DepartmentSchools.uniqueWard("Hòa Bình");
        schoolName = "Trường Tiểu học Hòa Bình " + ward.substring(ward.lastIndexOf(' ') + 1);
        school = DepartmentSchools.create(admin, ItAccounts.uniqueSlug("dphb"), schoolName, "PRIMARY", "tieu-hoc", "PUBLIC", ward);
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, YEAR, true);
        AdmissionSteps.addSchool(admin, round, school, 1, 35, ward);
        browser = new Browser();
        browser.resize(Browser.PHONE);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens the phone menu and follows one of its entries. */
    private void menu(String label) {
        browser.find(".nav-toggle").click();
        browser.click(browser.driver().findElement(By.linkText(label)));
    }

    /**
     * Submits a GET form by its button and waits for the page it leads to ({@link Browser#click}
     * knows both of Chromium's answers for a page being replaced; a plain staleness wait knew one).
     */
    private void submit(String buttonCss) {
        browser.click(browser.find(buttonCss));
    }

    @Test
    void directoryThenASchoolThenTheSchoolsServingAWard() {
        browser.open("/");
        browser.screenshot("department-home-phone");
        menu("Trường học");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/truong-hoc"), browser.driver().getCurrentUrl());
        assertTrue(browser.fitsWidth(), "directory fits 375 px");
        browser.choose("phuong", ward);
        submit(".dept-filter button");
        assertEquals(java.util.List.of(schoolName), browser.driver().findElements(By.cssSelector(".school-card .school-name"))
                .stream().map(e -> e.getText()).toList());
        assertTrue(browser.text().contains("Điện thoại: 028 3999 0001"), browser.text());
        assertTrue(browser.fitsWidth(), "filtered directory fits 375 px");
        browser.script("document.querySelector('.result-count').scrollIntoView();");
        browser.screenshot("department-directory-ward-phone");

        browser.click(browser.driver().findElement(By.linkText(schoolName)));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/s/" + school + "/"), browser.driver().getCurrentUrl());
        assertTrue(browser.find(".brand-name").getText().contains(schoolName));
        browser.screenshot("department-school-home-phone");

        browser.click(browser.find(".site-footer a[href='/']"));
        menu("Tuyển sinh");
        browser.type("phuong", ward);
        submit("#serving button");
        var found = browser.find("#serving-result");
        assertTrue(found.getText().contains(schoolName) && found.getText().contains("Nhóm 1"), found.getText());
        assertTrue(browser.fitsWidth(), "admission look-up fits 375 px");
        browser.script("document.getElementById('serving-title').scrollIntoView();");
        browser.screenshot("department-admission-serving-phone");
        assertEquals(java.util.List.of(), browser.cspViolations());
    }
}
