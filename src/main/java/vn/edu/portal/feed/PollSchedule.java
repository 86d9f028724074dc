package vn.edu.portal.feed;

import java.time.Duration;
import java.time.Instant;

/** When an external feed is polled next: every 30 minutes, backing off while it keeps failing. */
final class PollSchedule {

    static final Duration INTERVAL = Duration.ofMinutes(30);
    static final Duration MAX_DELAY = Duration.ofHours(24);
    /** How long a claimed feed is left alone if the node that claimed it dies mid-poll. */
    static final Duration CLAIM = Duration.ofMinutes(15);

    private PollSchedule() {
    }

    /** 30 min × 2^failures, at most 24 h: 30 min after a success, 1 h after one failure, 2 h, 4 h… */
    static Duration delay(int failures) {
        int exponent = Math.max(0, Math.min(failures, 16));
        Duration delay = INTERVAL.multipliedBy(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    static Instant next(Instant now, int failures) {
        return now.plus(delay(failures));
    }
}
