package vn.edu.portal.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.edu.portal.platform.PortalEntity;

/**
 * One entry of a site's main menu. The link is a path inside the site ({@code trang/gioi-thieu})
 * or an absolute http(s) address.
 */
@Entity
@Table(name = "menu_item")
public class MenuItem extends PortalEntity {

    @jakarta.persistence.Column(name = "site_id")
    private Long siteId;
    private String label;
    private String link;
    private int position;

    protected MenuItem() {
    }

    public MenuItem(Long siteId, String label, String link, int position) {
        this.siteId = siteId;
        this.label = label;
        this.link = link;
        this.position = position;
    }

    public Long getSiteId() { return siteId; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
