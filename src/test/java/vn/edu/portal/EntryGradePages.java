package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.Browser;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PhoneApplication;
import vn.edu.portal.it.PortalClient;

/**
 * Every entry grade on a phone (issue 19): a preschool family from the school's home page to the
 * receipt, choosing the age group (refused first for the wrong one, with the right one named).
 * Grade 1 is {@link AdmissionPages}.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class EntryGradePages {

    private static final int YEAR = 2075;
    private Browser browser;
    private PortalClient admin;
    private String preschool;

    @BeforeAll
    void start() {
        admin = AdminActions.loginAsDepartmentAdmin();
        preschool = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("mnp"), "Trường Mầm non Sơn Ca", "PRESCHOOL", "mam-non");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, YEAR, true, Map.of("entryGrade", "PRESCHOOL",
                "name", "Tuyển sinh mầm non năm học " + YEAR + "–" + (YEAR + 1), "ageGroups", ""));
        AdmissionSteps.addSchool(admin, round, preschool, 2, 25, "Phường Sơn Ca");
        browser = new Browser();
        browser.resize(Browser.PHONE);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPreschoolFamilyAppliesOnAPhoneFromTheSchoolsHomePage() throws Exception {
        String email = "bo-me-be-na@example.com";
        browser.open("/s/" + preschool + "/tuyen-sinh");
        assertTrue(browser.text().contains("Mẫu giáo 5 tuổi: từ 60 đến 71 tháng tuổi – được xét trước"), browser.text());
        assertTrue(browser.fitsWidth());
        browser.screenshot("preschool-round-phone");
        browser.open("/s/" + preschool + "/");
        browser.driver().findElement(By.linkText("Đăng ký tuyển sinh")).click();
        browser.click("start");
        assertTrue(browser.text().contains("Bước 1 / 6"), browser.text());
        browser.type("childName", "Võ Ngọc Na");
        browser.type("personalId", "0793" + (YEAR - 4) % 100 + "000505");
        browser.script("document.getElementById('birthDate').value = '" + (YEAR - 4) + "-07-09';");
        browser.find("#sex-female").click();
        browser.type("birthPlace", "Bệnh viện Từ Dũ");
        browser.type("ethnicity", "Kinh");
        browser.choose("ageGroup", "MG5");
        browser.find("#boardingMeals").click();
        browser.click("next");
        assertTrue(browser.text().contains("Bước 1 / 6"), browser.text());
        assertTrue(browser.find("#ageGroup-msg").getText().contains("theo ngày sinh, trẻ thuộc nhóm “Mẫu giáo 4 tuổi”"),
                browser.text());
        assertEquals("Võ Ngọc Na", browser.find("#childName").getAttribute("value"), "what was typed is kept");
        assertTrue(browser.fitsWidth());
        browser.screenshot("preschool-step1-age-group-refused-phone");
        browser.choose("ageGroup", "MG4");
        PhoneApplication form = new PhoneApplication(browser);
        form.next("Bước 2 / 6");
        form.residence("Phường Sơn Ca", "9 Đường Hoa");
        assertTrue(browser.text().contains("Nhóm 1 tại Trường Mầm non Sơn Ca"), browser.text());
        form.family("Võ Thị Hoa", email);
        browser.find("#consent").click();
        form.next("Bước 5 / 6");
        form.papers();
        assertTrue(browser.text().contains("Mẫu giáo 4 tuổi · Trẻ ăn bán trú tại trường"), browser.text());
        form.confirm(admin, email, null);
        assertEquals("Mẫu giáo 4 tuổi", browser.find("#receipt-age-group").getText());
        browser.screenshot("preschool-receipt-phone");
    }
}
