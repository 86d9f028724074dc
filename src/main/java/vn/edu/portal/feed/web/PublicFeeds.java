package vn.edu.portal.feed.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.edu.portal.content.ArticleView;
import vn.edu.portal.content.Category;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.content.PublishedArticles;
import vn.edu.portal.feed.ConditionalGet;
import vn.edu.portal.feed.ExternalFeedService;
import vn.edu.portal.feed.FeedEntry;
import vn.edu.portal.feed.FeedMeta;
import vn.edu.portal.feed.FeedWriter;
import vn.edu.portal.feed.SitemapUrl;
import vn.edu.portal.feed.SitemapWriter;
import vn.edu.portal.platform.CompressedBody;
import vn.edu.portal.platform.Compression;
import vn.edu.portal.platform.PageCache;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * RSS and Atom of every site ({@code rss.xml}, {@code atom.xml}), of each category
 * ({@code chuyen-muc/<slug>/rss.xml}), the department's aggregate of all schools and registered
 * external feeds, and {@code sitemap.xml}. Links are absolute in the form the request came in;
 * bodies are cached with the site's pages and answered with ETag / Last-Modified and 304.
 */
@ApplicationScoped
public class PublicFeeds {

    private static final int ENTRIES = 30;

    @Inject
    PublishedArticles articles;

    @Inject
    ContentService content;

    @Inject
    ExternalFeedService external;

    @Inject
    SiteDirectory directory;

    @Inject
    PageCache cache;

    @Inject
    PortalConfig config;

    /** A category's feed: its slug, never empty (an empty one was a 500), then the format. */
    private static final java.util.regex.Pattern CATEGORY_FEED = java.util.regex.Pattern.compile("chuyen-muc/[^/]+/(rss|atom)\\.xml");

    public static boolean isFeed(String rest) {
        return rest.equals("rss.xml") || rest.equals("atom.xml") || rest.equals("sitemap.xml")
                || (rest.startsWith("chuyen-muc/") && CATEGORY_FEED.matcher(rest).matches());
    }

    /** Writes the feed or sitemap {@code rest} of {@code site}; false when there is no such feed. */
    public boolean serve(SiteInfo site, String base, String rest, HttpServletRequest request,
                         HttpServletResponse response) throws IOException {
        String origin = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath();
        String key = "feed|" + origin + base + rest;
        PageCache.Entry cached = cache.get(site.id(), key);
        if (cached == null) {
            long generation = cache.generation(site.id());
            long changed = cache.changedAt(site.id());
            Optional<Built> built = build(site, origin, base, rest);
            if (built.isEmpty()) {
                return false;
            }
            String contentType = rest.equals("sitemap.xml") ? "application/xml;charset=UTF-8"
                    : rest.endsWith("atom.xml") ? "application/atom+xml;charset=UTF-8" : "application/rss+xml;charset=UTF-8";
            cached = cache.put(site.id(), key, built.get().body().getBytes(StandardCharsets.UTF_8), contentType,
                    generation, Math.max(built.get().lastModified().toEpochMilli(), changed), null);
        }
        CompressedBody body = cached.body();
        Compression.Coding coding = body.codingFor(request);
        if (ConditionalGet.notModified(request, response, body.etag(coding), Instant.ofEpochMilli(cached.lastModified()),
                body::matches)) {
            if (body.isCompressed()) {
                response.setHeader("Vary", "Accept-Encoding");
            }
            return true;
        }
        response.setContentType(cached.contentType());
        body.write(request, response, coding);
        return true;
    }

    private record Built(String body, Instant lastModified) {
    }

    private Optional<Built> build(SiteInfo site, String origin, String base, String rest) {
        String siteUrl = origin + base;
        if (rest.equals("sitemap.xml")) {
            List<SitemapUrl> urls = sitemap(site, siteUrl);
            Instant newest = urls.stream().map(SitemapUrl::lastModified).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            return Optional.of(new Built(SitemapWriter.xml(urls), newest));
        }
        boolean atom = rest.endsWith("atom.xml");
        String format = atom ? "atom.xml" : "rss.xml";
        List<FeedEntry> entries;
        FeedMeta meta;
        if (rest.startsWith("chuyen-muc/")) {
            String slug = rest.substring("chuyen-muc/".length(), rest.lastIndexOf('/'));
            Optional<Category> category = content.category(site.id(), slug);
            if (category.isEmpty()) {
                return Optional.empty();
            }
            entries = entries(articles.latest(site.id(), category.get().getId(), 0, ENTRIES), origin, base, site);
            meta = new FeedMeta(category.get().getName() + " – " + site.name(), siteUrl + "chuyen-muc/" + slug,
                    siteUrl + rest, category.get().getName() + " – " + site.name(), "vi");
        } else if (site.isDepartment()) {
            entries = new ArrayList<>(entries(articles.latestEverywhere(ENTRIES), origin, null, null));
            entries.addAll(external.recentItems(ENTRIES));
            entries.sort(Comparator.comparing(FeedEntry::published, Comparator.nullsLast(Comparator.reverseOrder())));
            entries = entries.stream().limit(ENTRIES).toList();
            meta = new FeedMeta(site.name() + " – Tin từ các trường", siteUrl, siteUrl + format,
                    "Tin tức mới của các trường thuộc " + site.name(), "vi");
        } else {
            entries = entries(articles.latest(site.id(), null, 0, ENTRIES), origin, base, site);
            meta = new FeedMeta(site.name(), siteUrl, siteUrl + format,
                    site.description() == null ? site.name() : site.description(), "vi");
        }
        return Optional.of(new Built(atom ? FeedWriter.atom(meta, entries) : FeedWriter.rss(meta, entries),
                FeedWriter.lastModified(entries)));
    }

    /** Feed entries; {@code base} null means each article in its own school's /s/ address (the aggregate). */
    private List<FeedEntry> entries(List<ArticleView> views, String origin, String base, SiteInfo site) {
        List<FeedEntry> entries = new ArrayList<>(views.size());
        for (ArticleView a : views) {
            SiteInfo owner = site != null ? site : directory.byId(a.siteId()).orElse(null);
            if (owner == null) {
                continue;
            }
            String siteBase = base != null ? base : owner.isDepartment() ? "/" : "/s/" + owner.slug() + "/";
            entries.add(new FeedEntry("tag:" + config.departmentDomain() + ",2026:article:" + a.id(), a.title(),
                    origin + siteBase + "bai-viet/" + a.slug(), a.summary() == null ? "" : a.summary(),
                    // A scheduled article saved before its time: "updated" is never before "published".
                    a.publishedAt(), a.publishedAt() != null && a.updatedAt() != null && a.updatedAt().isBefore(a.publishedAt())
                            ? a.publishedAt() : a.updatedAt(), a.authorName(), List.of(a.categoryName()), owner.name(), false));
        }
        return entries;
    }

    private List<SitemapUrl> sitemap(SiteInfo site, String siteUrl) {
        List<SitemapUrl> urls = new ArrayList<>();
        urls.add(new SitemapUrl(siteUrl, null));
        content.publishedPages(site.id()).forEach(p -> urls.add(new SitemapUrl(siteUrl + "trang/" + p.slug(), p.updatedAt())));
        content.categories(site.id()).forEach(c -> urls.add(new SitemapUrl(siteUrl + "chuyen-muc/" + c.getSlug(), null)));
        // The addresses the menu leads to that are not pages or categories: the department portal's
        // own pages (news of every school, the directory, admission…), a school's disclosures or
        // procedures. Not the look-ups and search that robots.txt keeps out.
        java.util.Set<String> listed = new java.util.HashSet<>();
        urls.forEach(u -> listed.add(u.loc()));
        for (var item : content.menu(site.id())) {
            String link = item.link().strip();
            // A page, category or article the menu leads to is listed above or below only when it is online (one taken
            // down stayed in the sitemap through the menu).
            boolean content = link.startsWith("trang/") || link.startsWith("chuyen-muc/") || link.startsWith("bai-viet/");
            if (!item.external() && !content && link.matches("[a-z0-9][a-z0-9/-]*") && !link.startsWith("tim-kiem")
                    && !link.contains("tra-cuu") && listed.add(siteUrl + link)) {
                urls.add(new SitemapUrl(siteUrl + link, null));
            }
        }
        articles.allVisible(site.id()).limit(SitemapWriter.MAX_URLS - urls.size())
                .forEach(a -> urls.add(new SitemapUrl(siteUrl + "bai-viet/" + a.slug(), a.updatedAt())));
        return urls;
    }
}
