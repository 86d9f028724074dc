package vn.edu.portal.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.edu.portal.platform.PortalEntity;

/** A host name of the school's own (e.g. {@code thnguyenhue.edu.vn}) that reaches its site. */
@Entity
@Table(name = "site_alias")
public class SiteAlias extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    private String host;

    protected SiteAlias() {
    }

    public SiteAlias(Long siteId, String host) {
        this.siteId = siteId;
        this.host = host;
    }

    public Long getSiteId() { return siteId; }
    public String getHost() { return host; }
}
