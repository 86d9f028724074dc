package vn.edu.portal.platform;

import java.util.List;

/**
 * Where {@link Throttles} keeps its counts: attempts per time bucket, and failures in a row. The
 * database store ({@link DatabaseThrottleStore}) is shared by every server; the memory store
 * ({@link MemoryThrottleStore}) serves unit tests. Each method is one short statement or two.
 */
interface ThrottleStore {

    /** Hits of one bucket. */
    record Bucket(long bucket, int hits) {
    }

    /** Failures in a row and the time of the last one. */
    record Failures(int count, long lastMillis) {
    }

    /** The buckets of {@code kind}/{@code key} from {@code fromBucket} on, oldest first. */
    List<Bucket> buckets(String kind, String key, long fromBucket);

    /**
     * Adds one hit to {@code bucket} if it then holds at most {@code maxHits}; atomic against other
     * servers adding to the same bucket.
     *
     * @param exists whether the bucket was there when last read (then it is updated, else inserted)
     * @return whether the hit was counted
     */
    boolean add(String kind, String key, long bucket, boolean exists, int maxHits, long expiresMillis);

    Failures failures(String kind, String key);

    /** Counts one failure at {@code now}; failures older than {@code forgetBefore} are forgotten first. */
    Failures fail(String kind, String key, long now, long forgetBefore);

    void forget(String kind, String key);

    /** Drops what no window can count any more. */
    void sweep(long now, long failuresBefore);
}
