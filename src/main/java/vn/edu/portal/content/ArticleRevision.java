package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** The text of an article as one save left it. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PortalEntity {

    @Column(name = "article_id")
    private Long articleId;
    @Column(name = "site_id")
    private Long siteId;
    private int number;
    private String title;
    private String summary;
    private String body;
    private String editor;
    private String note;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, String editor, String note) {
        this.articleId = article.getId();
        this.siteId = article.getSiteId();
        this.number = number;
        this.title = article.getTitle();
        this.summary = article.getSummary();
        this.body = article.getBody();
        this.editor = editor;
        this.note = note;
        this.createdAt = Instant.now();
    }

    public Long getArticleId() { return articleId; }
    public Long getSiteId() { return siteId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getEditor() { return editor; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
}
