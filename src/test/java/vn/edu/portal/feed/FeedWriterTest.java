package vn.edu.portal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class FeedWriterTest {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String SCRIPT_TITLE = "<script>alert(1)</script>";
    private static final String IMG_SUMMARY = "Ảnh <img src=x onerror=alert(1)> & \"trích dẫn\"";
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-11-21T09:30:00Z");

    private static final FeedMeta META = new FeedMeta("Trường THPT Nguyễn Huệ", "https://thpt-nh.so.example.vn/",
            "https://thpt-nh.so.example.vn/rss.xml?kind=news&lang=vi", "Tin tức của trường", "vi");

    private static List<FeedEntry> entries() {
        return List.of(
                new FeedEntry("tag:thpt-nh.so.example.vn,2026:article:123", SCRIPT_TITLE,
                        "https://thpt-nh.so.example.vn/tin/123?a=1&b=2", IMG_SUMMARY, PUBLISHED, UPDATED,
                        "Cô Lê Thị Hoa", List.of("Tin tức", "Thông báo"), "Trường THPT Nguyễn Huệ", false),
                new FeedEntry("tag:thpt-nh.so.example.vn,2026:external-item:7", "Khai giảng năm học mới",
                        "https://other.example.org/news/7", null, PUBLISHED, null, null, List.of(),
                        "Trường THCS Lê Lợi", true));
    }

    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static SyndFeed rome(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static String text(Element parent, String name) {
        return ((Element) parent.getElementsByTagName(name).item(0)).getTextContent();
    }

    private static void assertNoMarkupLeaks(String xml, Document doc) {
        assertFalse(xml.contains("<script"), xml);
        assertFalse(xml.contains("<img"), xml);
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength());
    }

    @Test
    void rssEscapesUserTextAndSummaryStaysTextForReaders() throws Exception {
        String xml = FeedWriter.rss(META, entries());
        Document doc = dom(xml);
        assertNoMarkupLeaks(xml, doc);
        assertTrue(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), xml);
        Element item = (Element) doc.getElementsByTagName("item").item(0);
        assertEquals(SCRIPT_TITLE, text(item, "title"));
        // Readers decode description as HTML: it must hold escaped HTML, so the tag shows as text.
        String description = text(item, "description");
        assertFalse(description.contains("<"), description);
        assertEquals("Ảnh &lt;img src=x onerror=alert(1)&gt; &amp; &quot;trích dẫn&quot;", description);
        assertTrue(xml.contains("&amp;lt;img src=x"), xml);
    }

    @Test
    void atomEscapesUserTextAndMarksItAsText() throws Exception {
        String xml = FeedWriter.atom(META, entries());
        Document doc = dom(xml);
        assertNoMarkupLeaks(xml, doc);
        Element entry = (Element) doc.getElementsByTagNameNS(ATOM_NS, "entry").item(0);
        Element title = (Element) entry.getElementsByTagNameNS(ATOM_NS, "title").item(0);
        Element summary = (Element) entry.getElementsByTagNameNS(ATOM_NS, "summary").item(0);
        assertEquals("text", title.getAttribute("type"));
        assertEquals(SCRIPT_TITLE, title.getTextContent());
        assertEquals("text", summary.getAttribute("type"));
        assertEquals(IMG_SUMMARY, summary.getTextContent());
    }

    @Test
    void rssHasSelfLinkGuidDatesAuthorCategoriesAndSource() throws Exception {
        Document doc = dom(FeedWriter.rss(META, entries()));
        Element channel = (Element) doc.getElementsByTagName("channel").item(0);
        Element self = (Element) channel.getElementsByTagNameNS(ATOM_NS, "link").item(0);
        assertEquals("self", self.getAttribute("rel"));
        assertEquals(META.selfLink(), self.getAttribute("href"));
        assertEquals("vi", text(channel, "language"));
        Element item = (Element) doc.getElementsByTagName("item").item(0);
        Element guid = (Element) item.getElementsByTagName("guid").item(0);
        assertEquals("false", guid.getAttribute("isPermaLink"));
        assertEquals("tag:thpt-nh.so.example.vn,2026:article:123", guid.getTextContent());
        assertEquals("Fri, 20 Nov 2026 08:00:00 GMT", text(item, "pubDate"));
        assertEquals("Cô Lê Thị Hoa", item.getElementsByTagNameNS(DC_NS, "creator").item(0).getTextContent());
        NodeList categories = item.getElementsByTagName("category");
        assertEquals(3, categories.getLength());
        Element source = (Element) categories.item(2);
        assertEquals("tag:thpt-nh.so.example.vn,2026:source", source.getAttribute("domain"));
        assertEquals("Trường THPT Nguyễn Huệ", source.getTextContent());
        assertEquals("Sat, 21 Nov 2026 09:30:00 GMT", text(channel, "lastBuildDate"));
    }

    @Test
    void atomHasSelfLinkIdUpdatedAuthorAndSource() throws Exception {
        Document doc = dom(FeedWriter.atom(META, entries()));
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM_NS, feed.getNamespaceURI());
        assertEquals("vi", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals(META.selfLink(), feed.getElementsByTagNameNS(ATOM_NS, "id").item(0).getTextContent());
        boolean self = false;
        NodeList links = feed.getElementsByTagNameNS(ATOM_NS, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertTrue(URI.create(link.getAttribute("href")).isAbsolute(), link.getAttribute("href"));
            self |= link.getAttribute("rel").equals("self") && link.getAttribute("href").equals(META.selfLink());
        }
        assertTrue(self);
        Element author = (Element) feed.getElementsByTagNameNS(ATOM_NS, "author").item(0);
        assertEquals(META.title(), author.getTextContent().strip());
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM_NS, "entry").item(0);
        assertEquals("2026-11-21T09:30:00Z", entry.getElementsByTagNameNS(ATOM_NS, "updated").item(0).getTextContent());
        assertEquals("2026-11-20T08:00:00Z", entry.getElementsByTagNameNS(ATOM_NS, "published").item(0).getTextContent());
        Element source = (Element) entry.getElementsByTagNameNS(ATOM_NS, "category").item(2);
        assertEquals("tag:thpt-nh.so.example.vn,2026:source", source.getAttribute("scheme"));
        assertEquals("Trường THPT Nguyễn Huệ", source.getAttribute("term"));
    }

    @Test
    void bothFormatsParseBackWithRomeWithAbsoluteLinks() throws Exception {
        for (String xml : List.of(FeedWriter.rss(META, entries()), FeedWriter.atom(META, entries()))) {
            SyndFeed feed = rome(xml);
            assertEquals(META.title(), feed.getTitle());
            assertEquals(2, feed.getEntries().size());
            SyndEntry first = feed.getEntries().get(0);
            assertEquals(SCRIPT_TITLE, first.getTitle());
            assertEquals("tag:thpt-nh.so.example.vn,2026:article:123", first.getUri());
            assertEquals("https://thpt-nh.so.example.vn/tin/123?a=1&b=2", first.getLink());
            for (SyndEntry entry : feed.getEntries()) {
                URI link = URI.create(entry.getLink());
                assertTrue(link.isAbsolute() && link.getScheme().startsWith("http"), entry.getLink());
            }
            assertTrue(URI.create(feed.getLink()).isAbsolute());
        }
    }

    @Test
    void etagIsStableForTheSameBodyAndChangesWithAnEntry() {
        String body = FeedWriter.rss(META, entries());
        assertEquals(body, FeedWriter.rss(META, entries()), "no time-dependent output");
        String etag = FeedWriter.etag(body);
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), etag);
        assertEquals(etag, FeedWriter.etag(FeedWriter.rss(META, entries())));

        List<FeedEntry> changed = List.of(entries().get(0), new FeedEntry(entries().get(1).id(),
                "Khai giảng năm học mới (cập nhật)", entries().get(1).link(), null, PUBLISHED, null, null,
                List.of(), "Trường THCS Lê Lợi", true));
        assertNotEquals(etag, FeedWriter.etag(FeedWriter.rss(META, changed)));
        assertNotEquals(FeedWriter.etag(FeedWriter.atom(META, entries())), FeedWriter.etag(FeedWriter.atom(META, changed)));
    }

    @Test
    void lastModifiedIsTheNewestDateOrTheEpoch() {
        assertEquals(UPDATED, FeedWriter.lastModified(entries()));
        assertEquals(Instant.EPOCH, FeedWriter.lastModified(List.of()));
    }

    @Test
    void emptyFeedsAreValid() throws Exception {
        assertEquals(0, rome(FeedWriter.rss(META, List.of())).getEntries().size());
        SyndFeed atom = rome(FeedWriter.atom(META, List.of()));
        assertEquals(0, atom.getEntries().size());
    }

    @Test
    void charactersXmlCannotCarryAreDropped() throws Exception {
        List<FeedEntry> withControls = List.of(new FeedEntry("tag:x.example.vn,2026:article:1", "Tiêu\u0001 đề\u000B",
                "https://x.example.vn/tin/1", "Tóm\u0000tắt \uD83D\uDE00", PUBLISHED, null, null, List.of(), null, false));
        for (String xml : List.of(FeedWriter.rss(META, withControls), FeedWriter.atom(META, withControls))) {
            dom(xml);
            assertEquals("Tiêu đề", rome(xml).getEntries().get(0).getTitle());
        }
        assertEquals("Tómtắt \uD83D\uDE00", dom(FeedWriter.atom(META, withControls))
                .getElementsByTagNameNS(ATOM_NS, "summary").item(0).getTextContent());
    }

    @Test
    void entriesWithoutAnAbsoluteHttpLinkAreLeftOut() throws Exception {
        List<FeedEntry> bad = List.of(
                new FeedEntry("tag:x.example.vn,2026:a:1", "js", "javascript:alert(1)", null, PUBLISHED, null, null, List.of(), null, false),
                new FeedEntry("tag:x.example.vn,2026:a:2", "relative", "/tin/2", null, PUBLISHED, null, null, List.of(), null, false),
                new FeedEntry("tag:x.example.vn,2026:a:3", "ok", "https://x.example.vn/tin/3", null, PUBLISHED, null, null, List.of(), null, false));
        assertEquals(1, rome(FeedWriter.rss(META, bad)).getEntries().size());
        assertEquals(1, rome(FeedWriter.atom(META, bad)).getEntries().size());
        assertFalse(FeedWriter.rss(META, bad).contains("javascript:"));
    }

    @Test
    void aFeedNeedsAbsoluteLinksOfItsOwn() {
        FeedMeta relative = new FeedMeta("T", "/", "/rss.xml", null, "vi");
        assertThrows(IllegalArgumentException.class, () -> FeedWriter.rss(relative, List.of()));
        assertThrows(IllegalArgumentException.class, () -> FeedWriter.atom(relative, List.of()));
    }
}
