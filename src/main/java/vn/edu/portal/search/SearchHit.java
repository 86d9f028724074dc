package vn.edu.portal.search;

import java.time.Instant;

/**
 * One result of a search.
 *
 * @param title       as indexed, not escaped: render it escaped like any text
 * @param snippetHtml safe HTML: the best fragment of the text (or the title), every character escaped
 *                    and the matched words in {@code <mark>}; the only markup it can contain
 */
public record SearchHit(String key, long siteId, String siteName, String siteSlug, String type, String title,
                        String snippetHtml, String url, Instant published) {
}
