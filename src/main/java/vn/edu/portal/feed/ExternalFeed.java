package vn.edu.portal.feed;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.edu.portal.platform.PortalEntity;

/**
 * A feed of a school hosted outside the portal, with what the poller remembers about it: the
 * validators for the next conditional GET, when to poll next, and how it went last time.
 * Not kept in the shared cache: its poll schedule is written by whichever node polls it.
 */
@Entity
@Table(name = "external_feed")
@Cacheable(false)
public class ExternalFeed extends PortalEntity {

    @Column(name = "name")
    private String name;
    @Column(name = "url")
    private String url;
    @Column(name = "url_hash")
    private String urlHash;
    @Column(name = "school_site_id")
    private Long schoolSiteId;
    @Column(name = "etag")
    private String etag;
    @Column(name = "last_modified")
    private String lastModified;
    @Column(name = "last_polled_at")
    private Instant lastPolledAt;
    @Column(name = "next_poll_at")
    private Instant nextPollAt;
    @Column(name = "failures")
    private int failures;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected ExternalFeed() {
    }

    public ExternalFeed(String name, String url, String urlHash, Long schoolSiteId, Instant now) {
        this.name = name;
        this.url = url;
        this.urlHash = urlHash;
        this.schoolSiteId = schoolSiteId;
        this.createdAt = millis(now);
        this.nextPollAt = millis(now);
    }

    /** Sets when to poll next; a claim moves it forward so that nobody else polls meanwhile. */
    void scheduleAt(Instant when) {
        this.nextPollAt = millis(when);
    }

    void succeeded(Instant now, String etag, String lastModified, boolean newValidators, Instant next) {
        if (newValidators) {
            this.etag = etag;
            this.lastModified = lastModified;
        }
        this.failures = 0;
        this.lastError = null;
        this.lastPolledAt = millis(now);
        this.nextPollAt = millis(next);
    }

    void failed(Instant now, String reason, Instant next) {
        this.failures++;
        this.lastError = reason == null ? "unknown" : FeedFetcher.clip(reason, 500);
        this.lastPolledAt = millis(now);
        this.nextPollAt = millis(next);
    }

    /** DATETIME(3) keeps milliseconds: the entity holds what the database holds. */
    static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    public String getName() { return name; }
    public String getUrl() { return url; }
    public Long getSchoolSiteId() { return schoolSiteId; }
    public String getEtag() { return etag; }
    public String getLastModified() { return lastModified; }
    public Instant getLastPolledAt() { return lastPolledAt; }
    public Instant getNextPollAt() { return nextPollAt; }
    public int getFailures() { return failures; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
}
