package vn.edu.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;

/**
 * The steps of the admission form every grade shares, as a parent fills them on a phone: the
 * residence, the family, consent, the two papers, the e-mail code and the submit. Each step checks
 * the next one opened and that nothing scrolls sideways at 375 px.
 */
public final class PhoneApplication {

    private final Browser browser;

    public PhoneApplication(Browser browser) {
        this.browser = browser;
    }

    /** Presses "Tiếp tục" and expects {@code expected} on the next page. */
    public void next(String expected) {
        browser.click("next");
        assertTrue(browser.text().contains(expected), browser.text());
        assertTrue(browser.fitsWidth(), "no sideways scrolling at 375 px: " + expected);
    }

    /** Step 2: the same current and permanent residence, then on to step 3. */
    public void residence(String ward, String street) {
        browser.type("curProvince", "TP Hồ Chí Minh");
        browser.type("curWard", ward);
        browser.type("curStreet", street);
        browser.type("permProvince", "TP Hồ Chí Minh");
        browser.type("permWard", ward);
        browser.type("permStreet", street);
        next("Bước 3 / 6");
    }

    /** Step 3: the mother declares, then on to step 4. */
    public void family(String mother, String email) {
        browser.type("motherName", mother);
        browser.type("declarantName", mother);
        browser.type("declarantRelation", "Mẹ");
        browser.type("phone", "0912345678");
        browser.type("email", email);
        next("Bước 4 / 6");
    }

    /** Step 5: a PDF birth certificate and a PNG proof of residence, then on to step 6. */
    public void papers() throws java.io.IOException {
        Path pdf = Files.createTempFile("khai-sinh", ".pdf");
        Files.write(pdf, Samples.pdf());
        Path png = Files.createTempFile("cu-tru", ".png");
        Files.write(png, Samples.png(60, 40));
        browser.driver().findElement(By.id("birthCert")).sendKeys(pdf.toString());
        browser.driver().findElement(By.id("residence")).sendKeys(png.toString());
        next("Bước 6 / 6");
    }

    /** Step 6: the code sent to {@code email}, read from the outbox, typed; the receipt; returns the application's code. */
    public String confirm(PortalClient admin, String email, String screenshot) {
        browser.click("sendCode");
        assertTrue(browser.text().contains("Đã gửi mã xác nhận tới " + email), browser.text());
        browser.type("code", AdmissionSteps.codeFromOutbox(admin, email));
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        browser.click("submit");
        assertTrue(browser.text().contains("Đã nhận hồ sơ"), browser.text());
        String code = browser.find("#application-code").getText();
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
        assertTrue(browser.fitsWidth());
        return code;
    }
}
