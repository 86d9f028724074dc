package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** A news item or announcement of one site. Its body is sanitised HTML. */
@Entity
@Table(name = "article")
public class Article extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "category_id")
    private Long categoryId;
    private String slug;
    private String title;
    private String summary;
    private String body;
    private String tags;
    @Column(name = "cover_id")
    private Long coverId;
    private String author;
    @Column(name = "author_name")
    private String authorName;
    @Enumerated(EnumType.STRING)
    private ArticleStatus status;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "publish_at")
    private Instant publishAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    private boolean featured;
    @Column(name = "view_count")
    private long viewCount;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected Article() {
    }

    public Article(Long siteId, String author, String authorName) {
        this.siteId = siteId;
        this.author = author;
        this.authorName = authorName;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.body = "";
    }

    /** Visible to the public now: published, not in the trash, its publication time reached. */
    public boolean isVisible(Instant now) {
        return status == ArticleStatus.PUBLISHED && deletedAt == null && publishAt != null && !publishAt.isAfter(now);
    }

    /** Approved for publication at a time still to come (the console says so; the public does not see it yet). */
    public boolean isScheduled() {
        return status == ArticleStatus.PUBLISHED && deletedAt == null && publishAt != null && publishAt.isAfter(Instant.now());
    }

    void publish(Instant scheduledAt) {
        Instant now = Instant.now();
        status = ArticleStatus.PUBLISHED;
        publishAt = scheduledAt != null && scheduledAt.isAfter(now) ? scheduledAt : now;
        if (publishedAt == null) {
            publishedAt = publishAt;
        }
        reviewComment = null;
    }

    void setStatus(ArticleStatus status) { this.status = status; }
    void setReviewComment(String reviewComment) { this.reviewComment = reviewComment; }
    void setDeletedAt(Instant deletedAt) { this.deletedAt = deletedAt; }
    void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    void setSlug(String slug) { this.slug = slug; }
    void setTitle(String title) { this.title = title; }
    void setSummary(String summary) { this.summary = summary; }
    void setBody(String body) { this.body = body; }
    void setTags(String tags) { this.tags = tags; }
    void setCoverId(Long coverId) { this.coverId = coverId; }
    void setFeatured(boolean featured) { this.featured = featured; }
    void setPublishAt(Instant publishAt) { this.publishAt = publishAt; }
    void touch() { updatedAt = Instant.now(); }

    public Long getSiteId() { return siteId; }
    public Long getCategoryId() { return categoryId; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getTags() { return tags; }
    public Long getCoverId() { return coverId; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public ArticleStatus getStatus() { return status; }
    public String getReviewComment() { return reviewComment; }
    public Instant getPublishAt() { return publishAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public boolean isFeatured() { return featured; }
    public long getViewCount() { return viewCount; }
    public Instant getDeletedAt() { return deletedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    /** The optimistic-lock version: changes with every write of the row. */
    public int getRowVersion() { return rowVersion; }
}
