package vn.edu.portal.feed;

/**
 * What a feed says about itself.
 *
 * @param link     absolute URL of the page the feed mirrors (the site or the category)
 * @param selfLink absolute URL of the feed itself; also the Atom feed's id
 * @param language e.g. {@code vi}
 */
public record FeedMeta(String title, String link, String selfLink, String description, String language) {
}
