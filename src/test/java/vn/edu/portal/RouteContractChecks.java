package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;

/**
 * Over HTTP, the rules the features declare through the route contract (tenant.web.SiteRoutes):
 * search is never kept by the page cache, disclosures are, feeds answer with their own validators,
 * and none of them takes a POST or sets a cookie for an anonymous reader.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class RouteContractChecks {

    private String base;
    private final PortalClient visitor = new PortalClient();

    @BeforeAll
    void aSchool() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thtuyen"), "Trường Tiểu học Tuyến Đường");
        base = "/s/" + school + "/";
    }

    private static String cache(PortalClient.Page page) {
        return page.headers().firstValue("X-Portal-Cache").orElse("");
    }

    @Test
    void searchIsNeverKeptByThePageCache() {
        for (int i = 0; i < 2; i++) {
            PortalClient.Page search = visitor.get(base + "tim-kiem?q=tuy%E1%BA%BFn");
            assertEquals(200, search.status());
            assertEquals("", cache(search), "neither from the cache nor into it");
            assertTrue(search.headers().allValues("Set-Cookie").isEmpty());
        }
    }

    @Test
    void disclosuresAreKeptByThePageCache() {
        visitor.get(base + "cong-khai");
        PortalClient.Page again = visitor.get(base + "cong-khai");
        assertEquals(200, again.status());
        assertEquals("HIT", cache(again));
        assertTrue(again.headers().firstValue("ETag").isPresent());
        assertTrue(again.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void feedsAnswerWithTheirOwnValidators() {
        PortalClient.Page feed = visitor.get(base + "rss.xml");
        assertEquals(200, feed.status());
        assertEquals("", cache(feed), "the feed keeps its own copy");
        String tag = feed.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, visitor.getWithHeaders(base + "rss.xml", Map.of("If-None-Match", tag)).status());
    }

    @Test
    void readOnlyAddressesRefuseAPost() {
        for (String rest : new String[] {"tim-kiem", "cong-khai", "rss.xml", "", "van-ban"}) {
            assertEquals(405, visitor.postForm(base + rest, Map.of("q", "x")).status(), rest);
        }
    }
}
