package vn.edu.portal.feed;

import java.time.Instant;
import java.util.List;

/**
 * What one poll of an external feed gave: nothing new (304), items, or a failure with a short
 * reason that is stored for the department's administrators to read.
 */
public record FetchResult(Status status, List<Item> items, String etag, String lastModified, String reason) {

    public enum Status { NOT_MODIFIED, FETCHED, FAILED }

    /**
     * One item as it will be stored: plain-text title and summary, an absolute http(s) link,
     * lengths within the columns, and a guid unique within the fetch.
     */
    public record Item(String guid, String title, String link, String summary, Instant published) {
    }

    public FetchResult {
        items = items == null ? List.of() : List.copyOf(items);
    }

    static FetchResult notModified() {
        return new FetchResult(Status.NOT_MODIFIED, List.of(), null, null, null);
    }

    static FetchResult fetched(List<Item> items, String etag, String lastModified) {
        return new FetchResult(Status.FETCHED, items, etag, lastModified, null);
    }

    static FetchResult failed(String reason) {
        return new FetchResult(Status.FAILED, List.of(), null, null, reason);
    }
}
