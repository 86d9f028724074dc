package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;
import vn.edu.portal.it.SecondNode;

/**
 * What makes public pages fast and well described, over HTTP: compressed bodies kept compressed
 * in the page cache, entity tags and 304 for pages, fingerprinted assets (an unknown fingerprint
 * is a 404), one style sheet per page, icons and a manifest per site, robots.txt, meta
 * descriptions and Open Graph, pictures with their size and in several widths; and bad input
 * (long queries, broken encodings, a garbage Accept-Encoding) that gets a page or a 4xx, never a 5xx.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class SpeedChecks {

    private String school;
    private String articlePath;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void schoolWithAPictureArticle() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thtoc"), "Trường Tiểu học Tốc Độ");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient writer = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page saved = writer.submitFileWith(writer.get("/admin/s/" + school + "/bai-viet/soan"), "edit",
                Map.of("title", "Học sinh vẽ tranh về mái trường",
                        "summary", "Cuộc thi vẽ tranh thu hút hơn hai trăm học sinh tham gia.",
                        "body_input", "<p>Các em vẽ mái trường, thầy cô và bạn bè.</p>"),
                "cover", "tranh.png", "image/png", Samples.png(1300, 866), "publish");
        assertTrue(saved.text().contains("Đã đăng"), saved.text());
        articlePath = "/s/" + school + "/bai-viet/hoc-sinh-ve-tranh-ve-mai-truong";
        assertEquals(200, new PortalClient().get(articlePath).status());
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).GET()
                .timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A link shared on Facebook or Zalo comes back tagged for each reader: served from the page
     * already kept, its own address without the tag. A made-up parameter is answered but never kept,
     * so a flood of such addresses cannot fill or empty the cache.
     */
    @Test
    void sharedLinksAreServedFromTheCacheAndMadeUpAddressesAreNotKept() {
        String home = "/s/" + school + "/van-ban";
        HttpResponse<byte[]> first = get(home + "?fbclid=IwAR" + System.nanoTime() + "&utm_source=zalo", Map.of());
        assertEquals(200, first.statusCode());
        String page = new String(first.body(), StandardCharsets.UTF_8);
        assertFalse(page.contains("fbclid") || page.contains("utm_source"), "the tags are nowhere on the page (og:url)");
        HttpResponse<byte[]> tagged = get(home + "?fbclid=IwAR" + System.nanoTime(), Map.of());
        assertEquals("HIT", header(tagged, "X-Portal-Cache"), "a link tagged for another reader is the page already kept");
        assertEquals("HIT", header(get(home, Map.of()), "X-Portal-Cache"), "and so is the plain address");
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> madeUp = get(home + "?v=1", Map.of());
            assertEquals(200, madeUp.statusCode());
            assertEquals("", header(madeUp, "X-Portal-Cache"), "a parameter no page reads: rendered, not kept");
        }
        assertEquals("HIT", header(get(home, Map.of()), "X-Portal-Cache"), "the page kept is still there");
    }

    @Test
    void aCachedPageIsSentCompressedAsStoredWithATagThatAnswers304() {
        String home = "/s/" + school + "/";
        byte[] plain = get(home, Map.of()).body();
        HttpResponse<byte[]> gzip = get(home, Map.of("Accept-Encoding", "gzip"));
        assertEquals("gzip", header(gzip, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(gzip, "Vary"));
        assertEquals("HIT", header(gzip, "X-Portal-Cache"), "the second request comes from the cache");
        assertArrayEquals(plain, gunzip(gzip.body()), "the same page, compressed");
        assertTrue(gzip.body().length < plain.length / 2, gzip.body().length + " of " + plain.length);
        assertEquals(String.valueOf(gzip.body().length), header(gzip, "Content-Length"));
        HttpResponse<byte[]> br = get(home, Map.of("Accept-Encoding", "gzip, deflate, br"));
        assertEquals("br", header(br, "Content-Encoding"));
        assertTrue(br.body().length < gzip.body().length);

        String tag = header(gzip, "ETag");
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}-gz\""), tag);
        assertEquals("no-cache", header(gzip, "Cache-Control"), "kept, but asked again each time");
        HttpResponse<byte[]> again = get(home, Map.of("Accept-Encoding", "gzip", "If-None-Match", tag));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(304, get(home, Map.of("If-None-Match", header(br, "ETag"))).statusCode(),
                "any coding's tag names the same page");
        assertEquals(200, get(home, Map.of("If-None-Match", "\"something-else\"")).statusCode());
        assertTrue(get(home, Map.of()).headers().allValues("Set-Cookie").isEmpty(), "no cookie on a public page");
    }

    /**
     * The publishing job (every 30 s) announces the articles whose scheduled time has come: their
     * site's cached pages are dropped and show them. An article published at once was announced
     * when it was saved: the job's next run must not drop its site's pages a second time (it did,
     * and made the test above fail at times).
     */
    @Test
    void thePublishingJobAnnouncesAScheduledArticleAndLeavesOnePublishedAtOnce() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String other = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thhen"), "Trường Tiểu học Hẹn Giờ");
        AdminActions.createAccount(admin, other, other + ".admin", "SCHOOL_ADMIN");
        // Between 30 and 45 s past a minute: the article is scheduled for the next minute, at least 15 s ahead,
        // and the pages cached now are looked at again within 35 s, well inside the cache's 60 s lifetime.
        long second = System.currentTimeMillis() % 60_000;
        if (second < 30_000 || second > 45_000) {
            SecondNode.pause((90_000 - second) % 60_000 + 500);
        }
        long nextMinute = (System.currentTimeMillis() / 60_000 + 1) * 60_000;
        // A suffix of letters and digits: a bare number of 12 digits (System.nanoTime() between 100 and 999 s
        // after the machine booted, as on a fresh CI machine) is what PersonalData finds as an ID on the feeds.
        String scheduled = "Lịch kiểm tra cuối học kì " + ItAccounts.uniqueSlug("hk");
        PortalClient scheduler = AdminActions.loggedIn(other + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page later = scheduler.submit(scheduler.get("/admin/s/" + other + "/bai-viet/soan"), "edit",
                Map.of("title", scheduled, "body_input", "<p>Lịch kiểm tra các khối lớp.</p>", "publishAt",
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                                .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                .format(java.time.Instant.ofEpochMilli(nextMinute))),
                "publish");
        assertEquals(200, later.status());
        // The console says it is scheduled, not "published", and offers no public link yet (it led to a 404).
        assertEquals("Hẹn đăng lúc " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(java.time.Instant.ofEpochMilli(nextMinute)),
                later.doc().getElementById("article-status").text(), later.text());
        assertTrue(later.doc().select("a[target=_blank][href*=/bai-viet/]").stream()
                .allMatch(a -> a.attr("href").contains("/admin/")), "no public link before its time");
        PortalClient writer = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page saved = writer.submit(writer.get("/admin/s/" + school + "/bai-viet/soan"), "edit",
                Map.of("title", "Lễ chào cờ đầu tháng " + ItAccounts.uniqueSlug("t"), "body_input", "<p>Toàn trường dự lễ.</p>"),
                "publish");
        assertTrue(saved.text().contains("Đã đăng"), saved.text());
        String home = "/s/" + school + "/";
        String otherHome = "/s/" + other + "/";
        get(home, Map.of());
        get(otherHome, Map.of());
        assertEquals("HIT", header(get(home, Map.of()), "X-Portal-Cache"));
        HttpResponse<byte[]> before = get(otherHome, Map.of());
        assertEquals("HIT", header(before, "X-Portal-Cache"));
        assertFalse(new String(before.body(), StandardCharsets.UTF_8).contains(scheduled), "not before its time");
        // Past the scheduled minute and the job's run on it, with a margin for the run itself.
        SecondNode.pause(Math.max(0, nextMinute + 3_000 - System.currentTimeMillis()));
        assertEquals("HIT", header(get(home, Map.of()), "X-Portal-Cache"),
                "the job's runs after a publication at once left the site's pages in the cache");
        assertTrue(new String(get(otherHome, Map.of()).body(), StandardCharsets.UTF_8).contains(scheduled),
                "the scheduled article is on its school's home once its time has come");
    }

    @Test
    void aChangeGivesThePageANewTag() {
        String path = "/s/" + school + "/";
        String before = header(get(path, Map.of()), "ETag");
        PortalClient admin = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page saved = admin.submit(admin.get("/admin/s/" + school + "/thong-tin"), "identity",
                Map.of("description", "Trường đạt chuẩn quốc gia mức độ 2, lần " + System.nanoTime()), "save");
        assertEquals(200, saved.status());
        String after = header(get(path, Map.of()), "ETag");
        assertNotEquals(before, after);
        assertEquals(200, get(path, Map.of("If-None-Match", before)).statusCode(), "the old tag no longer validates");
    }

    /**
     * The console's PrimeFaces theme and scripts, as the login page links them, come compressed with a tag
     * that answers 304, keeping Faces' own caching headers (the theme was 212 KB uncompressed on every
     * teacher's first visit); a resource that does not exist is still a 404.
     */
    @Test
    void theConsolesThemeAndScriptsAreSentCompressed() {
        // The console's theme, as its pages link it (the pages before logging in do not: see the test below).
        String theme = AdminActions.loginAsDepartmentAdmin().get("/admin").doc()
                .select("link[href*='theme.css']").attr("href");
        assertTrue(theme.startsWith("/jakarta.faces.resource/theme.css"), "the console links its theme: " + theme);
        byte[] plain = get(theme, Map.of()).body();
        assertTrue(plain.length > 50_000, "the theme as Faces has it: " + plain.length);
        for (int i = 0; i < 2; i++) { // compressed when first asked, then from what was kept
            HttpResponse<byte[]> gzip = get(theme, Map.of("Accept-Encoding", "gzip"));
            assertEquals(200, gzip.statusCode());
            assertEquals("gzip", header(gzip, "Content-Encoding"));
            assertArrayEquals(plain, gunzip(gzip.body()));
            assertTrue(gzip.body().length < plain.length / 4, gzip.body().length + " of " + plain.length);
            assertTrue(header(gzip, "Cache-Control").contains("max-age"), header(gzip, "Cache-Control"));
            assertTrue(header(gzip, "Content-Type").startsWith("text/css"), header(gzip, "Content-Type"));
        }
        HttpResponse<byte[]> other = get(theme.replaceFirst("v=[^&]*", "v=0.0.0-khac") + "&x=1", Map.of("Accept-Encoding", "gzip"));
        assertEquals("gzip", header(other, "Content-Encoding"), "another version or a made-up parameter: the same resource");
        assertArrayEquals(plain, gunzip(other.body()));
        HttpResponse<byte[]> br = get(theme, Map.of("Accept-Encoding", "gzip, deflate, br"));
        assertEquals("br", header(br, "Content-Encoding"));
        HttpResponse<byte[]> again = get(theme, Map.of("Accept-Encoding", "br", "If-None-Match", header(br, "ETag")));
        assertEquals(304, again.statusCode());
        String modified = header(br, "Last-Modified");
        assertEquals(304, get(theme, Map.of("If-Modified-Since", modified)).statusCode(), "revalidated by date, as Faces did");
        assertEquals(200, get(theme, Map.of("If-Modified-Since", "hôm qua")).statusCode(), "a date that cannot be read");
        assertEquals(200, get(theme, Map.of("If-Modified-Since", modified, "If-None-Match", "\"khac\"")).statusCode(),
                "the tag decides when both are sent");
        assertEquals(404, get("/jakarta.faces.resource/khong-co.css.xhtml?ln=primefaces", Map.of("Accept-Encoding", "gzip"))
                .statusCode());
    }

    /**
     * The pages before logging in (login, set-up, forgotten password) use no PrimeFaces component, so they
     * load neither its theme (212 KB, 22 KB compressed: two thirds of the login page on a teacher's phone)
     * nor the time its parsing costs a slow phone; the console's pages keep it.
     */
    @Test
    void theLoginPageLoadsNoThemeItDoesNotUse() {
        for (String page : java.util.List.of("/login", "/quen-mat-khau")) {
            HttpResponse<byte[]> answer = get(page, Map.of());
            assertEquals(200, answer.statusCode(), page);
            String html = new String(answer.body(), StandardCharsets.UTF_8);
            assertTrue(html.contains("admin.css"), page + " keeps the console's own style sheet: " + html);
            assertFalse(html.contains("theme.css"), page + " links the theme: " + html);
        }
    }

    @Test
    void pagesThatAreNotCachedAreCompressedToo() {
        HttpResponse<byte[]> search = get("/s/" + school + "/tim-kiem?q=tranh", Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, search.statusCode());
        assertEquals("gzip", header(search, "Content-Encoding"));
        assertTrue(new String(gunzip(search.body()), StandardCharsets.UTF_8).contains("tranh"));
        assertEquals("", header(search, "ETag"), "a page made for one request has no validator");
        HttpResponse<byte[]> br = get("/s/" + school + "/tim-kiem?q=tranh", Map.of("Accept-Encoding", "gzip, br"));
        assertEquals("br", header(br, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(br, "Vary"));
        HttpResponse<byte[]> missing = get("/s/" + school + "/trang/khong-co", Map.of("Accept-Encoding", "gzip"));
        assertEquals(404, missing.statusCode());
        assertTrue(new String(gunzip(missing.body()), StandardCharsets.UTF_8).contains("Không tìm thấy"));
    }

    @Test
    void feedsKeepTheirValidatorsWhenCompressed() {
        HttpResponse<byte[]> rss = get("/s/" + school + "/rss.xml", Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, rss.statusCode());
        assertEquals("gzip", header(rss, "Content-Encoding"));
        assertTrue(new String(gunzip(rss.body()), StandardCharsets.UTF_8).contains("<rss"));
        assertEquals(304, get("/s/" + school + "/rss.xml", Map.of("If-None-Match", header(rss, "ETag"))).statusCode());
        assertFalse(header(rss, "Last-Modified").isEmpty());
    }

    @Test
    void aPageCarriesItsStyleSheetInlineAllowedByItsHashAndRunsNoScript() throws Exception {
        PortalClient client = new PortalClient();
        PortalClient.Page first = client.get("/s/" + school + "/");
        Document home = first.doc();
        assertTrue(home.select("link[rel=stylesheet]").isEmpty(), "no second round trip for the style sheet");
        List<Element> styles = home.select("style");
        assertEquals(1, styles.size(), styles.toString());
        String css = styles.get(0).data();
        assertTrue(css.contains(".article-card{") && !css.contains(".year-tabs"), "the home's modules only");
        assertTrue(home.select("script").isEmpty(), "public pages run no script");
        String hash = SecurityHeaderChecks.sha256Source(css);
        for (PortalClient.Page page : List.of(first, client.get("/s/" + school + "/"))) {
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("; style-src 'self' " + hash + ";"), "exactly this sheet is allowed: " + policy);
            assertFalse(policy.contains("unsafe-inline"), policy);
        }
        assertEquals("HIT", client.get("/s/" + school + "/").headers().firstValue("X-Portal-Cache").orElse(""),
                "the policy comes back with the page from the cache");

        // The same sheet is still an address of its own, named in the page, cached for a year by its fingerprint.
        String name = styles.get(0).attr("data-sheet");
        assertTrue(name.matches("classic(_[a-z-]+)+"), name);
        HttpResponse<byte[]> plain = get("/static/css/" + name + ".css", Map.of());
        assertEquals(200, plain.statusCode());
        assertEquals(css, new String(plain.body(), StandardCharsets.UTF_8), "the inline text is the bundle");
        String href = "/static/css/" + name + "." + java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(plain.body()), 0, 5) + ".css";
        HttpResponse<byte[]> sheet = get(href, Map.of("Accept-Encoding", "br"));
        assertEquals(200, sheet.statusCode(), href);
        assertEquals("public, max-age=31536000, immutable", header(sheet, "Cache-Control"));
        assertEquals("br", header(sheet, "Content-Encoding"));
        assertTrue(header(sheet, "Content-Type").startsWith("text/css"));
        assertEquals(304, get(href, Map.of("If-None-Match", header(sheet, "ETag"))).statusCode());

        String stale = href.replaceAll("\\.[0-9a-f]{10}\\.css$", ".0000000000.css");
        assertEquals(404, get(stale, Map.of()).statusCode(), "an unknown fingerprint is never today's file");
        assertEquals(404, get("/static/css/classic_no-such-module.css", Map.of()).statusCode());
        assertEquals(404, get("/static/css/public.0123456789.css", Map.of()).statusCode());
        HttpResponse<byte[]> admin = get("/static/css/admin.css", Map.of());
        assertEquals(200, admin.statusCode());
        assertEquals("no-cache", header(admin, "Cache-Control"), "a plain name is revalidated");
    }

    @Test
    void aSchoolWithoutALogoStillHasItsIconsAndManifest() throws IOException {
        Document home = new PortalClient().get("/s/" + school + "/").doc();
        String icon = home.selectFirst("link[rel=icon]").attr("href");
        HttpResponse<byte[]> png = get(icon, Map.of());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", header(png, "Content-Type"));
        assertEquals(32, ImageIO.read(new ByteArrayInputStream(png.body())).getWidth());
        assertTrue(header(png, "Cache-Control").contains("immutable"));
        assertEquals(404, get(icon.replaceAll("-[0-9a-f]{8}-", "-00000000-"), Map.of()).statusCode(), "old version");
        assertEquals(404, get(icon.replace("-32.png", "-33.png"), Map.of()).statusCode(), "size not offered");

        PortalClient.Page favicon = new PortalClient().getWithHost(school + ".localhost", "/favicon.ico");
        assertEquals(200, favicon.status());
        assertEquals("image/x-icon", favicon.headers().firstValue("Content-Type").orElse(""));
        byte[] ico = get("/favicon.ico", Map.of()).body();
        assertTrue(ico.length > 22 && ico[0] == 0 && ico[1] == 0 && ico[2] == 1 && ico[3] == 0, "an ICO file");

        PortalClient.Page manifest = new PortalClient().get(home.selectFirst("link[rel=manifest]").attr("href"));
        assertEquals(200, manifest.status());
        assertTrue(manifest.headers().firstValue("Content-Type").orElse("").startsWith("application/manifest+json"));
        assertTrue(manifest.body().contains("\"name\":\"Trường Tiểu học Tốc Độ\"") && manifest.body().contains("\"short_name\":\"Tốc Độ\"")
                && manifest.body().contains("\"start_url\":\"/s/" + school + "/\"") && manifest.body().contains("512x512"),
                manifest.body());
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfSearchAndConsoleAndListsSitemaps() {
        HttpResponse<byte[]> robots = get("/robots.txt", Map.of());
        assertEquals(200, robots.statusCode());
        String text = new String(robots.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("User-agent: *\n"), text);
        assertTrue(text.contains("Disallow: /admin/") && text.contains("Disallow: /s/*/tim-kiem"), text);
        assertTrue(text.contains("Sitemap: " + Deployments.baseUrl() + "/sitemap.xml"), text);
        assertTrue(text.contains("Sitemap: " + Deployments.baseUrl() + "/s/" + school + "/sitemap.xml"), text);
        PortalClient.Page ofSchool = new PortalClient().getWithHost(school + ".localhost", "/robots.txt");
        assertEquals(200, ofSchool.status());
        assertFalse(ofSchool.body().contains("/s/"), "a school's own host lists its own sitemap only");
        assertEquals(404, new PortalClient().getWithHost("unknown.example.org", "/robots.txt").status());
    }

    @Test
    void pagesDescribeThemselvesForSearchAndSharing() {
        Document article = new PortalClient().get(articlePath).doc();
        assertEquals("Cuộc thi vẽ tranh thu hút hơn hai trăm học sinh tham gia.",
                article.selectFirst("meta[name=description]").attr("content"));
        assertEquals("Học sinh vẽ tranh về mái trường", article.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("article", article.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(Deployments.baseUrl() + articlePath, article.selectFirst("meta[property=og:url]").attr("content"));
        String image = article.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(image.startsWith(Deployments.baseUrl() + "/files/m/") && image.endsWith("-w1200.jpg"), image);
        assertEquals("summary_large_image", article.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals("Học sinh vẽ tranh về mái trường – Trường Tiểu học Tốc Độ", article.title());
        for (String path : List.of("/s/" + school + "/", "/s/" + school + "/van-ban", "/s/" + school + "/chuyen-muc/tin-tuc",
                "/s/" + school + "/thu-tuc", "/")) {
            Document page = new PortalClient().get(path).doc();
            assertFalse(page.selectFirst("meta[name=description]").attr("content").isBlank(), path);
            assertFalse(page.selectFirst("meta[property=og:image]").attr("content").isBlank(), path);
        }
    }

    @Test
    void picturesHaveTheirSizeAndComeInTheWidthsOfTheScreen() throws IOException {
        Document article = new PortalClient().get(articlePath).doc();
        Element cover = article.selectFirst("img.cover");
        assertEquals("1300", cover.attr("width"));
        assertEquals("866", cover.attr("height"));
        assertEquals("eager", cover.attr("loading"), "the cover is at the top: not lazy");
        assertEquals("high", cover.attr("fetchpriority"));
        String srcset = cover.attr("srcset");
        assertTrue(srcset.matches("(/files/m/\\d+/[0-9a-f-]{36}-w\\d+\\.jpg \\d+w(, )?){5}"), srcset);
        Element webp = article.selectFirst("picture source[type=image/webp]");
        assertTrue(webp != null && webp.attr("srcset").contains("-w800.webp 800w"), "WebP beside JPEG");
        for (Element img : new PortalClient().get("/s/" + school + "/").doc().select("img")) {
            assertFalse(img.attr("width").isEmpty() || img.attr("height").isEmpty(), "no size: " + img);
        }
        Element card = new PortalClient().get("/s/" + school + "/").doc().selectFirst("img.article-thumb");
        assertEquals("lazy", card.attr("loading"), "below the fold on the home");

        String small = srcset.split(" ")[0];
        HttpResponse<byte[]> jpeg = get(small, Map.of());
        assertEquals(200, jpeg.statusCode());
        assertEquals("image/jpeg", header(jpeg, "Content-Type"));
        assertEquals(200, ImageIO.read(new ByteArrayInputStream(jpeg.body())).getWidth());
        assertTrue(header(jpeg, "Cache-Control").contains("immutable"));
        HttpResponse<byte[]> w800 = get(small.replace("-w200.jpg", "-w800.webp"), Map.of());
        assertEquals(200, w800.statusCode());
        assertEquals("image/webp", header(w800, "Content-Type"));
        assertEquals("RIFF", new String(w800.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(404, get(small.replace("-w200.jpg", "-w1600.jpg"), Map.of()).statusCode(), "never enlarged");
        assertEquals(404, get(small.replace("-w200.jpg", "-w640.jpg"), Map.of()).statusCode(), "only the offered widths");
        assertEquals(404, get(small.replaceAll("[0-9a-f-]{36}", "00000000-0000-0000-0000-000000000000"), Map.of()).statusCode());
    }

    @Test
    void longQueriesBrokenEncodingsAndGarbageHeadersGetAPageOrA4xx() throws IOException {
        String base = "/s/" + school + "/";
        List<String> targets = new ArrayList<>();
        targets.add(base + "tim-kiem?q=" + "a".repeat(10_000));
        targets.add("/tim-kiem?q=" + "tr%C6%B0%E1%BB%9Dng+".repeat(1200));
        targets.add(base + "tim-kiem?q=%ZZ%E1%BB");
        targets.add(base + "tim-kiem?q=%C0%AF%C3%28%FF%00");
        targets.add(base + "chuyen-muc/tin-tuc?trang=%FF%FE");
        targets.add(base + "chuyen-muc/tin-tuc?trang=99999999999999999999");
        targets.add(base + "van-ban?nam=-1&loai=%00&so=" + "9".repeat(3000));
        targets.add(base + "bai-viet/%C3%28%ZZ");
        targets.add(base + "bai-viet/tr%C6%B0%E1%BB%9Dng");
        targets.add(base + "%2e%2e/%2e%2e/WEB-INF/web.xml");
        targets.add(base + "trang/gioi-thieu;jsessionid=abc");
        targets.add("/s/%C3%28/");
        targets.add("/static/css/%ZZ.css");
        targets.add("/files/icon/%ZZ-1-32.png");
        targets.add("/?lang=%ZZ");
        for (String target : targets) {
            int status = rawStatus(target, Map.of());
            assertTrue(status >= 200 && status < 500, target.substring(0, Math.min(120, target.length())) + " -> " + status);
        }
        Map<String, String> garbage = new LinkedHashMap<>();
        for (String value : List.of("gzip;q=2", ";;;,,,", "br;q=abc, gzip;q=", "\u00ff\u00fe", "x".repeat(4000), "*;q=0",
                "identity;q=0", "gzip;q=0.5;q=0.9, br;q=-1")) {
            garbage.put("Accept-Encoding", value);
            for (String path : List.of(base, "/static/css/admin.css", base + "rss.xml", "/favicon.ico")) {
                int status = rawStatus(path, garbage);
                // Bytes outside ASCII in a header are refused by the HTTP layer itself (400); anything else is a page.
                boolean ascii = value.chars().allMatch(c -> c < 128);
                assertTrue(ascii ? status == 200 : status == 400, path + " with Accept-Encoding "
                        + value.substring(0, Math.min(40, value.length())) + " -> " + status);
            }
        }
    }

    /** The status of a request sent byte for byte as given (the JDK client refuses broken addresses). */
    static int rawStatus(String target, Map<String, String> headers) throws IOException {
        URI base = URI.create(Deployments.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: ")
                    .append(base.getHost()).append(':').append(base.getPort()).append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] head = socket.getInputStream().readNBytes(12);
            String status = new String(head, StandardCharsets.ISO_8859_1);
            assertTrue(status.startsWith("HTTP/1.1 "), "no answer to " + target + ": " + status);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
