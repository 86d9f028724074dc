package vn.edu.portal.search;

import java.time.Instant;

/**
 * One thing to find: an article, a document, a page or a procedure of one site.
 *
 * @param key       unique over the whole index, such as {@code article:123}; indexing the same key again replaces it
 * @param type      {@code article}, {@code document}, {@code page} or {@code procedure}
 * @param text      plain text, no HTML: it is what snippets are cut from
 * @param url       site-relative path without a leading slash, such as {@code tin-tuc/khai-giang-2026}
 * @param published when it appeared (a page's last update will do); newer ranks higher, none ranks as old
 */
public record SearchDocument(String key, long siteId, String siteName, String siteSlug, String type,
                             String title, String text, String url, Instant published) {

    public SearchDocument {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A search document needs a key");
        }
    }
}
