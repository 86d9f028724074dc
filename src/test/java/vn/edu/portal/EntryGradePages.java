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
 * receipt, choosing the age group (refused first for the wrong one, with the right one named); a
 * grade 6 family from the school's home page to the confirmed assignment. Grade 1 is {@link AdmissionPages}.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class EntryGradePages {

    private static final int YEAR = 2091;
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

    @Test
    void aGradeSixFamilyConfirmsTheAssignedSchoolOnAPhone() {
        int year = YEAR + 4;
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thcsp"), "Trường THCS Bạch Đằng",
                "LOWER_SECONDARY", "thcs");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, year, true, Map.of("entryGrade", "GRADE_6",
                "placement", "ASSIGNMENT", "name", "Tuyển sinh lớp 6 năm học " + year + "–" + (year + 1), "criteria", ""));
        AdmissionSteps.addSchool(admin, round, school, 6, 40, "Phường Bạch Đằng");
        String born = String.valueOf(year - 11);
        String id = "0793" + born.substring(2) + "000909";
        String csv = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,email,truong_tieu_hoc,ket_qua\n"
                + id + ",Trịnh Ngọc Mai,12/12/" + born + ",Nữ,Phường Bạch Đằng,3 Đường Sông,mai@example.com,"
                + "Trường Tiểu học Bạch Đằng,Hoàn thành chương trình tiểu học\n";
        admin.submitFile(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "reviewImport", "csv", "lop-5.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "import");
        PortalClient.Page run = admin.submit(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "assignment", Map.of(), "run");
        assertTrue(run.text().contains("Đã phân tuyến 1 học sinh"), run.text());
        String schoolId = run.doc().select("#special\\:specialSchool option:containsOwn(Bạch Đằng)").val();
        admin.submit(run, "special", Map.of("specialSchool", schoolId, "specialName", "Lớp tiếng Anh tích hợp", "specialSeats", "35"),
                "saveSpecial");

        browser.open("/s/" + school + "/");
        browser.driver().findElement(By.linkText("Xem và xác nhận phân tuyến")).click();
        assertTrue(browser.fitsWidth());
        // The way for a child missing from the grade-5 list, folded until asked for, fits a phone opened.
        browser.find("#not-listed summary").click();
        assertTrue(browser.find("#listRequest\\:reason").isDisplayed());
        assertTrue(browser.fitsWidth(), "the request for a child missing from the list fits a phone");
        browser.screenshot("grade6-not-listed-phone");
        browser.find("#not-listed summary").click();
        browser.type("review:personalId", id);
        browser.click("review:send");
        assertTrue(browser.text().contains("m***@example.com"), browser.text());
        browser.type("review:code", AdmissionSteps.codeFromOutbox(admin, "mai@example.com"));
        browser.click("review:open");
        assertEquals("Trường THCS Bạch Đằng", browser.find("#assigned-school").getText(), browser.text());
        assertTrue(browser.find("#record-primary").getText().contains("Trường Tiểu học Bạch Đằng"));
        assertTrue(browser.fitsWidth(), "the record and the assignment fit a phone");
        browser.screenshot("grade6-assignment-phone");
        browser.click("review:confirmAssignment");
        assertTrue(browser.text().contains("Đã xác nhận. Con sẽ học lớp 6 tại Trường THCS Bạch Đằng."), browser.text());
        assertEquals("Gia đình đã xác nhận", browser.find("#assignment-status").getText());
        assertTrue(browser.fitsWidth());
        browser.screenshot("grade6-confirmed-phone");
        // The family also registers for the school's integrated English class, ranked later by its own score.
        String classId = browser.find("#review\\:specialClass option:nth-child(2)").getAttribute("value");
        browser.choose("review:specialClass", classId);
        browser.click("review:registerSpecial");
        assertTrue(browser.find("#special-registration").getText().contains("Lớp tiếng Anh tích hợp – Trường THCS Bạch Đằng"),
                browser.text());
        assertTrue(browser.fitsWidth(), "the class and its registration fit a phone");
        browser.screenshot("grade6-special-class-phone");
    }
}
