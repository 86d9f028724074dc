package vn.edu.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A fresh in-memory index per test, and documents that take only what a test cares about. */
final class SearchFixture {

    private SearchFixture() {
    }

    static SearchIndex newIndex() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant daysAgo(long days) {
        return Instant.now().minus(days, ChronoUnit.DAYS);
    }

    static SearchDocument article(long siteId, String key, String title, String text) {
        return article(siteId, key, title, text, daysAgo(30));
    }

    static SearchDocument article(long siteId, String key, String title, String text, Instant published) {
        return new SearchDocument(key, siteId, "Trường " + siteId, "truong" + siteId, "article", title, text,
                "tin-tuc/" + key.replace(':', '-'), published);
    }
}
