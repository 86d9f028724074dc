package vn.edu.portal.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ThrottleStore} in this JVM's memory: for unit tests, and the model of the database store. */
final class MemoryThrottleStore implements ThrottleStore {

    private final Map<String, TreeMap<Long, int[]>> hits = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private static String id(String kind, String key) {
        return kind + '\u0000' + key;
    }

    @Override
    public List<Bucket> buckets(String kind, String key, long fromBucket) {
        TreeMap<Long, int[]> buckets = hits.get(id(kind, key));
        List<Bucket> result = new ArrayList<>();
        if (buckets != null) {
            synchronized (buckets) {
                buckets.tailMap(fromBucket, true).forEach((b, n) -> result.add(new Bucket(b, n[0])));
            }
        }
        return result;
    }

    @Override
    public boolean add(String kind, String key, long bucket, boolean exists, int maxHits, long expiresMillis) {
        TreeMap<Long, int[]> buckets = hits.computeIfAbsent(id(kind, key), k -> new TreeMap<>());
        synchronized (buckets) {
            int[] n = buckets.computeIfAbsent(bucket, b -> new int[1]);
            if (n[0] >= maxHits) {
                return false;
            }
            n[0]++;
            return true;
        }
    }

    @Override
    public Failures failures(String kind, String key) {
        return failures.get(id(kind, key));
    }

    @Override
    public Failures fail(String kind, String key, long now, long forgetBefore) {
        return failures.compute(id(kind, key), (k, f) -> new Failures(f == null || f.lastMillis() < forgetBefore ? 1 : f.count() + 1, now));
    }

    @Override
    public void forget(String kind, String key) {
        hits.remove(id(kind, key));
        failures.remove(id(kind, key));
    }

    @Override
    public void sweep(long now, long failuresBefore) {
        failures.values().removeIf(f -> f.lastMillis() < failuresBefore);
    }
}
