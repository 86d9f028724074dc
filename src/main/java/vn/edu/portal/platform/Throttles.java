package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's one mechanism for limiting repeated attempts (lookups by code and secret, codes
 * mailed, logins): each kind of attempt has a limit of so many attempts per key (a client
 * address, an application code, an e-mail address) in a sliding window. A caller asks
 * {@link #attempt} before doing the work and answers 429 with {@code Retry-After} when it gets a
 * wait back. Limits are configured as {@code portal.throttle.<kind>=<attempts>/<seconds>}, with the
 * defaults the calling feature passes.
 */
@ApplicationScoped
public class Throttles {

    /** At most {@code attempts} in any {@code window}. */
    public record Limit(int attempts, Duration window) {

        public static Limit of(int attempts, Duration window) {
            return new Limit(attempts, window);
        }

        static Limit parse(String text, Limit fallback) {
            String[] parts = text == null ? new String[0] : text.trim().split("/");
            if (parts.length != 2) {
                return fallback;
            }
            try {
                return new Limit(Integer.parseInt(parts[0].trim()), Duration.ofSeconds(Long.parseLong(parts[1].trim())));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    /** Above this many keys the oldest windows are simply forgotten: memory stays bounded under a flood of keys. */
    static final int MAX_KEYS = 200_000;

    @Inject
    PortalConfig config;

    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();
    private final Map<String, Limit> limits = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** For tests: a fixed or moving clock. */
    public static Throttles withClock(Clock clock) {
        Throttles throttles = new Throttles();
        throttles.clock = clock;
        return throttles;
    }

    /**
     * Counts one attempt of {@code kind} for {@code key} if the limit allows it now.
     *
     * @return {@link Duration#ZERO} if the attempt is allowed (and counted); otherwise how long to
     *     wait before the next one would be allowed (nothing counted)
     */
    public Duration attempt(String kind, String key, Limit fallback) {
        Limit limit = limit(kind, fallback);
        Deque<Long> times = attempts.computeIfAbsent(kind + '\u0000' + key, k -> new ArrayDeque<>());
        long now = clock.millis();
        synchronized (times) {
            prune(times, now, limit);
            if (times.size() >= limit.attempts()) {
                long wait = times.peekFirst() + limit.window().toMillis() - now;
                return Duration.ofMillis(Math.max(wait, 1));
            }
            times.addLast(now);
        }
        if (attempts.size() > MAX_KEYS) {
            attempts.clear();
        }
        return Duration.ZERO;
    }

    /** Attempts of {@code kind} by every key in {@code keys} at once: allowed only if each key allows it. */
    public Duration attemptAll(String kind, Limit fallback, String... keys) {
        for (String key : keys) {
            Duration wait = peek(kind, key, fallback);
            if (!wait.isZero()) {
                return wait;
            }
        }
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Duration wait = attempt(kind, key, fallback);
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        return longest;
    }

    /** How long {@code key} must wait before an attempt of {@code kind}, without counting one. */
    public Duration peek(String kind, String key, Limit fallback) {
        Limit limit = limit(kind, fallback);
        Deque<Long> times = attempts.get(kind + '\u0000' + key);
        if (times == null) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        synchronized (times) {
            prune(times, now, limit);
            if (times.size() < limit.attempts()) {
                return Duration.ZERO;
            }
            return Duration.ofMillis(Math.max(times.peekFirst() + limit.window().toMillis() - now, 1));
        }
    }

    /** Forgets the attempts of {@code key} (e.g. after a success that proves the caller legitimate). */
    public void forget(String kind, String key) {
        attempts.remove(kind + '\u0000' + key);
    }

    /** The limit in force for {@code kind}: the configured one, or the feature's default. */
    public Limit limit(String kind, Limit fallback) {
        if (config == null) {
            return fallback;
        }
        return limits.computeIfAbsent(kind, k -> Limit.parse(config.get("portal.throttle." + k, null), fallback));
    }

    /** Seconds for a {@code Retry-After} header: the wait rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static void prune(Deque<Long> times, long now, Limit limit) {
        long oldest = now - limit.window().toMillis();
        while (!times.isEmpty() && times.peekFirst() <= oldest) {
            times.removeFirst();
        }
    }
}
