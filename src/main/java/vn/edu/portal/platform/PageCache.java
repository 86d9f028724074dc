package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages, by site: a page is served from here until its site publishes a change
 * (or for at most {@code portal.cache.ttl-seconds}, which also bounds staleness across nodes).
 * Anonymous pages only; pages differ by host form, path, query and language, all in the key.
 * Bodies are kept compressed ({@link CompressedBody}): compressed once when stored, sent as
 * they are to every client that takes gzip or brotli, with an entity tag for 304s.
 */
@ApplicationScoped
public class PageCache {

    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder misses = new java.util.concurrent.atomic.LongAdder();

    /**
     * A stored page; {@code lastModified} (epoch millis, 0 if unknown) serves conditional GETs of feeds;
     * {@code policy} is the Content-Security-Policy the page was made with when it differs from the
     * filter's (a page with its style sheet inline names the sheet's hash), null otherwise.
     */
    public record Entry(CompressedBody body, String contentType, long storedAt, long generation, long lastModified,
            String policy) {
    }

    private static final int MAX_ENTRIES = 20_000;

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Long, Long> changedAt = new ConcurrentHashMap<>();
    private final long startedAt = nextSecond();
    private volatile long allChangedAt;
    private volatile long ttlMillis = 60_000;
    /** The department's site: its pages show every school's news, so any school's change drops them too. */
    private volatile long aggregateSiteId = -1;

    public void setAggregateSiteId(long siteId) {
        aggregateSiteId = siteId;
    }

    /** Drops a site's pages and the department's. */
    public void invalidateSiteAndAggregate(long siteId) {
        invalidateSite(siteId);
        if (aggregateSiteId >= 0) {
            invalidateSite(aggregateSiteId);
        }
    }

    public void setTtlSeconds(long seconds) {
        ttlMillis = seconds * 1000;
    }

    public Entry get(long siteId, String key) {
        Entry entry = pages.get(siteId + "|" + key);
        if (entry != null && (entry.generation() != generation(siteId) || System.currentTimeMillis() - entry.storedAt() > ttlMillis)) {
            pages.remove(siteId + "|" + key, entry);
            entry = null;
        }
        (entry == null ? misses : hits).increment();
        return entry;
    }

    /** Pages served from the cache since the start. */
    public long hits() {
        return hits.sum();
    }

    /** Cacheable pages that had to be rendered since the start. */
    public long misses() {
        return misses.sum();
    }

    /** The generation to pass to {@link #put}: a page rendered before an invalidation is not stored. */
    public long generation(long siteId) {
        return generations.computeIfAbsent(siteId, id -> new AtomicLong()).get();
    }

    /** Stores a rendered page (compressing it) and returns what was stored, to be sent now. */
    public Entry put(long siteId, String key, byte[] body, String contentType, long generation) {
        return put(siteId, key, body, contentType, generation, 0, null);
    }

    /**
     * Stores {@code body} compressed unless the site changed since {@code generation} was read;
     * either way returns the entry, which the caller sends to the visitor who asked for it.
     */
    public Entry put(long siteId, String key, byte[] body, String contentType, long generation, long lastModified,
            String policy) {
        Entry entry = new Entry(CompressedBody.page(body, contentType), contentType, System.currentTimeMillis(),
                generation, lastModified, policy);
        if (generation != generation(siteId)) {
            return entry;
        }
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(siteId + "|" + key, entry);
        return entry;
    }

    public void invalidateSite(long siteId) {
        changedAt.put(siteId, nextSecond());
        generations.computeIfAbsent(siteId, id -> new AtomicLong()).incrementAndGet();
    }

    public void invalidateAll() {
        allChangedAt = nextSecond();
        generations.values().forEach(AtomicLong::incrementAndGet);
        pages.clear();
    }

    /**
     * When this server last dropped the site's pages (its content changed), or its start: epoch
     * millis, on a whole second (HTTP dates have no less). A feed's or sitemap's Last-Modified is never
     * older than it, so a reader asking by date alone ({@code If-Modified-Since}) is not told "not
     * modified" once an entry has left: the newest entry's date does not move when one is taken down.
     */
    public long changedAt(long siteId) {
        return Math.max(changedAt.getOrDefault(siteId, startedAt), allChangedAt);
    }

    /** The next whole second: a change within the second of a validator already sent still gives a later one. */
    private static long nextSecond() {
        return (System.currentTimeMillis() / 1000 + 1) * 1000;
    }
}
