package vn.edu.portal.content;

/**
 * Fired (after commit) when something a public page shows has changed on a site: caches of that
 * site drop their pages and the search index updates the item. {@code key} is e.g. "article:12".
 * {@code fromLog} is true when another server made the change (or at start-up, for a change
 * this server may have missed): it is applied here and not recorded again.
 */
public record ContentChanged(long siteId, String key, boolean fromLog) {

    public ContentChanged(long siteId, String key) {
        this(siteId, key, false);
    }
}
