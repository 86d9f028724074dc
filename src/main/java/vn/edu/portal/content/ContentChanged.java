package vn.edu.portal.content;

/**
 * Fired (after commit) when something a public page shows has changed on a site: caches of that
 * site drop their pages and the search index updates the item. {@code key} is e.g. "article:12".
 */
public record ContentChanged(long siteId, String key) {
}
