package vn.edu.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** A school's disclosure section for one school year, under the basis that governs that year. */
@Entity
@Table(name = "disclosure_section")
public class DisclosureSection extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "start_year")
    private int startYear;
    @Column(name = "basis_code")
    private String basisCode;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;

    protected DisclosureSection() {
    }

    DisclosureSection(long siteId, int startYear, String basisCode, String openedBy) {
        this.siteId = siteId;
        this.startYear = startYear;
        this.basisCode = basisCode;
        this.openedBy = openedBy;
        this.openedAt = Instant.now();
    }

    public Long getSiteId() { return siteId; }
    public int getStartYear() { return startYear; }
    public String getBasisCode() { return basisCode; }
    public String getLabel() { return SchoolYear.label(startYear); }
    public Instant getOpenedAt() { return openedAt; }
}
