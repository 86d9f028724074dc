package vn.edu.portal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SitemapWriterTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void writesEscapedLocationsAndW3cDates() throws Exception {
        String xml = SitemapWriter.xml(List.of(
                new SitemapUrl("https://thpt-nh.so.example.vn/tim?q=a&b='c'", Instant.parse("2026-11-23T10:00:00.456Z")),
                new SitemapUrl("https://thpt-nh.so.example.vn/", null),
                new SitemapUrl("https://thpt-nh.so.example.vn/trang/giới-thiệu", null)));
        assertTrue(xml.contains("<loc>https://thpt-nh.so.example.vn/tim?q=a&amp;b=&apos;c&apos;</loc>"), xml);
        assertTrue(xml.contains("<loc>https://thpt-nh.so.example.vn/trang/gi%E1%BB%9Bi-thi%E1%BB%87u</loc>"), xml);
        Document doc = dom(xml);
        assertEquals(NS, doc.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        Element first = (Element) doc.getElementsByTagNameNS(NS, "url").item(0);
        assertEquals("2026-11-23T10:00:00Z", first.getElementsByTagNameNS(NS, "lastmod").item(0).getTextContent());
        Element second = (Element) doc.getElementsByTagNameNS(NS, "url").item(1);
        assertEquals(0, second.getElementsByTagNameNS(NS, "lastmod").getLength());
    }

    @Test
    void leavesOutWhatIsNotAnAbsoluteHttpUrl() throws Exception {
        Document doc = dom(SitemapWriter.xml(List.of(new SitemapUrl("/relative", null),
                new SitemapUrl("javascript:alert(1)", null), new SitemapUrl("https://x.example.vn/" + "a".repeat(2100), null),
                new SitemapUrl("https://x.example.vn/ok", null))));
        assertEquals(1, doc.getElementsByTagNameNS(NS, "url").getLength());
    }

    @Test
    void writesAtMostFiftyThousandUrls() throws Exception {
        List<SitemapUrl> urls = new ArrayList<>();
        for (int i = 0; i < SitemapWriter.MAX_URLS + 5; i++) {
            urls.add(new SitemapUrl("https://x.example.vn/tin/" + i, null));
        }
        assertEquals(50_000, dom(SitemapWriter.xml(urls)).getElementsByTagNameNS(NS, "url").getLength());
    }
}
