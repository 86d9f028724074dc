package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.edu.portal.platform.PortalEntity;

@Entity
@Table(name = "category")
public class Category extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    private String slug;
    private String name;
    private int position;

    protected Category() {
    }

    public Category(Long siteId, String slug, String name, int position) {
        this.siteId = siteId;
        this.slug = slug;
        this.name = name;
        this.position = position;
    }

    public Long getSiteId() { return siteId; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public int getPosition() { return position; }
}
