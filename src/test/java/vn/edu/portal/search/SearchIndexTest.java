package vn.edu.portal.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.portal.search.SearchFixture.article;
import static vn.edu.portal.search.SearchFixture.daysAgo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private final SearchIndex index = SearchFixture.newIndex();

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> keys(String query, Long siteId) {
        return index.search(query, siteId, 1, 50).hits().stream().map(SearchHit::key).toList();
    }

    @Test
    void findsVietnameseWithOrWithoutDiacritics() {
        index.index(article(1, "article:1", "Trường học thân thiện", "Nhà trường tổ chức ngày hội."));
        index.index(article(1, "article:2", "Đăng ký tuyển sinh lớp 10", "Phụ huynh đăng ký trực tuyến."));
        index.index(article(1, "article:3", "Tham quan Đà Nẵng", "Chuyến đi của lớp 9A."));
        index.index(article(1, "article:4", "Truong hoc viet khong dau", "Bai viet go khong dau."));
        index.refresh();

        assertEquals(List.of("article:1", "article:4"), keys("truong hoc", null).stream().sorted().toList());
        assertEquals("article:1", keys("Trường học", null).get(0), "exact diacritics rank first");
        assertEquals(List.of("article:2"), keys("dang ky", null));
        assertEquals(List.of("article:2"), keys("ĐĂNG KÝ", null));
        assertEquals(List.of("article:3"), keys("da nang", null));
        assertEquals(List.of("article:3"), keys("đà nẵng", null));
        assertEquals(List.of("article:3"), keys("Da Nang", null));
    }

    /**
     * When no document has every word, those with more of the words come first, whatever one word's
     * title scores (a title with "học" ranked above the fee page for "hoc phi truowngf"), and the page
     * says the matches are partial.
     */
    @Test
    void nearMissesWithMoreOfTheWordsRankFirstAndSaySo() {
        Instant sameDay = daysAgo(3);
        index.index(article(1, "article:title", "Lịch ôn tập học kỳ I", "Các lớp ôn tập theo lịch.", sameDay));
        index.index(article(1, "article:fee", "Thủ tục hành chính", "Miễn giảm học phí cho học sinh có hoàn cảnh khó khăn.",
                sameDay));
        index.refresh();

        SearchPage near = index.search("hoc phi zzkhongco", null, 1, 10);
        assertTrue(near.partial(), "no document has every word");
        assertEquals("article:fee", near.hits().get(0).key(), "two of the words above one word in a title");
        assertEquals(false, index.search("hoc phi", null, 1, 10).partial());
    }

    /** An index says what its last whole rebuild held: one built before procedures were searched is rebuilt at start. */
    @Test
    void aWholeRebuildSaysWhatKindsOfDocumentsItHolds() {
        assertEquals("", index.contents(), "a new index does not say");
        index.reindex(List.of(article(1, "article:1", "Một bài", "Nội dung.")).iterator(), done -> { });
        assertEquals(SearchIndex.CONTENTS, index.contents());
        assertTrue(SearchIndex.CONTENTS.contains("procedure"));
    }

    /** The department's procedure is found on each school's site, and once across every site (the department's). */
    @Test
    void aDepartmentsProcedureIsFoundOnEverySchoolAndOnceEverywhere() {
        Instant at = daysAgo(1);
        index.index(new SearchDocument("procedure:1:chuyen-truong", 1, "Sở", "so", "procedure", "Chuyển trường",
                "Hồ sơ chuyển trường", "thu-tuc/chuyen-truong", at));
        for (long school = 2; school <= 3; school++) {
            index.index(new SearchDocument("procedure:" + school + ":chuyen-truong", school, "Trường " + school, "t" + school,
                    SearchIndex.SHARED_PROCEDURE, "Chuyển trường", "Hồ sơ chuyển trường", "thu-tuc/chuyen-truong", at));
        }
        index.refresh();

        assertEquals(List.of("procedure:1:chuyen-truong"), keys("chuyen truong", null));
        assertEquals(List.of("procedure:2:chuyen-truong"), keys("chuyen truong", 2L));
    }

    /** Typed with the Vietnamese keyboard switched off: read again without its marks, and the page says how. */
    @Test
    void telexAndVniLeftoversAreReadAgainWhenNothingMatches() {
        index.index(article(1, "article:1", "Trường học thân thiện", "Học phí năm học mới."));
        index.refresh();

        SearchPage telex = index.search("truowngf hocj", null, 1, 10);
        assertEquals(List.of("article:1"), telex.hits().stream().map(SearchHit::key).toList());
        assertEquals("truong hoc", telex.readAs());
        assertEquals("truong", index.search("tru7o72ng", null, 1, 10).readAs());
        SearchPage some = index.search("hoc phi truowngf", null, 1, 10);
        assertEquals("hoc phi truong", some.readAs(), "every word read so beats some of the words as typed");
        assertEquals(false, some.partial());
        assertEquals(null, index.search("truong", null, 1, 10).readAs(), "a match as typed is not read again");
        assertEquals(0, index.search("xyzzyq", null, 1, 10).total());
    }

    @Test
    void dAndDStrokeMatchEachOther() {
        index.index(article(1, "article:1", "Quận Đống Đa", "Đường Đông Các."));
        index.index(article(1, "article:2", "Phường Dong Da", "Duong Dong Cac."));
        index.refresh();

        assertEquals(2, index.search("dong da", null, 1, 10).total());
        assertEquals(2, index.search("đống đa", null, 1, 10).total());
        assertEquals("article:1", keys("đống đa", null).get(0));
        assertEquals(List.of("article:1", "article:2"), keys("Đông", null).stream().sorted().toList());
    }

    @Test
    void exactSpellingRanksAboveAMerelyFoldedMatch() {
        Instant sameDay = daysAgo(10);
        index.index(article(1, "article:thi", "Lịch thi học kỳ", "Học sinh ôn thi.", sameDay));
        index.index(article(1, "article:thị", "Lịch thị trấn", "Thị trấn tổ chức hội chợ.", sameDay));
        index.refresh();

        assertEquals(List.of("article:thi", "article:thị"), keys("thi", null));
        assertEquals(List.of("article:thị", "article:thi"), keys("thị", null));
    }

    @Test
    void newerRanksFirstBetweenEqualMatches() {
        index.index(article(1, "article:old", "Khai giảng năm học mới", "Lễ khai giảng.", daysAgo(400)));
        index.index(article(1, "article:undated", "Khai giảng năm học mới", "Lễ khai giảng.", null));
        index.index(article(1, "article:new", "Khai giảng năm học mới", "Lễ khai giảng.", daysAgo(3)));
        index.refresh();

        assertEquals(List.of("article:new", "article:old", "article:undated"), keys("khai giảng", null));
    }

    @Test
    void aClearlyBetterMatchStillBeatsNewerNews() {
        index.index(article(1, "article:old", "Tuyển sinh lớp 10", "Kế hoạch tuyển sinh lớp 10.", daysAgo(900)));
        index.index(article(1, "article:new", "Hội thao mùa xuân", "Có nhắc đến tuyển sinh ở cuối bài.", daysAgo(1)));
        index.refresh();

        assertEquals(List.of("article:old", "article:new"), keys("tuyển sinh", null));
    }

    @Test
    void documentsWithEveryWordComeFirstAndAnyWordIsTheFallback() {
        index.index(article(1, "article:both", "Họp phụ huynh", "Cuộc họp đầu năm."));
        index.index(article(1, "article:one", "Họp tổ chuyên môn", "Giáo viên họp."));
        index.refresh();

        assertEquals(List.of("article:both"), keys("họp phụ huynh", null), "only the document with every word");
        assertEquals(List.of("article:both", "article:one"), keys("họp thiên văn", null).stream().sorted().toList(),
                "no document has every word: any word will do");
    }

    @Test
    void pagesThroughHitsWithTheTotal() {
        IntStream.rangeClosed(1, 23).forEach(i ->
                index.index(article(1, "article:" + i, "Thông báo số " + i, "Thông báo của nhà trường.", daysAgo(i))));
        index.index(article(1, "article:other", "Lịch thi", "Không liên quan."));
        index.refresh();

        SearchPage first = index.search("thông báo", null, 1, 10);
        SearchPage third = index.search("thông báo", null, 3, 10);
        assertAll(
                () -> assertEquals(23, first.total()),
                () -> assertEquals(10, first.hits().size()),
                () -> assertEquals("article:1", first.hits().get(0).key(), "newest first"),
                () -> assertEquals(3, third.hits().size()),
                () -> assertEquals(3, third.page()),
                () -> assertEquals(23, third.total()),
                () -> assertEquals(0, index.search("thông báo", null, 4, 10).hits().size()),
                () -> assertEquals(23, index.search("thông báo", null, 4, 10).total()));
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            index.search("thông báo", null, page, 10).hits()
                    .forEach(hit -> assertTrue(seen.add(hit.key()), hit.key()));
        }
        assertEquals(23, seen.size());
    }

    @Test
    void limitsPageAndPageSize() {
        IntStream.rangeClosed(1, 60).forEach(i -> index.index(article(1, "article:" + i, "Tin " + i, "Tin tức.")));
        index.refresh();

        SearchPage capped = index.search("tin", null, 1, 500);
        assertEquals(50, capped.pageSize());
        assertEquals(50, capped.hits().size());
        assertEquals(60, capped.total());
        SearchPage defaults = index.search("tin", null, 0, 0);
        assertEquals(1, defaults.page());
        assertEquals(SearchIndex.DEFAULT_PAGE_SIZE, defaults.pageSize());
        SearchPage farAway = index.search("tin", null, Integer.MAX_VALUE, 50);
        assertEquals(0, farAway.hits().size());
        assertEquals(60, farAway.total());
    }

    @Test
    void hitCarriesWhatThePageShows() {
        Instant published = Instant.parse("2026-09-05T01:00:00Z");
        index.index(new SearchDocument("document:7", 4, "THCS Nguyễn Huệ", "thcsnguyenhue", "document",
                "Kế hoạch năm học", "Kế hoạch năm học 2026-2027.", "van-ban/ke-hoach", published));
        index.refresh();

        SearchHit hit = index.search("kế hoạch", 4L, 1, 10).hits().get(0);
        assertEquals(new SearchHit("document:7", 4, "THCS Nguyễn Huệ", "thcsnguyenhue", "document",
                "Kế hoạch năm học", hit.snippetHtml(), "van-ban/ke-hoach", published), hit);
        assertEquals("<mark>Kế hoạch</mark> năm học 2026-2027.", hit.snippetHtml());
    }

    @Test
    void indexingTheSameKeyReplacesAndRemovedDocumentsAreGone() {
        index.index(article(1, "article:1", "Lịch nghỉ Tết", "Học sinh nghỉ Tết."));
        index.index(article(1, "article:2", "Lịch thi", "Lịch thi học kỳ."));
        index.refresh();
        assertEquals(2, index.count());

        index.index(article(1, "article:1", "Lịch nghỉ hè", "Học sinh nghỉ hè."));
        index.refresh();
        assertEquals(2, index.count());
        assertEquals(List.of(), keys("tết", null));
        assertEquals(List.of("article:1"), keys("nghỉ hè", null));

        index.remove("article:1");
        assertEquals(List.of("article:1"), keys("nghỉ hè", null), "not visible before the refresh");
        index.refresh();
        assertEquals(List.of(), keys("nghỉ hè", null));
        assertEquals(1, index.count());
        assertDoesNotThrow(() -> index.remove("article:missing"));
    }

    @Test
    void reindexSiteReplacesOnlyThatSite() {
        index.index(article(1, "article:1", "Tin cũ một", "Tin cũ."));
        index.index(article(1, "article:2", "Tin cũ hai", "Tin cũ."));
        index.index(article(2, "article:3", "Tin trường bạn", "Tin cũ."));
        index.refresh();

        List<Integer> progress = new ArrayList<>();
        index.reindexSite(1, List.of(
                article(1, "article:2", "Tin mới hai", "Tin mới."),
                article(1, "article:4", "Tin mới bốn", "Tin mới.")).iterator(), progress::add);

        assertEquals(List.of("article:2", "article:4"), keys("tin", 1L).stream().sorted().toList());
        assertEquals(List.of("article:3"), keys("tin", 2L));
        assertEquals(List.of(), keys("cũ", 1L));
        assertEquals(List.of(2), progress);
        assertThrows(IllegalArgumentException.class, () -> index.reindexSite(1,
                List.of(article(2, "article:5", "Lạc site", "Tin.")).iterator(), null));
        assertEquals(List.of("article:3"), keys("tin", 2L));
    }

    @Test
    void reindexReplacesEverythingAndReportsProgress() {
        index.index(article(1, "article:gone", "Tin sẽ mất", "Tin."));
        index.index(article(9, "page:gone", "Trang sẽ mất", "Tin."));
        index.refresh();

        List<Integer> progress = new ArrayList<>();
        index.reindex(IntStream.range(0, 1200)
                .mapToObj(i -> article(1 + i % 3, "article:" + i, "Bài " + i, "Nội dung bài viết."))
                .iterator(), progress::add);

        assertEquals(1200, index.count());
        assertEquals(List.of(500, 1000, 1200), progress);
        assertEquals(0, index.search("mất", null, 1, 10).total());

        progress.clear();
        index.reindex(List.<SearchDocument>of().iterator(), progress::add);
        assertEquals(0, index.count());
        assertEquals(List.of(0), progress);
    }

    @Test
    void searchesDuringAReindexStillFindWhatItHasNotReachedYet() {
        index.index(article(1, "article:1", "Thông báo một", "Nội dung."));
        index.index(article(1, "article:2", "Thông báo hai", "Nội dung."));
        index.refresh();

        List<Long> totalsDuringReindex = new ArrayList<>();
        Iterator<SearchDocument> documents = List.of(
                article(1, "article:1", "Thông báo một, sửa", "Nội dung."),
                article(1, "article:2", "Thông báo hai, sửa", "Nội dung.")).iterator();
        index.reindexSite(1, new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public SearchDocument next() {
                index.refresh();
                totalsDuringReindex.add(index.search("thông báo", 1L, 1, 10).total());
                return documents.next();
            }
        }, null);

        assertEquals(List.of(2L, 2L), totalsDuringReindex);
        assertEquals(2, index.search("sửa", 1L, 1, 10).total());
    }

    /**
     * A rebuild reads an article, the article is taken down (the worker removes it), then the rebuild
     * writes what it read: the article came back, findable until it changed again or the next rebuild.
     * A removal while a rebuild runs now wins over what the rebuild read before it; a document indexed
     * again afterwards (put back online) is kept.
     */
    @Test
    void anArticleTakenDownWhileARebuildRunsStaysOut() {
        List<vn.edu.portal.search.SearchDocument> read = List.of(article(1, "article:1", "Thông báo nghỉ học", "Nghỉ học do bão."),
                article(1, "article:2", "Thông báo họp phụ huynh", "Họp cuối kỳ."),
                article(1, "article:3", "Thông báo thi", "Lịch thi."));
        read.forEach(index::index);
        index.refresh();
        Iterator<vn.edu.portal.search.SearchDocument> rebuild = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < read.size();
            }

            @Override
            public vn.edu.portal.search.SearchDocument next() {
                vn.edu.portal.search.SearchDocument document = read.get(next++);
                if (document.key().equals("article:1")) {
                    index.remove("article:1"); // taken down after the rebuild read it
                }
                if (document.key().equals("article:2")) {
                    index.remove("article:3"); // taken down, then put back online before the rebuild ends
                    index.index(article(1, "article:3", "Thông báo thi", "Lịch thi."));
                }
                return document;
            }
        };
        index.reindex(rebuild, null);
        assertEquals(List.of("article:2", "article:3"), keys("thông báo", null).stream().sorted().toList());
        index.index(article(1, "article:1", "Thông báo nghỉ học", "Nghỉ học do bão."));
        index.refresh();
        assertEquals(3, index.search("thông báo", null, 1, 10).total(), "put back online after the rebuild");
    }

    /** The same for pages, which are removed by set (those of a site and type not kept): an unpublished page stays out. */
    @Test
    void aPageUnpublishedWhileARebuildRunsStaysOut() {
        vn.edu.portal.search.SearchDocument rules = new vn.edu.portal.search.SearchDocument("page:1:noi-quy", 1, "Trường", "t",
                "page", "Nội quy nhà trường", "Nội quy học sinh.", "trang/noi-quy", Instant.now());
        vn.edu.portal.search.SearchDocument about = new vn.edu.portal.search.SearchDocument("page:1:gioi-thieu", 1, "Trường", "t",
                "page", "Giới thiệu nhà trường", "Lịch sử nhà trường.", "trang/gioi-thieu", Instant.now());
        index.index(rules);
        index.index(about);
        Iterator<vn.edu.portal.search.SearchDocument> rebuild = List.of(rules, about).iterator();
        Iterator<vn.edu.portal.search.SearchDocument> racing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rebuild.hasNext();
            }

            @Override
            public vn.edu.portal.search.SearchDocument next() {
                vn.edu.portal.search.SearchDocument document = rebuild.next();
                if (document == rules) {
                    index.removeOthers(1, "page", List.of("page:1:gioi-thieu")); // "noi-quy" unpublished
                }
                return document;
            }
        };
        index.reindex(racing, null);
        assertEquals(List.of("page:1:gioi-thieu"), keys("nhà trường", null));
    }

    @Test
    void hostileOrEmptyQueriesNeverThrow() {
        index.index(article(1, "article:1", "Tuyển sinh (đợt 1): \"lớp 10\"", "AND OR NOT * ? title:x"));
        index.refresh();

        List<String> hostile = new ArrayList<>(List.of("\"", "(", ")", "((", "\"unclosed", "AND", "OR NOT",
                "*", "?", "*:*", ":", "title:tuyển", "text:*", "\\", "~", "^2", "tuyển^100", "[a TO z]", "{a TO z}",
                "/.*/", "a AND (b OR", "-", "+", "!", "&&", "||", "<script>alert(1)</script>", "%00", "\u0000",
                "😀 tuyển", "'; DROP TABLE site; --", "lớp\t10\n", "tuyển~2", "s*nh"));
        hostile.add("tuyển ".repeat(2_000));
        hostile.add("x".repeat(10_000));
        hostile.add(String.join(" ", IntStream.range(0, 2_000).mapToObj(i -> "w" + i).toList()));
        hostile.add("😀".repeat(150));
        for (String query : hostile) {
            assertDoesNotThrow(() -> index.search(query, null, 1, 10), query);
            assertDoesNotThrow(() -> index.search(query, 1L, 2, 10), query);
        }
        assertEquals(1, index.search("title:tuyển", null, 1, 10).total());
        assertEquals(1, index.search("\"lớp 10\"", 1L, 1, 10).total());
    }

    @Test
    void blankQueriesGiveAnEmptyPage() {
        index.index(article(1, "article:1", "Tin", "Tin."));
        index.refresh();

        for (String query : new String[] {null, "", "   ", "\t\n", "!!!", "\"\"", "*"}) {
            SearchPage page = index.search(query, null, 1, 10);
            assertEquals(0, page.total(), String.valueOf(query));
            assertEquals(List.of(), page.hits());
        }
    }

    @Test
    void removeOthersLeavesOnlyTheListedEntriesOfThatSiteAndType() {
        index.index(new SearchDocument("page:1:cu", 1, "A", "a", "page", "Trang cũ bí mật", "nội dung", "trang/cu", daysAgo(1)));
        index.index(new SearchDocument("page:1:moi", 1, "A", "a", "page", "Trang mới bí mật", "nội dung", "trang/moi", daysAgo(1)));
        index.index(new SearchDocument("page:2:cu", 2, "B", "b", "page", "Trang cũ bí mật", "nội dung", "trang/cu", daysAgo(1)));
        index.index(article(1, "article:9", "Bài bí mật", "nội dung"));
        index.refresh();
        index.removeOthers(1, "page", List.of("page:1:moi"));
        index.refresh();
        assertEquals(List.of("article:9", "page:1:moi", "page:2:cu"), keys("bí mật", null).stream().sorted().toList());
        index.removeOthers(1, "page", List.of());
        index.refresh();
        assertEquals(List.of("article:9", "page:2:cu"), keys("bí mật", null).stream().sorted().toList());
    }
}
