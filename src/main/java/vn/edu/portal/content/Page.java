package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** A static page; its body is sanitised HTML. */
@Entity
@Table(name = "page")
public class Page extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "parent_id")
    private Long parentId;
    private String slug;
    private String title;
    private String body;
    private int position;
    private boolean published;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Page() {
    }

    public Page(Long siteId, String slug, String title, String body, int position) {
        this.siteId = siteId;
        this.slug = slug;
        this.title = title;
        this.body = body;
        this.position = position;
        this.published = true;
        this.updatedAt = Instant.now();
    }

    void edit(Long parentId, String slug, String title, String body, int position, boolean published) {
        this.parentId = parentId;
        this.slug = slug;
        this.title = title;
        this.body = body;
        this.position = position;
        this.published = published;
        this.updatedAt = Instant.now();
    }

    public Long getSiteId() { return siteId; }
    public Long getParentId() { return parentId; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public int getPosition() { return position; }
    public boolean isPublished() { return published; }
    public Instant getUpdatedAt() { return updatedAt; }
}
