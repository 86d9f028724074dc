package vn.edu.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

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
 * <p>The counts live in the database ({@code throttle_hit}, {@code throttle_failure}), shared by
 * every server: two servers behind a load balancer let through exactly what one would. A window
 * is counted in {@value #BUCKETS_PER_WINDOW} buckets, so a wait is exact to one bucket (rounded
 * up, never down).
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

    /** A window is counted in this many buckets (at least a second each): the wait is exact to one bucket. */
    static final int BUCKETS_PER_WINDOW = 60;

    @Inject
    PortalConfig config;

    @Resource(lookup = DatabaseMigration.DIRECT_DATA_SOURCE)
    DataSource dataSource;

    private volatile ThrottleStore store;
    private final Map<String, Limit> limits = new ConcurrentHashMap<>();
    private final Map<String, Backoff> backoffs = new ConcurrentHashMap<>();
    private volatile long longestForget = Duration.ofDays(1).toMillis();
    private Clock clock = Clock.systemUTC();

    /** For tests: a fixed or moving clock, counts in memory. */
    public static Throttles withClock(Clock clock) {
        return withStore(clock, new MemoryThrottleStore());
    }

    /** For tests: a fixed or moving clock, counts in the given store. */
    static Throttles withStore(Clock clock, ThrottleStore store) {
        Throttles throttles = new Throttles();
        throttles.clock = clock;
        throttles.store = store;
        return throttles;
    }

    private ThrottleStore store() {
        ThrottleStore s = store;
        if (s == null) {
            s = new DatabaseThrottleStore(dataSource);
            store = s;
        }
        return s;
    }

    private static long bucketMillis(Limit limit) {
        return Math.max(1000, limit.window().toMillis() / BUCKETS_PER_WINDOW);
    }

    /**
     * Counts one attempt of {@code kind} for {@code key} if the limit allows it now. Two short
     * statements when allowed (read the window, add to its newest bucket), one when refused; the
     * add is conditional, so servers racing on one key never count more than the limit.
     *
     * @return {@link Duration#ZERO} if the attempt is allowed (and counted); otherwise how long to
     *     wait before the next one would be allowed (nothing counted)
     */
    public Duration attempt(String kind, String key, Limit fallback) {
        Limit limit = limit(kind, fallback);
        long width = bucketMillis(limit);
        long now = clock.millis();
        long current = Math.floorDiv(now, width);
        List<ThrottleStore.Bucket> buckets = store().buckets(kind, key, first(now, limit, width));
        Duration wait = wait(buckets, now, limit, width);
        if (!wait.isZero()) {
            return wait;
        }
        int others = 0;
        boolean exists = false;
        for (ThrottleStore.Bucket b : buckets) {
            if (b.bucket() == current) {
                exists = true;
            } else {
                others += b.hits();
            }
        }
        long expires = (current + 1) * width + limit.window().toMillis();
        if (store().add(kind, key, current, exists, limit.attempts() - others, expires)) {
            return Duration.ZERO;
        }
        // Another server took the last place between the read and the add.
        return wait(store().buckets(kind, key, first(now, limit, width)), now, limit, width);
    }

    /** The oldest bucket still in the window at {@code now}: a bucket leaves once its whole span has. */
    private static long first(long now, Limit limit, long width) {
        return Math.floorDiv(now - limit.window().toMillis(), width);
    }

    /** Zero if one more attempt fits; otherwise until enough of the oldest buckets leave the window. */
    private static Duration wait(List<ThrottleStore.Bucket> buckets, long now, Limit limit, long width) {
        int total = 0;
        for (ThrottleStore.Bucket b : buckets) {
            total += b.hits();
        }
        if (total < limit.attempts()) {
            return Duration.ZERO;
        }
        for (ThrottleStore.Bucket b : buckets) {
            total -= b.hits();
            if (total < limit.attempts()) {
                // The bucket's span [b*width, (b+1)*width) has left the window at (b+1)*width + window.
                long leaves = (b.bucket() + 1) * width + limit.window().toMillis();
                return Duration.ofMillis(Math.max(leaves - now, 1));
            }
        }
        return limit.window();
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

    /** How long {@code key} must wait before an attempt of {@code kind}, without counting one (one statement). */
    public Duration peek(String kind, String key, Limit fallback) {
        Limit limit = limit(kind, fallback);
        long width = bucketMillis(limit);
        long now = clock.millis();
        return wait(store().buckets(kind, key, first(now, limit, width)), now, limit, width);
    }

    /** Forgets the attempts and failures of {@code key} (e.g. after a success that proves the caller legitimate). */
    public void forget(String kind, String key) {
        store().forget(kind, key);
    }

    /** How long {@code key} must still wait, after its failures of {@code kind}, before it may try again (one statement). */
    public Duration delay(String kind, String key, Backoff fallback) {
        Backoff backoff = backoff(kind, fallback);
        ThrottleStore.Failures f = store().failures(kind, key);
        if (f == null) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        long until = f.lastMillis() + backoff.waitAfter(f.count()).toMillis();
        return until > now ? Duration.ofMillis(until - now) : Duration.ZERO;
    }

    /**
     * Counts one failure of {@code kind} for {@code key} (two statements).
     *
     * @return the wait before {@code key} may try again (zero while the failures are still free)
     */
    public Duration failed(String kind, String key, Backoff fallback) {
        Backoff backoff = backoff(kind, fallback);
        long now = clock.millis();
        ThrottleStore.Failures f = store().fail(kind, key, now, now - backoff.forgetAfter().toMillis());
        long until = f.lastMillis() + backoff.waitAfter(f.count()).toMillis();
        return until > now ? Duration.ofMillis(until - now) : Duration.ZERO;
    }

    /** Drops counts that no window reaches any more (run every few minutes by {@link ThrottleSweep}). */
    public void sweep() {
        long now = clock.millis();
        store().sweep(now, now - longestForget);
    }

    /** The growing delays in force for {@code kind}: the configured ones, or the feature's default. */
    public Backoff backoff(String kind, Backoff fallback) {
        if (config == null) {
            return fallback;
        }
        Backoff backoff = backoffs.computeIfAbsent(kind, k -> Backoff.parse(config.get("portal.throttle." + k, null), fallback));
        longestForget = Math.max(longestForget, backoff.forgetAfter().toMillis());
        return backoff;
    }

    /** The limit in force for {@code kind}: the configured one, or the feature's default. */
    private volatile Set<String> exempt;

    /**
     * Whether limits per client address leave {@code address} alone: the addresses listed in
     * {@code portal.throttle.exempt-addresses} (comma-separated, exact; none by default), for the
     * department's own monitoring or a load test from one machine. Limits on what is looked up (a
     * code, an e-mail address) still count from them. Never list an address many people share (a
     * school's or an operator's NAT): their attempts would not be limited at all.
     */
    public boolean exempt(String address) {
        Set<String> set = exempt;
        if (set == null) {
            set = addresses(config == null ? null : config.get("portal.throttle.exempt-addresses", null));
            exempt = set;
        }
        return address != null && set.contains(address);
    }

    /** For tests: these addresses exempted, as the configuration would list them. */
    Throttles exempting(String listed) {
        exempt = addresses(listed);
        return this;
    }

    static Set<String> addresses(String listed) {
        Set<String> set = new HashSet<>();
        for (String a : listed == null ? new String[0] : listed.split(",")) {
            if (!a.isBlank()) {
                set.add(a.strip());
            }
        }
        return Set.copyOf(set);
    }

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
}
