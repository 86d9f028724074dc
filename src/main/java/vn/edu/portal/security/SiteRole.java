package vn.edu.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.edu.portal.platform.PortalEntity;

@Entity
@Table(name = "site_role")
public class SiteRole extends PortalEntity {

    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "site_id")
    private Long siteId;
    @Enumerated(EnumType.STRING)
    private Role role;

    protected SiteRole() {
    }

    public SiteRole(Long accountId, Long siteId, Role role) {
        this.accountId = accountId;
        this.siteId = siteId;
        this.role = role;
    }

    public Long getAccountId() { return accountId; }
    public Long getSiteId() { return siteId; }
    public Role getRole() { return role; }
}
