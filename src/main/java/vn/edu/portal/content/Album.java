package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** A photo album of one site. */
@Entity
@Table(name = "album")
public class Album extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    private String slug;
    private String title;
    private String description;
    private boolean published;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Album() {
    }

    Album(Long siteId, String slug, String title, String description, boolean published) {
        this.siteId = siteId;
        this.createdAt = Instant.now();
        edit(slug, title, description, published);
    }

    void edit(String slug, String title, String description, boolean published) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.published = published;
        this.updatedAt = Instant.now();
    }

    public Long getSiteId() { return siteId; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public boolean isPublished() { return published; }
    public Instant getUpdatedAt() { return updatedAt; }
}
