package vn.edu.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The newest article's time per site comes back from max() in whatever type the driver chose: the same instant each way. */
class ArticleTimesTest {

    @Test
    void anAggregateTimeIsTheInstantThatWasWritten() {
        Instant written = Instant.parse("2026-12-05T01:30:00Z");
        Timestamp stored = Timestamp.from(written);
        assertEquals(written, PublishedArticles.instantOf(written));
        assertEquals(written, PublishedArticles.instantOf(stored));
        assertEquals(written, PublishedArticles.instantOf(stored.toLocalDateTime()));
        assertEquals(written, PublishedArticles.instantOf(written.atOffset(ZoneOffset.ofHours(7))));
        assertNull(PublishedArticles.instantOf(null));
    }
}
