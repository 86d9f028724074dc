package vn.edu.portal.feed.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which addresses are a site's feeds: a category's needs its slug (without one, it was a 500). */
class PublicFeedsTest {

    @Test
    void aCategoryFeedNamesItsCategory() {
        assertTrue(PublicFeeds.isFeed("rss.xml"));
        assertTrue(PublicFeeds.isFeed("chuyen-muc/tin-tuc/atom.xml"));
        assertFalse(PublicFeeds.isFeed("chuyen-muc/rss.xml"), "no slug: not a feed, a 404");
        assertFalse(PublicFeeds.isFeed("chuyen-muc//rss.xml"));
        assertFalse(PublicFeeds.isFeed("chuyen-muc/a/b/rss.xml"));
    }
}
