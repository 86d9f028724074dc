package vn.edu.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.portal.search.SearchFixture.article;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnippetTest {

    private final SearchIndex index = SearchFixture.newIndex();

    @AfterEach
    void close() {
        index.close();
    }

    private String snippet(String query) {
        return index.search(query, null, 1, 1).hits().get(0).snippetHtml();
    }

    /** Pages print the snippet unescaped: {@code <mark>} must be the only markup in it. */
    private static void assertOnlyMarks(String html) {
        String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), html);
    }

    @Test
    void escapesEverythingButTheMarks() {
        index.index(article(1, "article:1", "Thông báo",
                "Thông báo <script>alert(1)</script> <img src=x onerror=alert(2)> & \"trích dẫn\" 'đơn'"));
        index.refresh();

        String html = snippet("thông báo");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
        assertTrue(html.contains("&amp; &quot;trích dẫn&quot; &#39;đơn&#39;"), html);
        assertFalse(html.contains("<script") || html.contains("<img"), html);
        assertOnlyMarks(html);
    }

    @Test
    void aMatchInsideMarkupIsMarkedButStillEscaped() {
        index.index(article(1, "article:1", "Bài", "x <script>alert(1)</script> y"));
        index.refresh();

        String html = snippet("script");
        assertTrue(html.contains("&lt;<mark>script</mark>&gt;"), html);
        assertOnlyMarks(html);
    }

    @Test
    void marksTheOriginalWordsOfAFoldedMatch() {
        index.index(article(1, "article:1", "Tin", "Hôm nay trường học tổ chức lễ khai giảng năm học mới."));
        index.refresh();

        String html = snippet("truong");
        assertTrue(html.contains("<mark>trường</mark>"), html);
        assertTrue(snippet("khai giang").contains("khai giảng</mark>"), snippet("khai giang"));
    }

    @Test
    void takesTheTitleWhenTheTextHasNoMatch() {
        index.index(article(1, "article:1", "Lịch <b>thi</b> học kỳ <script>x</script>", "Không có từ cần tìm."));
        index.refresh();

        String html = snippet("lịch");
        assertTrue(html.startsWith("<mark>Lịch</mark> &lt;b&gt;thi&lt;/b&gt;"), html);
        assertOnlyMarks(html);
    }

    @Test
    void cutsALongTextToAFragmentAroundTheMatch() {
        String filler = "Nội dung không liên quan đến điều cần tìm. ".repeat(40);
        index.index(article(1, "article:1", "Tin", filler + "Hạn chót nộp hồ sơ tuyển sinh là 15/6. " + filler));
        index.refresh();

        String html = snippet("hồ sơ");
        assertTrue(html.startsWith("… ") && html.endsWith(" …"), html);
        assertTrue(html.contains("<mark>hồ"), html);
        String visible = html.replace("<mark>", "").replace("</mark>", "");
        assertTrue(visible.length() > 120 && visible.length() < 300, visible.length() + ": " + visible);
    }

    @Test
    void foldsLineBreaksIntoSpacesAndMarksAdjacentWordsAsOne() {
        index.index(article(1, "article:1", "Tin", "Dòng một\n\n\tthông báo\r\ndòng hai"));
        index.refresh();

        assertEquals("Dòng một <mark>thông báo</mark> dòng hai", snippet("thông báo"));
    }

    @Test
    void leadingTextIsEscapedAndCut() {
        assertEquals("&lt;b&gt;", SnippetFormatter.leading("  <b>  "));
        assertEquals("", SnippetFormatter.leading("   "));
        assertEquals("", SnippetFormatter.leading(null));
        String cut = SnippetFormatter.leading("từ ".repeat(200));
        assertTrue(cut.endsWith(" …") && cut.length() <= SnippetFormatter.TARGET_LENGTH + 2, cut);
    }
}
