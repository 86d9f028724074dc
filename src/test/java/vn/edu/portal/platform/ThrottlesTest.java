package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottlesTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    private final Throttles throttles = Throttles.withStore(clock, store());

    /** Where the counts live: memory here, the database in {@link ThrottlesOnH2Test}. */
    ThrottleStore store() {
        return new MemoryThrottleStore();
    }
    private final Throttles.Limit threePerMinute = Throttles.Limit.of(3, Duration.ofMinutes(1));

    @Test
    void onlyTheAddressesListedExactlyAreExemptAndNoneByDefault() {
        assertFalse(throttles.exempt("127.0.0.1"), "nothing is exempt unless configured");
        Throttles listed = Throttles.withClock(clock).exempting(" 127.0.0.1 , ,2001:db8::1");
        assertTrue(listed.exempt("127.0.0.1"));
        assertTrue(listed.exempt("2001:db8::1"));
        assertFalse(listed.exempt("127.0.0.10"), "exact addresses, not prefixes");
        assertFalse(listed.exempt(""));
        assertFalse(listed.exempt(null));
    }

    @Test
    void theAttemptOverTheLimitWaitsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttles.attempt("lookup", "1.2.3.4", threePerMinute));
            now.addAndGet(10_000);
        }
        Duration wait = throttles.attempt("lookup", "1.2.3.4", threePerMinute);
        assertTrue(wait.compareTo(Duration.ofSeconds(30)) >= 0 && wait.compareTo(Duration.ofSeconds(31)) <= 0,
                "the oldest attempt leaves the window in 30 s, counted in buckets of a second (rounded up): " + wait);
        assertEquals(Duration.ZERO, throttles.attempt("lookup", "5.6.7.8", threePerMinute), "another key has its own window");
        assertEquals(Duration.ZERO, throttles.attempt("other", "1.2.3.4", threePerMinute), "another kind too");
        now.addAndGet(wait.toMillis() - 1);
        assertTrue(throttles.attempt("lookup", "1.2.3.4", threePerMinute).toMillis() > 0, "not a moment before the wait");
        now.addAndGet(1);
        assertEquals(Duration.ZERO, throttles.attempt("lookup", "1.2.3.4", threePerMinute));
    }

    @Test
    void refusedAttemptsAreNotCounted() {
        for (int i = 0; i < 3; i++) {
            throttles.attempt("lookup", "k", threePerMinute);
        }
        for (int i = 0; i < 50; i++) {
            assertTrue(throttles.attempt("lookup", "k", threePerMinute).toMillis() > 0);
        }
        now.addAndGet(61_000);
        assertEquals(Duration.ZERO, throttles.attempt("lookup", "k", threePerMinute));
    }

    @Test
    void severalKeysAtOnceCountOnlyWhenAllAllow() {
        for (int i = 0; i < 3; i++) {
            throttles.attempt("lookup", "code", threePerMinute);
        }
        assertTrue(throttles.attemptAll("lookup", threePerMinute, "address", "code").toMillis() > 0);
        assertEquals(Duration.ZERO, throttles.peek("lookup", "address", threePerMinute), "the address was not counted");
    }

    @Test
    void limitsAreParsedOrFallBack() {
        assertEquals(Throttles.Limit.of(5, Duration.ofSeconds(60)), Throttles.Limit.parse("5/60", threePerMinute));
        assertEquals(threePerMinute, Throttles.Limit.parse("five", threePerMinute));
        assertEquals(threePerMinute, Throttles.Limit.parse(null, threePerMinute));
        assertEquals(1, Throttles.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(31, Throttles.retryAfterSeconds(Duration.ofMillis(30_001)));
    }

    private final Throttles.Backoff threeFreeThenDoubling = Throttles.Backoff.of(3, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofHours(1));

    @Test
    void failuresGetGrowingDelaysUpToACeilingNeverALock() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttles.failed("login", "an", threeFreeThenDoubling), "free failures");
        }
        assertEquals(Duration.ZERO, throttles.delay("login", "an", threeFreeThenDoubling));
        assertEquals(Duration.ofSeconds(1), throttles.failed("login", "an", threeFreeThenDoubling));
        assertEquals(Duration.ofSeconds(1), throttles.delay("login", "an", threeFreeThenDoubling));
        assertEquals(Duration.ofSeconds(2), throttles.failed("login", "an", threeFreeThenDoubling));
        assertEquals(Duration.ofSeconds(4), throttles.failed("login", "an", threeFreeThenDoubling));
        for (int i = 0; i < 40; i++) {
            throttles.failed("login", "an", threeFreeThenDoubling);
        }
        assertEquals(Duration.ofSeconds(60), throttles.delay("login", "an", threeFreeThenDoubling),
                "however many failures, the wait never passes the ceiling: the owner waits a minute at most");
        now.addAndGet(60_000);
        assertEquals(Duration.ZERO, throttles.delay("login", "an", threeFreeThenDoubling));
        assertEquals(Duration.ZERO, throttles.delay("login", "binh", threeFreeThenDoubling), "another key waits for nothing");
        now.addAndGet(3_600_001);
        assertEquals(Duration.ZERO, throttles.failed("login", "an", threeFreeThenDoubling), "forgotten after an hour");
        throttles.forget("login", "an");
        assertEquals(Duration.ZERO, throttles.delay("login", "an", threeFreeThenDoubling));
    }

    @Test
    void backoffsAreParsedOrFallBack() {
        assertEquals(Throttles.Backoff.of(5, Duration.ofSeconds(1), Duration.ofSeconds(300), Duration.ofSeconds(86400)),
                Throttles.Backoff.parse("5/1/300/86400", threeFreeThenDoubling));
        assertEquals(threeFreeThenDoubling, Throttles.Backoff.parse("5/60", threeFreeThenDoubling));
    }
}
