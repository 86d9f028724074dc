package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/**
 * What one person typed into the article form and has not saved yet: kept by the editor's
 * autosave so that an expired session, a closed browser or a phone that dropped the page loses
 * nothing. One row per person, site and article ({@code articleKey} 0 for an article not created
 * yet); the row goes when the article is saved.
 */
@Entity
@Table(name = "article_autosave")
public class ArticleAutosave extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    private String username;
    @Column(name = "article_key")
    private long articleKey;
    @Column(name = "base_version")
    private Integer baseVersion;
    @Column(name = "category_id")
    private Long categoryId;
    private String title;
    private String summary;
    private String body;
    private String tags;
    @Column(name = "cover_id")
    private Long coverId;
    @Column(name = "saved_at")
    private Instant savedAt;

    protected ArticleAutosave() {
    }

    ArticleAutosave(long siteId, String username, long articleKey) {
        this.siteId = siteId;
        this.username = username;
        this.articleKey = articleKey;
    }

    void fill(ArticleDrafts.Typed typed, Instant now) {
        this.baseVersion = typed.baseVersion();
        this.categoryId = typed.categoryId();
        this.title = cut(typed.title(), 400);
        this.summary = cut(typed.summary(), 2000);
        this.body = typed.body();
        this.tags = cut(typed.tags(), 500);
        this.coverId = typed.coverId();
        this.savedAt = now;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getSiteId() { return siteId; }
    public String getUsername() { return username; }
    /** The article's id, or null for an article not created yet. */
    public Long getArticleId() { return articleKey == 0 ? null : articleKey; }
    public Integer getBaseVersion() { return baseVersion; }
    public Long getCategoryId() { return categoryId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getTags() { return tags; }
    public Long getCoverId() { return coverId; }
    public Instant getSavedAt() { return savedAt; }
}
