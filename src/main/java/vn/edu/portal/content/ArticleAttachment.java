package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.edu.portal.platform.PortalEntity;

@Entity
@Table(name = "article_attachment")
public class ArticleAttachment extends PortalEntity {

    @Column(name = "article_id")
    private Long articleId;
    @Column(name = "media_id")
    private Long mediaId;
    private int position;

    protected ArticleAttachment() {
    }

    ArticleAttachment(Long articleId, Long mediaId, int position) {
        this.articleId = articleId;
        this.mediaId = mediaId;
        this.position = position;
    }

    public Long getArticleId() { return articleId; }
    public Long getMediaId() { return mediaId; }
    public int getPosition() { return position; }
}
