package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts article views in memory; {@link PublishingJob} adds them to the database every half
 * minute, so reading an article (often from the page cache) never writes.
 */
@ApplicationScoped
public class ViewCounter {

    /** A viewed article: its site and slug (the page cache knows no ids). */
    record Viewed(long siteId, String slug) {
    }

    private final Map<Viewed, LongAdder> counts = new ConcurrentHashMap<>();

    public void viewed(long siteId, String slug) {
        if (counts.size() < 100_000) {
            counts.computeIfAbsent(new Viewed(siteId, slug), v -> new LongAdder()).increment();
        }
    }

    /** Takes the counts gathered so far (they start again from zero). */
    Map<Viewed, Long> drain() {
        Map<Viewed, Long> drained = new java.util.HashMap<>();
        counts.forEach((id, adder) -> {
            long n = adder.sumThenReset();
            if (n > 0) {
                drained.put(id, n);
            }
        });
        counts.entrySet().removeIf(e -> e.getValue().sum() == 0);
        return drained;
    }
}
