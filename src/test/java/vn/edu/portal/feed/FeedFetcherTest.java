package vn.edu.portal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Against a real HTTP server on the loopback interface only; every test is bounded in time. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FeedFetcherTest {

    private static final String UA = "SchoolPortal-FeedPoller/test";
    private static final int MAX_BYTES = 64 * 1024;

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
              <channel>
                <title>Trường THCS Lê Lợi</title>
                <link>https://thcs-leloi.example.vn/</link>
                <description>Tin tức</description>
                <item>
                  <title>Khai giảng năm học 2026&amp;ndash;2027</title>
                  <link>/tin/khai-giang</link>
                  <guid isPermaLink="false">leloi-1</guid>
                  <pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate>
                  <description><![CDATA[<p>Lễ khai giảng <b>trang trọng</b>.</p><p>Học sinh &amp; phụ huynh</p><script>alert(1)</script><img src=x onerror=alert(1)>]]></description>
                </item>
                <item>
                  <title>Thông báo nghỉ lễ</title>
                  <link>https://thcs-leloi.example.vn/tin/nghi-le</link>
                  <guid>https://thcs-leloi.example.vn/tin/nghi-le</guid>
                </item>
                <item>
                  <title>Mục trùng</title>
                  <link>https://thcs-leloi.example.vn/tin/trung</link>
                  <guid isPermaLink="false">leloi-1</guid>
                </item>
                <item>
                  <title>Mục trùng, chữ hoa</title>
                  <link>https://thcs-leloi.example.vn/tin/trung-2</link>
                  <guid isPermaLink="false">LELOI-1</guid>
                </item>
                <item>
                  <title>Liên kết nguy hiểm</title>
                  <link>javascript:alert(1)</link>
                  <guid isPermaLink="false">leloi-js</guid>
                </item>
              </channel>
            </rss>
            """;

    private HttpServer server;
    private ExecutorService executor;
    private final Map<String, String> lastRequestHeaders = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.getRequestHeaders().forEach((name, values) -> lastRequestHeaders.put(name.toLowerCase(), values.get(0)));
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean chunked)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static FeedFetcher fetcher(Duration timeout) {
        return new FeedFetcher(timeout, MAX_BYTES, UA, true);
    }

    @Test
    void readsAValidRssFeed() {
        serve("/rss.xml", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Fri, 20 Nov 2026 08:00:00 GMT");
            send(exchange, 200, "application/rss+xml; charset=UTF-8", RSS.getBytes(StandardCharsets.UTF_8), false);
        });
        FetchResult result = fetcher(Duration.ofSeconds(5)).fetch(url("/rss.xml"), null, null);

        assertEquals(FetchResult.Status.FETCHED, result.status(), result.reason());
        assertEquals("\"v1\"", result.etag());
        assertEquals("Fri, 20 Nov 2026 08:00:00 GMT", result.lastModified());
        assertEquals(UA, lastRequestHeaders.get("user-agent"));
        assertNull(lastRequestHeaders.get("if-none-match"));

        // Duplicate guids (also differing only in case) collapse; the javascript: link is dropped.
        assertEquals(2, result.items().size(), result.items().toString());
        FetchResult.Item first = result.items().get(0);
        assertEquals("leloi-1", first.guid());
        assertEquals("Khai giảng năm học 2026–2027", first.title());
        assertEquals("https://thcs-leloi.example.vn/tin/khai-giang", first.link(), "resolved against the channel");
        assertEquals("Lễ khai giảng trang trọng. Học sinh & phụ huynh", first.summary());
        assertEquals(Instant.parse("2026-11-20T08:00:00Z"), first.published());
        FetchResult.Item second = result.items().get(1);
        assertEquals("https://thcs-leloi.example.vn/tin/nghi-le", second.guid());
        assertNull(second.summary());
        assertNull(second.published());
    }

    @Test
    void readsAnAtomFeed() {
        String atom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Trường A</title><id>urn:uuid:1</id><updated>2026-11-20T08:00:00Z</updated>
                  <entry>
                    <title type="text">a &lt;b&gt; c</title>
                    <id>urn:uuid:2</id><updated>2026-11-21T08:00:00Z</updated>
                    <link rel="alternate" href="https://a.example.vn/t/2"/>
                    <summary type="html">&lt;i&gt;x&lt;/i&gt; y</summary>
                  </entry>
                </feed>
                """;
        serve("/atom", exchange -> send(exchange, 200, "application/atom+xml", atom.getBytes(StandardCharsets.UTF_8), false));
        FetchResult result = fetcher(Duration.ofSeconds(5)).fetch(url("/atom"), null, null);
        assertEquals(FetchResult.Status.FETCHED, result.status(), result.reason());
        FetchResult.Item item = result.items().get(0);
        assertEquals("urn:uuid:2", item.guid());
        assertEquals("a <b> c", item.title(), "a text title keeps its angle brackets as text");
        assertEquals("x y", item.summary());
        assertEquals(Instant.parse("2026-11-21T08:00:00Z"), item.published());
    }

    @Test
    void answers304WhenTheEtagStillMatches() {
        serve("/rss.xml", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                send(exchange, 200, "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8), false);
            }
        });
        FetchResult result = fetcher(Duration.ofSeconds(5)).fetch(url("/rss.xml"), "\"v1\"", "Fri, 20 Nov 2026 08:00:00 GMT");
        assertEquals(FetchResult.Status.NOT_MODIFIED, result.status(), result.reason());
        assertEquals("\"v1\"", lastRequestHeaders.get("if-none-match"));
        assertEquals("Fri, 20 Nov 2026 08:00:00 GMT", lastRequestHeaders.get("if-modified-since"));
        assertTrue(result.items().isEmpty());
    }

    @Test
    void garbageIsAFailureNotAnException() {
        serve("/rss.xml", exchange -> send(exchange, 200, "text/html",
                "<html><body>Not a feed <<< &&&".getBytes(StandardCharsets.UTF_8), false));
        FetchResult result = fetcher(Duration.ofSeconds(5)).fetch(url("/rss.xml"), null, null);
        assertEquals(FetchResult.Status.FAILED, result.status());
        assertTrue(result.reason().startsWith("not an RSS or Atom feed"), result.reason());
    }

    @Test
    void aDoctypeIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><link>https://a.example.vn/</link>"
                + "<description>d</description></channel></rss>";
        serve("/rss.xml", exchange -> send(exchange, 200, "application/rss+xml", xxe.getBytes(StandardCharsets.UTF_8), false));
        assertEquals(FetchResult.Status.FAILED, fetcher(Duration.ofSeconds(5)).fetch(url("/rss.xml"), null, null).status());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        serve("/slow", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        FetchResult result = fetcher(Duration.ofSeconds(1)).fetch(url("/slow"), null, null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(FetchResult.Status.FAILED, result.status());
        assertTrue(result.reason().contains("within"), result.reason());
        assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "took " + took);
    }

    @Test
    void aBodyThatTricklesForEverTimesOutToo() {
        serve("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        FetchResult result = fetcher(Duration.ofSeconds(1)).fetch(url("/trickle"), null, null);
        assertEquals(FetchResult.Status.FAILED, result.status());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(4)) < 0);
    }

    @Test
    void anOversizedBodyIsRefusedWithOrWithoutContentLength() {
        byte[] huge = ("<rss version=\"2.0\"><channel>" + "x".repeat(MAX_BYTES * 3) + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        serve("/declared", exchange -> send(exchange, 200, "application/rss+xml", huge, false));
        serve("/chunked", exchange -> send(exchange, 200, "application/rss+xml", huge, true));
        for (String path : List.of("/declared", "/chunked")) {
            FetchResult result = fetcher(Duration.ofSeconds(5)).fetch(url(path), null, null);
            assertEquals(FetchResult.Status.FAILED, result.status(), path);
            assertTrue(result.reason().startsWith("body larger than"), path + ": " + result.reason());
        }
    }

    @Test
    void followsRedirectsAndReportsHttpErrors() {
        serve("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/rss.xml");
            exchange.sendResponseHeaders(301, -1);
        });
        serve("/rss.xml", exchange -> send(exchange, 200, "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8), false));
        serve("/broken", exchange -> send(exchange, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8), false));
        serve("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
        });
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(5));
        assertEquals(FetchResult.Status.FETCHED, fetcher.fetch(url("/old"), null, null).status());
        assertEquals("HTTP 500", fetcher.fetch(url("/broken"), null, null).reason());
        assertEquals("too many redirects", fetcher.fetch(url("/loop"), null, null).reason());
    }

    @Test
    void aClosedPortIsAFailure() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        FetchResult result = fetcher(Duration.ofSeconds(2)).fetch("http://127.0.0.1:" + port + "/rss.xml", null, null);
        assertEquals(FetchResult.Status.FAILED, result.status());
    }

    @Test
    void privateAddressesAreRefusedBeforeAnyRequestUnlessAllowed() {
        serve("/rss.xml", exchange -> send(exchange, 200, "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8), false));
        FetchResult result = new FeedFetcher(Duration.ofSeconds(2), MAX_BYTES, UA, false).fetch(url("/rss.xml"), null, null);
        assertEquals(FetchResult.Status.FAILED, result.status());
        assertTrue(result.reason().startsWith("address not allowed"), result.reason());
        assertEquals(0, requests.get());
    }

    @Test
    void invalidUrlsAndStoredValidatorsWithLineBreaksDoNotThrow() {
        serve("/rss.xml", exchange -> send(exchange, 200, "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8), false));
        assertEquals("invalid URL", fetcher(Duration.ofSeconds(2)).fetch("not a url", null, null).reason());
        FetchResult result = fetcher(Duration.ofSeconds(2)).fetch(url("/rss.xml"), "\"v1\"\r\nX-Evil: 1", null);
        assertEquals(FetchResult.Status.FETCHED, result.status(), result.reason());
        assertNull(lastRequestHeaders.get("x-evil"));
    }

    @Test
    void htmlBecomesText() {
        assertEquals("a b & c", FeedFetcher.htmlToText("<p>a</p><p>b &amp; <script>x()</script>c</p>"));
        assertEquals("một hai<3", FeedFetcher.htmlToText("một<br>h<b>ai</b>&lt;3"));
        assertEquals("", FeedFetcher.htmlToText(null));
        assertEquals("ab…", FeedFetcher.clip("abcdef", 3));
    }
}
