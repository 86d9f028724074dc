package vn.edu.portal.platform;

/**
 * A change another server made (or, at start-up, one this server may have missed), read from
 * the shared change log and fired as a CDI event: features drop their caches or re-index.
 * {@code kind} names the feature's change ("content", "sites"); site and key are the feature's.
 */
public record ClusterChange(String kind, Long siteId, String key) {
}
