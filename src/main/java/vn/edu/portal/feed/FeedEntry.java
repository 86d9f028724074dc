package vn.edu.portal.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, whatever produced it.
 *
 * @param id         stable unique IRI, written as the RSS guid (not a permalink) and the Atom id,
 *                   e.g. {@code tag:<host>,2026:article:123}
 * @param link       absolute http(s) URL of the item's page
 * @param summary    plain text, never HTML: the writers escape it for each format
 * @param sourceName the school's name, shown in the department aggregate; null on a school's own feed
 * @param external   the item was copied from an external feed
 */
public record FeedEntry(String id, String title, String link, String summary, Instant published,
                        Instant updated, String author, List<String> categories,
                        String sourceName, boolean external) {

    public FeedEntry {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
