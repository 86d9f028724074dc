package vn.edu.portal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A hostile external feed, through the path its items take into the department's aggregate:
 * fetched over HTTP by the real {@link FeedFetcher} (from a server on the loopback interface,
 * which only the test constructor's {@code allowPrivateHosts} lets it reach: production refuses
 * private addresses, and the poller runs every five minutes, so the integration tests cannot
 * wait for it), parsed by Rome, then written out by the real {@link FeedWriter} as the aggregate
 * RSS and Atom. Every payload of the XSS corpus is in a title, a summary, a link and the feed's
 * name; what comes out must be well-formed, carry no markup, keep titles as text and links http(s).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileFeedTest {

    private HttpServer server;
    private List<String> corpus;

    @BeforeEach
    void start() throws IOException {
        try (InputStream in = HostileFeedTest.class.getResourceAsStream("/xss-payloads.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String serve(String path, String type, String body) {
        server.createContext(path, exchange -> {
            try (exchange) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String hostileRss() {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>" + xml(corpus.get(0)) + "</title><link>https://truong.example.vn/</link><description>x</description>");
        List<String> hostileLinks = List.of("javascript:alert(1)", " JaVaScRiPt:alert(2)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)");
        for (int i = 0; i < corpus.size() + hostileLinks.size(); i++) {
            String p = corpus.get(i % corpus.size());
            String link = i < corpus.size()
                    ? "https://truong.example.vn/tin/" + i + "?q=" + java.net.URLEncoder.encode(p, StandardCharsets.UTF_8)
                    : hostileLinks.get(i - corpus.size());
            rss.append("<item><title>Tin ").append(i).append(' ').append(xml(p)).append("</title><link>").append(xml(link))
                    .append("</link><guid isPermaLink=\"false\">hostile-").append(i).append("</guid>")
                    .append("<pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate>")
                    .append("<description><![CDATA[<p>Tóm tắt ").append(i).append("</p>").append(p.replace("]]>", ""))
                    .append("]]></description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    @Test
    void everyPayloadOfAHostileFeedLeavesTheAggregateAsText() throws Exception {
        FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(10), 1024 * 1024, "SchoolPortal-FeedPoller/test", true);
        FetchResult result = fetcher.fetch(serve("/hostile.xml", "application/rss+xml; charset=UTF-8", hostileRss()), null, null);
        assertEquals(FetchResult.Status.FETCHED, result.status(), result.reason());
        assertEquals(corpus.size(), result.items().size(), "the items with an http(s) link are kept, the others dropped");
        List<FeedEntry> entries = new ArrayList<>();
        for (FetchResult.Item item : result.items()) {
            assertTrue(item.link().startsWith("https://"), "only http(s) links are kept: " + item.link());
            assertTrue(item.summary() == null || !item.summary().matches("(?s).*<[a-zA-Z/!].*"),
                    "summaries are plain text: " + item.summary());
            entries.add(new FeedEntry("tag:localhost,2026:external-item:" + entries.size(), item.title(), item.link(),
                    item.summary(), item.published(), item.published(), null, List.of(), "Nguồn " + corpus.get(2), true));
        }
        FeedMeta meta = new FeedMeta("Sở " + corpus.get(3), "https://so.example.vn/", "https://so.example.vn/rss.xml",
                "Tin " + corpus.get(4), "vi");
        for (String out : List.of(FeedWriter.rss(meta, entries), FeedWriter.atom(meta, entries))) {
            wellFormed(out);
            for (String tag : List.of("<script", "<img", "<svg", "<iframe", "<a ", "<body", "<object", "<embed", "<math")) {
                assertFalse(out.toLowerCase().contains(tag), "raw markup " + tag + " in the written feed");
            }
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(out));
            assertEquals(meta.title(), parsed.getTitle(), "the feed's own title stays text");
            assertEquals(entries.size(), parsed.getEntries().size());
            for (int i = 0; i < entries.size(); i++) {
                SyndEntry entry = parsed.getEntries().get(i);
                assertEquals(entries.get(i).title(), entry.getTitle(), "titles are text, as fetched");
                assertTrue(entry.getLink().startsWith("https://"), entry.getLink());
                String description = entry.getDescription() == null ? "" : entry.getDescription().getValue();
                assertFalse(description.matches("(?s).*<[a-zA-Z/!].*"),
                        "a reader that renders the description as HTML sees text: " + description);
            }
        }
    }

    @Test
    void entitiesAndExternalDocumentsOfAFeedAreNeverExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<rss version=\"2.0\"><channel><title>x</title><link>https://t.example.vn/</link><description>x</description>"
                + "<item><title>&xxe;&c;</title><link>https://t.example.vn/1</link><guid>1</guid></item></channel></rss>";
        FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(10), 1024 * 1024, "SchoolPortal-FeedPoller/test", true);
        FetchResult result = fetcher.fetch(serve("/xxe.xml", "application/rss+xml", xxe), null, null);
        assertEquals(FetchResult.Status.FAILED, result.status(), "a feed with a DOCTYPE is refused");
        assertTrue(result.items().isEmpty());
    }

    private static void wellFormed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
