package vn.edu.portal.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One administrative change or refused attempt: who, what, when, on which site, from where. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PortalEntity {

    private Instant at;
    private String actor;
    @Column(name = "site_id")
    private Long siteId;
    private String action;
    private String detail;
    private String ip;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, Long siteId, String action, String detail, String ip) {
        this.at = Instant.now();
        this.actor = actor;
        this.siteId = siteId;
        this.action = action;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.ip = ip;
    }

    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public Long getSiteId() { return siteId; }
    public String getAction() { return action; }
    public String getDetail() { return detail; }
    public String getIp() { return ip; }
}
