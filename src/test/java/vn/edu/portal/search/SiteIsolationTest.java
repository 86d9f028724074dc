package vn.edu.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.portal.search.SearchFixture.article;
import static vn.edu.portal.search.SearchFixture.daysAgo;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cross-tenant leaks are a bug class of their own: a site's search must never show another site. */
class SiteIsolationTest {

    private static final long SITE_A = 11;
    private static final long SITE_B = 12;

    private final SearchIndex index = SearchFixture.newIndex();

    @BeforeEach
    void twoSitesWhereBMatchesBetter() {
        index.index(article(SITE_A, "article:a1", "Lịch sinh hoạt", "Có một dòng về tuyển sinh.", daysAgo(700)));
        IntStream.rangeClosed(1, 30).forEach(i -> index.index(article(SITE_B, "article:b" + i,
                "Tuyển sinh lớp 10 tuyển sinh", "Tuyển sinh, tuyển sinh, tuyển sinh lớp 10.", daysAgo(1))));
        index.index(article(SITE_B, "article:b-only", "Hội thi giáo viên giỏi", "Chỉ trường B có bài này.",
                daysAgo(1)));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aSiteSeesOnlyItsOwnDocumentsEvenWhenAnotherMatchesBetter() {
        SearchPage a = index.search("tuyển sinh", SITE_A, 1, 50);
        assertEquals(1, a.total());
        assertEquals(List.of("article:a1"), a.hits().stream().map(SearchHit::key).toList());
        assertTrue(a.hits().stream().allMatch(hit -> hit.siteId() == SITE_A));

        SearchPage b = index.search("tuyển sinh", SITE_B, 1, 50);
        assertEquals(30, b.total());
        assertTrue(b.hits().stream().allMatch(hit -> hit.siteId() == SITE_B));
    }

    @Test
    void theAnyWordFallbackStaysInsideTheSite() {
        SearchPage a = index.search("tuyển giỏi", SITE_A, 1, 50);
        assertEquals(List.of("article:a1"), a.hits().stream().map(SearchHit::key).toList());
        assertEquals(0, index.search("hội thi giáo viên giỏi", SITE_A, 1, 50).total());
    }

    @Test
    void deepPagesOfASiteNeverReachAnotherSite() {
        for (int page = 1; page <= 5; page++) {
            SearchPage a = index.search("tuyển sinh lớp", SITE_A, page, 1);
            assertTrue(a.hits().stream().allMatch(hit -> hit.siteId() == SITE_A));
        }
    }

    @Test
    void aSiteWithoutDocumentsFindsNothing() {
        assertEquals(0, index.search("tuyển sinh", 999L, 1, 10).total());
    }

    @Test
    void searchingEverySiteFindsBoth() {
        assertEquals(31, index.search("tuyển sinh", null, 1, 10).total());
    }

    @Test
    void removingASiteLeavesTheOthers() {
        index.removeSite(SITE_B);
        index.refresh();
        assertEquals(1, index.search("tuyển sinh", null, 1, 10).total());
        assertEquals(1, index.count());
    }
}
