package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.edu.portal.it.Samples;

/**
 * One family on a phone, from the form to enrolment: apply (group 1), confirm the e-mail code,
 * receipt, look-up, verified by the school, allocated, masked public result, enrolment confirmed.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Tag("browser")
abstract class AdmissionPages {

    private static final int YEAR = 2028;
    private Browser browser;
    private PortalClient admin;
    private String school;


    @BeforeAll
    void start() {
        admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tsp"), "Trường Tiểu học Hoa Mai");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, YEAR, true);
        AdmissionSteps.addSchool(admin, round, school, 1, 30, "Phường Hoa Mai\nPhường Hai");
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
    void aFamilyAppliesOnAPhoneAndConfirmsEnrolment() throws Exception {
        String email = "me-cua-be@example.com";
        browser.open("/s/" + school + "/tuyen-sinh");
        assertTrue(browser.fitsWidth());
        browser.screenshot("admission-campaign-phone");
        // The way in: from the school's home page to the first step of the form in two taps.
        browser.open("/s/" + school + "/");
        assertTrue(browser.text().contains("Giai đoạn hiện nay: đăng ký trực tuyến"), browser.text());
        browser.screenshot("admission-home-banner-phone");
        browser.driver().findElement(By.linkText("Đăng ký tuyển sinh")).click();
        browser.click("start");
        assertTrue(browser.text().contains("Bước 1 / 6"), browser.text());
        browser.type("childName", "Phạm Minh Khôi");
        browser.type("personalId", "079 222 000 777");
        browser.script("document.getElementById('birthDate').value = '2022-05-20';");
        browser.find("#sex-male").click();
        browser.type("birthPlace", "Bệnh viện Hùng Vương");
        browser.type("ethnicity", "Kinh");
        browser.screenshot("admission-step1-phone");
        PhoneApplication form = new PhoneApplication(browser);
        form.next("Bước 2 / 6");
        form.residence("Phường Hoa Mai", "15 Đường Số 3");
        assertTrue(browser.text().contains("Nhóm 1 tại Trường Tiểu học Hoa Mai vì Phường Hoa Mai thuộc tuyến"), browser.text());
        browser.screenshot("admission-step3-group-phone");
        form.family("Lê Thị Hạnh", email);
        browser.find("#consent").click();
        browser.screenshot("admission-step4-consent-phone");
        form.next("Bước 5 / 6");
        form.papers();
        String code = form.confirm(admin, email, "admission-step6-code-phone");
        assertTrue((Boolean) browser.script("const q = document.querySelector('.receipt svg.qr'); return q !== null"
                + " && q.getBoundingClientRect().width > 100 && q.querySelector('path').getAttribute('d').length > 100;"),
                "the QR code is shown");
        assertTrue(browser.fitsWidth());
        browser.screenshot("admission-receipt-phone");

        browser.driver().findElement(By.linkText("Tra cứu hồ sơ")).click();
        assertEquals(code, browser.find("#lookup\\:code").getAttribute("value"));
        browser.type("lookup:email", email);
        browser.click("lookup:find");
        assertEquals("Đã nộp, chờ xác minh", browser.find("#status").getText());
        browser.screenshot("admission-lookup-phone");

        AdmissionSteps.accept(school, code);
        try (var allocation = AdmissionSteps.travel(4)) {
            AdmissionSteps.allocate(admin, YEAR);
            AdmissionSteps.publish(admin, YEAR);
        }
        try (var results = AdmissionSteps.travel(5)) {
            browser.open("/s/" + school + "/tuyen-sinh/ket-qua");
            assertTrue(browser.text().contains("Trúng tuyển: 1 trẻ."), browser.text());
            assertFalse(browser.text().contains("0777"), "no digit of the ID on a public page");
            browser.type("result:code", code);
            browser.type("result:personalId", "079222000777");
            browser.click("result:find");
            assertTrue(browser.find("#result-found").getText().contains("Trúng tuyển"), browser.text());
            assertTrue(browser.fitsWidth());
            browser.screenshot("admission-results-phone");

            browser.open("/s/" + school + "/tuyen-sinh/tra-cuu?ma=" + code);
            browser.type("lookup:email", email);
            browser.click("lookup:find");
            browser.click("lookup:enrol");
            assertTrue(browser.fitsWidth());
            browser.screenshot("admission-enrol-code-phone");
            String mailed = AdmissionSteps.mailBodies(admin, email, "Mã xác nhận nhập học " + code).get(0)
                    .replaceAll("(?s).*Mã xác nhận: (\\d{6}).*", "$1");
            browser.type("lookup:enrolCode", mailed);
            browser.click("lookup:enrolConfirmed");
            assertTrue(browser.text().contains("Đã xác nhận nhập học. Số biên nhận: NH-"), browser.text());
            assertEquals("Đã xác nhận nhập học", browser.find("#status").getText());
            browser.screenshot("admission-enrolled-phone");
        }
    }

    /**
     * The department changes a round's date in a real browser. The form is named "campaign" and so is
     * the hidden field that says which round it edits: a browser sends both (Jakarta Faces' own field
     * first), the round was taken for a new one and refused as a second round of the year. The tests'
     * HTTP client kept one value per name and never saw it.
     */
    @Test
    void theDepartmentChangesItsRoundInABrowser() {
        // A round of its own, closed and not allocated (the other test allocates this class's round).
        int year = 2073;
        AdmissionSteps.createCampaign(admin, year, false);
        try (Browser department = new Browser()) {
            department.resize(Browser.PHONE);
            department.login(ItAccounts.adminUser(), ItAccounts.adminPassword());
            department.open("/admin/tuyen-sinh");
            department.click(department.driver().findElement(By.linkText(year + "–" + (year + 1) + " Lớp 1")));
            String later = AdmissionSteps.today(400);
            department.script("document.getElementById('campaign:retentionUntil').value = arguments[0];", later);
            department.click("campaign:save");
            assertTrue(department.text().contains("Đã lưu đợt tuyển sinh"), department.text());
            assertFalse(department.text().contains("Đã có đợt tuyển sinh"), department.text());
            department.screenshot("admission-round-saved-phone");
            assertEquals(later, AdmissionSteps.campaignPage(admin, year).doc().getElementById("campaign:retentionUntil").val());
        }
    }

    @Test
    void aParentChecksThePrefilledRecordAndAsksForACorrectionOnAPhone() throws Exception {
        String csv = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,email\n"
                + "079322000888,Đỗ Khánh Linh,02/02/2022,Nữ,Phường Hoa Mai,21 Đường Số 3,bo-me-linh@example.com\n";
        PortalClient.Page imported = admin.submitFile(AdmissionSteps.campaignPage(admin, YEAR), "reviewImport", "csv",
                "tre-em.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "import");
        assertTrue(imported.text().contains("Đã nhập 1 hồ sơ rà soát"), imported.text());
        browser.open("/s/" + school + "/tuyen-sinh/kiem-tra");
        assertTrue(browser.fitsWidth(), "no sideways scrolling at 375 px");
        browser.screenshot("admission-review-start-phone");
        browser.type("review:personalId", "079322000888");
        browser.click("review:send");
        assertTrue(browser.text().contains("bo***@example.com"), browser.text());
        browser.type("review:code", AdmissionSteps.codeFromOutbox(admin, "bo-me-linh@example.com"));
        browser.click("review:open");
        assertEquals("Đỗ Khánh Linh", browser.find("#record-name").getText(), browser.text());
        assertTrue(browser.fitsWidth(), "the record fits a phone");
        browser.screenshot("admission-review-record-phone");
        browser.type("review:curStreet", "23 Đường Số 3");
        browser.type("review:reason", "Gia đình đã chuyển sang số nhà mới");
        Path png = Files.createTempFile("cu-tru-moi", ".png");
        Files.write(png, Samples.png(60, 40));
        browser.driver().findElement(By.id("review:evidence")).sendKeys(png.toString());
        browser.click("review:ask");
        assertTrue(browser.text().contains("Đã gửi yêu cầu sửa dữ liệu."), browser.text());
        assertTrue(browser.find("#requests").getText().contains("Đang chờ xử lý"), browser.text());
        assertTrue(browser.fitsWidth());
        browser.screenshot("admission-review-asked-phone");
    }
}
