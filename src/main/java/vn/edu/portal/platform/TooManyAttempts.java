package vn.edu.portal.platform;

import java.time.Duration;

/** An attempt refused by a {@link Throttles} limit: the caller answers 429 with {@code Retry-After}. */
public class TooManyAttempts extends RuntimeException {

    private final transient Duration wait;

    public TooManyAttempts(Duration wait) {
        super(null, null, false, false);
        this.wait = wait;
    }

    /** How long to wait before the next attempt is allowed. */
    public Duration waitFor() {
        return wait;
    }

    /** Whole seconds for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Throttles.retryAfterSeconds(wait);
    }

    /** Whole minutes for a message, at least 1. */
    public long minutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
