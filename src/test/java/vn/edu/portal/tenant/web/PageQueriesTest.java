package vn.edu.portal.tenant.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageQueriesTest {

    @Test
    void sharingTagsLeaveTheKeyAndTheAddress() {
        assertEquals("", PageQueries.forCache(null));
        assertEquals("", PageQueries.forCache("fbclid=IwAR3xyz"));
        assertEquals("", PageQueries.forCache("utm_source=zalo&utm_medium=zalo&zarsrc=30"));
        assertEquals("trang=2", PageQueries.forCache("fbclid=abc&trang=2"));
        assertEquals("cap=thcs&phuong=ben-thanh", PageQueries.forCache("cap=thcs&gclid=1&phuong=ben-thanh"));
        assertNull(PageQueries.withoutSharingTags("fbclid=abc"));
        assertEquals("trang=2", PageQueries.withoutSharingTags("utm_campaign=x&trang=2"));
    }

    @Test
    void aParameterNoPageReadsOrAnOverlongQueryIsNotKept() {
        assertNull(PageQueries.forCache("x=1"));
        assertNull(PageQueries.forCache("trang=2&cachebuster=17"));
        assertNull(PageQueries.forCache("q=" + "a".repeat(600)));
        assertEquals("q=tr%C6%B0%E1%BB%9Dng", PageQueries.forCache("q=tr%C6%B0%E1%BB%9Dng"));
    }

    @Test
    void theLanguageSwitchKeepsThePage() {
        assertNull(PageQueries.withoutLanguage("lang=en"));
        assertEquals("q=truong&trang=2", PageQueries.withoutLanguage("q=truong&lang=en&trang=2&fbclid=x"));
        assertEquals("t=abc&step=3", PageQueries.withoutLanguage("t=abc&step=3&lang=vi"));
        assertEquals("language=x", PageQueries.withoutLanguage("language=x&lang=en"));
    }

    /** A form's step is written once for every family: its switch links to "?lang=" only, and the Referer says where. */
    @Test
    void aPageWithoutItsQueryInTheLinkIsFoundByItsReferer() {
        String step = "http://portal.test:8080/s/a/tuyen-sinh/dang-ky?t=tok&step=3";
        assertEquals("t=tok&step=3", PageQueries.languageReturn("lang=en", "portal.test:8080", "/s/a/tuyen-sinh/dang-ky", step));
        assertEquals("q=x", PageQueries.languageReturn("q=x&lang=en", "portal.test:8080", "/s/a/tim-kiem", step), "its own first");
        assertNull(PageQueries.languageReturn("lang=en", "evil.test", "/s/a/tuyen-sinh/dang-ky", step), "another host's page");
        assertNull(PageQueries.languageReturn("lang=en", "portal.test:8080", "/s/a/", step), "another page");
        assertNull(PageQueries.languageReturn("lang=en", "portal.test:8080", "/s/a/", "::not a uri"));
        assertNull(PageQueries.languageReturn("lang=en", "portal.test:8080", "/s/a/", null));
    }
}
