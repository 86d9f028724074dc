package vn.edu.portal.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** One item copied from an external feed: plain text and an absolute http(s) link, nothing else. */
@Entity
@Table(name = "external_feed_item")
public class ExternalFeedItem extends PortalEntity {

    @Column(name = "feed_id")
    private Long feedId;
    @Column(name = "guid")
    private String guid;
    @Column(name = "title")
    private String title;
    @Column(name = "link")
    private String link;
    @Column(name = "summary")
    private String summary;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "fetched_at")
    private Instant fetchedAt;

    protected ExternalFeedItem() {
    }

    public ExternalFeedItem(Long feedId, String guid, String title, String link, String summary,
                            Instant publishedAt, Instant fetchedAt) {
        this.feedId = feedId;
        this.guid = guid;
        this.title = title;
        this.link = link;
        this.summary = summary;
        this.publishedAt = ExternalFeed.millis(publishedAt);
        this.fetchedAt = ExternalFeed.millis(fetchedAt);
    }

    public Long getFeedId() { return feedId; }
    public String getGuid() { return guid; }
    public String getTitle() { return title; }
    public String getLink() { return link; }
    public String getSummary() { return summary; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getFetchedAt() { return fetchedAt; }
}
