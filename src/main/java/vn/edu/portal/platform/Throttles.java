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
 *
 * <p>Failures that anyone can cause on someone else's behalf (wrong passwords for an account) get
 * {@linkplain Backoff growing delays} instead of a hard limit: after a few free failures each
 * further one doubles the wait, up to a ceiling, so guessing stays slow but nobody can lock the
 * owner out for long. Configured as {@code portal.throttle.<kind>=<free>/<first s>/<max s>/<forget s>}.
 *
 * <p>The counts live in this server's memory: with several servers behind a load balancer each
 * counts its own share (docs/security.md says what that means for the limits).
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

    /**
     * Growing delays: the first {@code free} failures cost nothing, then each failure doubles the
     * wait before the next attempt, from {@code first} up to {@code max}; failures are forgotten
     * {@code forgetAfter} after the last one.
     */
    public record Backoff(int free, Duration first, Duration max, Duration forgetAfter) {

        public static Backoff of(int free, Duration first, Duration max, Duration forgetAfter) {
            return new Backoff(free, first, max, forgetAfter);
        }

        /** The wait after {@code failures} failures in a row. */
        public Duration waitAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free - 1, 30);
            long millis = first.toMillis() << doublings;
            return Duration.ofMillis(millis <= 0 || millis > max.toMillis() ? max.toMillis() : millis);
        }

        static Backoff parse(String text, Backoff fallback) {
            String[] parts = text == null ? new String[0] : text.trim().split("/");
            if (parts.length != 4) {
                return fallback;
            }
            try {
                return new Backoff(Integer.parseInt(parts[0].trim()), Duration.ofSeconds(Long.parseLong(parts[1].trim())),
                        Duration.ofSeconds(Long.parseLong(parts[2].trim())), Duration.ofSeconds(Long.parseLong(parts[3].trim())));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    /** Failures of one key in a row: how many, the last one, and until when the next attempt waits. */
    private static final class Failures {
        int count;
        long last;
        long until;
    }

    /** Above this many keys the oldest windows are simply forgotten: memory stays bounded under a flood of keys. */
    static final int MAX_KEYS = 200_000;

    @Inject
    PortalConfig config;

    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();
    private final Map<String, Limit> limits = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Backoff> backoffs = new ConcurrentHashMap<>();
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

    /** Forgets the attempts and failures of {@code key} (e.g. after a success that proves the caller legitimate). */
    public void forget(String kind, String key) {
        attempts.remove(kind + '\u0000' + key);
        failures.remove(kind + '\u0000' + key);
    }

    /** How long {@code key} must still wait, after its failures of {@code kind}, before it may try again. */
    public Duration delay(String kind, String key, Backoff fallback) {
        Failures f = failures.get(kind + '\u0000' + key);
        if (f == null) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        synchronized (f) {
            return f.until > now ? Duration.ofMillis(f.until - now) : Duration.ZERO;
        }
    }

    /**
     * Counts one failure of {@code kind} for {@code key}.
     *
     * @return the wait before {@code key} may try again (zero while the failures are still free)
     */
    public Duration failed(String kind, String key, Backoff fallback) {
        Backoff backoff = backoff(kind, fallback);
        Failures f = failures.computeIfAbsent(kind + '\u0000' + key, k -> new Failures());
        long now = clock.millis();
        Duration wait;
        synchronized (f) {
            if (f.count > 0 && now - f.last > backoff.forgetAfter().toMillis()) {
                f.count = 0;
            }
            f.count++;
            f.last = now;
            wait = backoff.waitAfter(f.count);
            f.until = now + wait.toMillis();
        }
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        return wait;
    }

    /** The growing delays in force for {@code kind}: the configured ones, or the feature's default. */
    public Backoff backoff(String kind, Backoff fallback) {
        if (config == null) {
            return fallback;
        }
        return backoffs.computeIfAbsent(kind, k -> Backoff.parse(config.get("portal.throttle." + k, null), fallback));
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
