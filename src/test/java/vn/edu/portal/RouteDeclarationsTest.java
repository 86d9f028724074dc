package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.portal.content.web.ContentRoutes;
import vn.edu.portal.department.web.DepartmentRoutes;
import vn.edu.portal.disclosure.web.DisclosureRoutes;
import vn.edu.portal.feed.web.FeedRoutes;
import vn.edu.portal.search.web.SearchRoutes;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteKind;
import vn.edu.portal.tenant.web.SiteRoutes;
import vn.edu.portal.tenant.web.SiteRoutes.Handling;

/**
 * What the public filter does with an address (405, page cache, uncached, written by the feature)
 * comes from the declaration of the feature that answers it and from nothing else: the same
 * address changes handling when only its declaration changes, and the features' own declarations
 * give search, disclosures, content and feeds the rules they had when tenant hard-coded them.
 */
class RouteDeclarationsTest {

    private static final SiteInfo SCHOOL = site(SiteKind.SCHOOL, "thnguyenhue");
    private static final SiteInfo DEPARTMENT = site(SiteKind.DEPARTMENT, "so");

    private static SiteInfo site(SiteKind kind, String slug) {
        return new SiteInfo(1, kind, slug, "Trường", null, null, null, null, null, null, null, null, "default",
                null, 0, List.of());
    }

    /** A feature whose every rule is whatever the test declares. */
    private record Declared(boolean personal, boolean cacheable, boolean post, boolean whole) implements SiteRoutes {
        @Override public boolean handles(SiteInfo site, String rest) { return rest.equals("x"); }
        @Override public boolean personal(SiteInfo site, String rest) { return personal; }
        @Override public boolean cacheable(SiteInfo site, String rest) { return cacheable; }
        @Override public boolean acceptsPost(SiteInfo site, String rest) { return post; }
        @Override public boolean writesWholeResponse(SiteInfo site, String rest) { return whole; }
        @Override public String route(SiteInfo s, String r, HttpServletRequest q, HttpServletResponse p) { return null; }
    }

    @Test
    void theHandlingFollowsTheDeclaration() {
        assertEquals(Handling.CACHED, Handling.of(new Declared(false, true, false, false), SCHOOL, "x", true));
        assertEquals(Handling.UNCACHED, Handling.of(new Declared(false, false, false, false), SCHOOL, "x", true));
        assertEquals(Handling.UNCACHED, Handling.of(new Declared(true, true, true, false), SCHOOL, "x", true),
                "a personal answer is never cached, whatever else is declared");
        assertEquals(Handling.WRITTEN_BY_FEATURE, Handling.of(new Declared(false, true, false, true), SCHOOL, "x", true));
        assertEquals(Handling.NOT_ALLOWED, Handling.of(new Declared(false, true, false, false), SCHOOL, "x", false));
        assertEquals(Handling.UNCACHED, Handling.of(new Declared(false, true, true, false), SCHOOL, "x", false),
                "a post is answered for its sender only");
        assertEquals(Handling.CACHED, Handling.of(null, SCHOOL, "manifest.webmanifest", true));
        assertEquals(Handling.NOT_ALLOWED, Handling.of(null, SCHOOL, "khong-co", false));
    }

    @Test
    void aPersonalDeclarationIsNotCacheableByDefault() {
        SiteRoutes personal = new SiteRoutes() {
            @Override public boolean handles(SiteInfo site, String rest) { return true; }
            @Override public boolean personal(SiteInfo site, String rest) { return true; }
            @Override public String route(SiteInfo s, String r, HttpServletRequest q, HttpServletResponse p) { return null; }
        };
        assertFalse(personal.cacheable(SCHOOL, "x"));
        assertEquals(Handling.UNCACHED, Handling.of(personal, SCHOOL, "x", true));
    }

    @Test
    void searchIsSharedButNeverCached() {
        SearchRoutes search = new SearchRoutes();
        assertTrue(search.handles(SCHOOL, "tim-kiem"));
        assertTrue(search.handles(DEPARTMENT, "tim-kiem"));
        assertFalse(search.personal(SCHOOL, "tim-kiem"));
        assertFalse(search.cacheable(SCHOOL, "tim-kiem"));
        assertEquals(Handling.UNCACHED, Handling.of(search, SCHOOL, "tim-kiem", true));
        assertEquals(Handling.NOT_ALLOWED, Handling.of(search, SCHOOL, "tim-kiem", false));
    }

    @Test
    void disclosuresAreCachedOnSchoolsOnly() {
        DisclosureRoutes disclosures = new DisclosureRoutes();
        for (String rest : List.of("cong-khai", "cong-khai/", "cong-khai/2026-2027", "cong-khai/du-lieu.csv")) {
            assertTrue(disclosures.handles(SCHOOL, rest), rest);
            assertFalse(disclosures.personal(SCHOOL, rest), rest);
            assertTrue(disclosures.cacheable(SCHOOL, rest), rest);
            assertEquals(Handling.CACHED, Handling.of(disclosures, SCHOOL, rest, true), rest);
            assertEquals(Handling.NOT_ALLOWED, Handling.of(disclosures, SCHOOL, rest, false), rest);
        }
        assertFalse(disclosures.handles(DEPARTMENT, "cong-khai"), "the department's cong-khai is its overview");
        assertTrue(new DepartmentRoutes().handles(DEPARTMENT, "cong-khai"));
        assertFalse(disclosures.handles(SCHOOL, "cong-khaiabc"));
    }

    @Test
    void feedsWriteThemselvesAndContentKeepsItsPages() {
        FeedRoutes feeds = new FeedRoutes();
        ContentRoutes content = new ContentRoutes();
        for (String rest : List.of("rss.xml", "atom.xml", "sitemap.xml", "chuyen-muc/tin-tuc/rss.xml",
                "chuyen-muc/tin-tuc/atom.xml")) {
            assertTrue(feeds.handles(SCHOOL, rest), rest);
            assertFalse(content.handles(SCHOOL, rest), rest + " is a feed, not a category");
            assertEquals(Handling.WRITTEN_BY_FEATURE, Handling.of(feeds, SCHOOL, rest, true), rest);
        }
        for (String rest : List.of("", "trang/gioi-thieu", "chuyen-muc/tin-tuc", "bai-viet/khai-giang", "anh",
                "anh/le-khai-giang", "van-ban")) {
            assertTrue(content.handles(SCHOOL, rest), rest);
            assertEquals(Handling.CACHED, Handling.of(content, SCHOOL, rest, true), rest);
        }
        assertFalse(content.handles(DEPARTMENT, ""), "the department's home is the department portal's");
        assertTrue(new DepartmentRoutes().handles(DEPARTMENT, ""));
    }

    @Test
    void noTwoOfTheseFeaturesAnswerTheSameAddress() {
        List<SiteRoutes> features = List.of(new ContentRoutes(), new FeedRoutes(), new SearchRoutes(),
                new DisclosureRoutes(), new DepartmentRoutes());
        for (SiteInfo site : List.of(SCHOOL, DEPARTMENT)) {
            for (String rest : List.of("", "trang/a", "chuyen-muc/a", "chuyen-muc/a/rss.xml", "bai-viet/a", "anh",
                    "anh/a", "van-ban", "rss.xml", "atom.xml", "sitemap.xml", "tim-kiem", "cong-khai",
                    "cong-khai/2026-2027", "cong-khai/du-lieu.json", "tin-tuc", "truong-hoc", "du-lieu-mo")) {
                long answering = features.stream().filter(f -> f.handles(site, rest)).count();
                assertTrue(answering <= 1, site.kind() + " " + rest + " answered by " + answering);
            }
        }
    }
}
