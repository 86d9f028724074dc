package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A post is the site's own when the browser says so. Public forms carry no JSF view state any more,
 * so a post without an Origin header is judged by what else the browser sent (Sec-Fetch-Site, Referer).
 */
class SameOriginPostTest {

    private static HttpServletRequest post(String... headers) {
        Map<String, String> h = new HashMap<>();
        h.put("host", "thnguyenhue.sogd.example.vn");
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i].toLowerCase(java.util.Locale.ROOT), headers[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(SameOriginPostTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getHeader")
                        ? h.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT)) : null);
    }

    @Test
    void theOriginDecidesWhenItIsSent() {
        assertTrue(SecurityHeadersFilter.sameOrigin(post("Origin", "https://thnguyenhue.sogd.example.vn")));
        assertFalse(SecurityHeadersFilter.sameOrigin(post("Origin", "https://evil.example")));
        assertFalse(SecurityHeadersFilter.sameOrigin(post("Origin", "https://thkimdong.sogd.example.vn")),
                "another school of the same department is another origin");
        assertFalse(SecurityHeadersFilter.sameOrigin(post("Origin", "null")), "a sandboxed or privacy-stripped origin");
    }

    @Test
    void withoutAnOriginAForeignFetchSiteOrRefererIsRefused() {
        assertFalse(SecurityHeadersFilter.sameOrigin(post("Sec-Fetch-Site", "cross-site")));
        assertFalse(SecurityHeadersFilter.sameOrigin(post("Sec-Fetch-Site", "same-site")), "another school's site");
        assertFalse(SecurityHeadersFilter.sameOrigin(post("Referer", "https://evil.example/trang")));
        assertFalse(SecurityHeadersFilter.sameOrigin(post("Referer", "not a uri at all")));
        assertTrue(SecurityHeadersFilter.sameOrigin(post("Sec-Fetch-Site", "same-origin",
                "Referer", "https://thnguyenhue.sogd.example.vn/tuyen-sinh/kiem-tra")));
        assertTrue(SecurityHeadersFilter.sameOrigin(post("Referer", "http://thnguyenhue.sogd.example.vn/tuyen-sinh/kiem-tra")));
        assertTrue(SecurityHeadersFilter.sameOrigin(post("Sec-Fetch-Site", "none")), "typed by the person, a bookmark");
        assertTrue(SecurityHeadersFilter.sameOrigin(post()), "no browser said anything: a script or a test, not a forged form");
    }
}
