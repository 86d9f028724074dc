package vn.edu.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A menu link typed without "https://" became a broken page of the school (the school-admin probe). */
class MenuLinkTest {

    @Test
    void aBareDomainIsAnOutsideAddressAndAPageOfTheSiteStaysOne() {
        assertEquals("https://www.moet.gov.vn", ContentService.menuLink(" www.moet.gov.vn "));
        assertEquals("https://moet.gov.vn/tin-tuc", ContentService.menuLink("moet.gov.vn/tin-tuc"));
        assertEquals("https://example.com", ContentService.menuLink("https://example.com"));
        assertEquals("gioi-thieu", ContentService.menuLink("gioi-thieu"));
        assertEquals("bai-viet/khai-giang", ContentService.menuLink("bai-viet/khai-giang"));
        assertEquals("", ContentService.menuLink(null));
    }
}
