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
 *
 * <p>What it holds is bounded in bytes ({@code portal.cache.max-mb}) and in pages: past either
 * bound, the pages read least recently leave first (those of a site that changed before any), so
 * a flood of addresses nobody reads again (a crawler's, an attacker's) cannot empty it of the
 * pages that are read all the time, nor grow it past its share of the memory.
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

    /**
     * An entry with what it takes in memory, when it was last read (to a tenth of a second: a page
     * read all the time is written to ten times a second at most) and whether it was read again
     * once stored: a page nobody read again leaves as if a minute older (a scan does not push out
     * the pages in use).
     */
    private static final class Kept {
        final Entry entry;
        final int bytes;
        volatile long readAt;
        volatile boolean readAgain;

        Kept(Entry entry, int bytes, long readAt) {
            this.entry = entry;
            this.bytes = bytes;
            this.readAt = readAt;
        }
    }

    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long maxBytes = 128L * 1024 * 1024;
    private final Object evicting = new Object();
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

    /**
     * Drops the pages a change of something every site may show touches: on the department's site (its
     * procedures offered to the schools, the disclosure catalogue) every site's pages, since a school page
     * kept a minute more showed a procedure the department had taken down; on a school's, as
     * {@link #invalidateSiteAndAggregate}. The department's own news leave the schools' pages alone.
     */
    public void invalidateShared(long siteId) {
        if (siteId == aggregateSiteId) {
            invalidateAll();
        } else {
            invalidateSiteAndAggregate(siteId);
        }
    }

    public void setTtlSeconds(long seconds) {
        ttlMillis = seconds * 1000;
    }

    /** The most the stored pages may take, compressed forms included ({@code portal.cache.max-mb}). */
    public void setMaxBytes(long max) {
        maxBytes = Math.max(1024 * 1024, max);
        evictIfOver();
    }

    public Entry get(long siteId, String key) {
        Kept kept = pages.get(siteId + "|" + key);
        Entry entry = kept == null ? null : kept.entry;
        long now = System.currentTimeMillis();
        if (entry != null && (entry.generation() != generation(siteId) || now - entry.storedAt() > ttlMillis)) {
            if (pages.remove(siteId + "|" + key, kept)) {
                bytes.addAndGet(-kept.bytes);
            }
            entry = null;
        } else if (kept != null) {
            if (!kept.readAgain) {
                kept.readAgain = true;
            }
            if (now - kept.readAt >= 100) {
                kept.readAt = now;
            }
        }
        (entry == null ? misses : hits).increment();
        return entry;
    }

    /** Pages kept now, and the bytes they take. */
    public int size() {
        return pages.size();
    }

    public long storedBytes() {
        return bytes.get();
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
        Kept kept = new Kept(entry, entry.body().storedBytes() + key.length() * 2 + 64, entry.storedAt());
        Kept replaced = pages.put(siteId + "|" + key, kept);
        bytes.addAndGet(kept.bytes - (replaced == null ? 0 : replaced.bytes));
        evictIfOver();
        return entry;
    }

    /**
     * Past a bound, takes pages out until a fifth is free: first those of a site changed since, then
     * the least recently read. One thread at a time; the others go on serving.
     */
    private void evictIfOver() {
        if (bytes.get() <= maxBytes && pages.size() <= MAX_ENTRIES) {
            return;
        }
        synchronized (evicting) {
            long total = 0;
            for (Kept kept : pages.values()) {
                total += kept.bytes;
            }
            bytes.set(total);
            if (total <= maxBytes && pages.size() <= MAX_ENTRIES) {
                return;
            }
            long targetBytes = maxBytes / 5 * 4;
            int targetCount = MAX_ENTRIES / 5 * 4;
            // Ranked on a snapshot: a page read during the sort must not move under it.
            record Ranked(String key, Kept kept, long rank) {
            }
            java.util.List<Ranked> oldestFirst = new java.util.ArrayList<>(pages.size());
            pages.forEach((key, kept) -> oldestFirst.add(new Ranked(key, kept,
                    !current(key, kept) ? Long.MIN_VALUE : kept.readAgain ? kept.readAt : kept.readAt - 60_000)));
            oldestFirst.sort(java.util.Comparator.comparingLong(Ranked::rank));
            int count = pages.size();
            for (Ranked r : oldestFirst) {
                if (total <= targetBytes && count <= targetCount) {
                    break;
                }
                if (pages.remove(r.key(), r.kept())) {
                    total -= r.kept().bytes;
                    count--;
                    bytes.addAndGet(-r.kept().bytes);
                }
            }
        }
    }

    /** Whether a kept page is still of its site's current generation. */
    private boolean current(String key, Kept kept) {
        long siteId = Long.parseLong(key.substring(0, key.indexOf('|')));
        return kept.entry.generation() == generation(siteId);
    }

    public void invalidateSite(long siteId) {
        changedAt.put(siteId, nextSecond());
        generations.computeIfAbsent(siteId, id -> new AtomicLong()).incrementAndGet();
    }

    public void invalidateAll() {
        allChangedAt = nextSecond();
        generations.values().forEach(AtomicLong::incrementAndGet);
        pages.clear();
        bytes.set(0);
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
