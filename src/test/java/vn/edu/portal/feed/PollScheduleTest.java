package vn.edu.portal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    @Test
    void backsOffExponentiallyUpToADay() {
        assertEquals(Duration.ofMinutes(30), PollSchedule.delay(0));
        assertEquals(Duration.ofHours(1), PollSchedule.delay(1));
        assertEquals(Duration.ofHours(2), PollSchedule.delay(2));
        assertEquals(Duration.ofHours(16), PollSchedule.delay(5));
        assertEquals(Duration.ofHours(24), PollSchedule.delay(6));
        assertEquals(Duration.ofHours(24), PollSchedule.delay(Integer.MAX_VALUE));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertEquals(Instant.parse("2026-11-23T10:30:00Z"), PollSchedule.next(now, 0));
    }

    @Test
    void urlsThatDifferOnlyTriviallyAreTheSameFeed() {
        String hash = ExternalFeedService.urlHash(URI.create("https://truong.edu.vn/rss.xml"));
        assertEquals(hash, ExternalFeedService.urlHash(URI.create("HTTPS://Truong.EDU.vn:443/rss.xml#top")));
        assertNotEquals(hash, ExternalFeedService.urlHash(URI.create("https://truong.edu.vn/rss.xml?page=2")));
        assertNotEquals(hash, ExternalFeedService.urlHash(URI.create("http://truong.edu.vn/rss.xml")));
        assertEquals(64, hash.length());
    }
}
