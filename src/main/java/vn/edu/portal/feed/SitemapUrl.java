package vn.edu.portal.feed;

import java.time.Instant;

/** One page in a sitemap: its absolute URL and, when known, when it last changed. */
public record SitemapUrl(String loc, Instant lastModified) {
}
