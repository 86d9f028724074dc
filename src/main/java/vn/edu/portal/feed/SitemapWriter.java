package vn.edu.portal.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes a sitemap (sitemaps.org protocol 0.9). Written by hand rather than through an XML
 * library: the format is four elements deep, and the protocol asks for all five XML entities
 * escaped in URLs, which StAX writers do not do in text.
 */
public final class SitemapWriter {

    /** The protocol's limit per file; a larger site needs a sitemap index. */
    public static final int MAX_URLS = 50_000;
    /** The protocol's limit on the length of one URL. */
    static final int MAX_LOC_LENGTH = 2048;

    private static final Logger LOG = Logger.getLogger(SitemapWriter.class.getName());

    private SitemapWriter() {
    }

    /**
     * The sitemap of the given pages, in the given order. URLs that are not absolute http(s) or
     * longer than the protocol allows are left out, and so is everything after the first
     * {@link #MAX_URLS}: a search engine rejects the whole file otherwise. Both are logged.
     */
    public static String xml(List<SitemapUrl> urls) {
        StringBuilder out = new StringBuilder(200 + urls.size() * 120);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        int written = 0;
        int skipped = 0;
        for (SitemapUrl url : urls) {
            String loc = XmlText.absoluteHttp(url.loc());
            if (loc == null || loc.length() > MAX_LOC_LENGTH) {
                skipped++;
                continue;
            }
            if (written == MAX_URLS) {
                LOG.warning(() -> "Sitemap cut at " + MAX_URLS + " of " + urls.size() + " URLs; split it with a sitemap index");
                break;
            }
            out.append("  <url>\n    <loc>").append(XmlText.escape(loc)).append("</loc>\n");
            if (url.lastModified() != null) {
                out.append("    <lastmod>").append(w3cDate(url.lastModified())).append("</lastmod>\n");
            }
            out.append("  </url>\n");
            written++;
        }
        if (skipped > 0) {
            int count = skipped;
            LOG.warning(() -> count + " sitemap URLs left out: not absolute http(s) or too long");
        }
        return out.append("</urlset>\n").toString();
    }

    /** W3C Datetime, to the second, in UTC: {@code 2026-11-23T10:00:00Z}. */
    static String w3cDate(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
