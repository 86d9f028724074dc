package vn.edu.portal.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.platform.PortalEntity;

/**
 * A procedure of the catalogue. Owned by a site: the department's procedures apply to every
 * school of {@code level} (or every school when it is empty); a school's own apply to it alone.
 */
@Entity
@Table(name = "procedure_def")
public class Procedure extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    @Enumerated(EnumType.STRING)
    @Column(name = "school_level")
    private SchoolLevel level;
    private String slug;
    private String name;
    @Column(name = "legal_basis")
    private String legalBasis;
    private String applicants;
    private String steps;
    private String documents;
    @Column(name = "time_limit_days")
    private int timeLimitDays;
    private String fee;
    private String result;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_level")
    private ServiceLevel serviceLevel;
    @Column(name = "retention_days")
    private int retentionDays;
    private boolean published;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Column(name = "replaced_by")
    private String replacedBy;

    protected Procedure() {
    }

    Procedure(Long siteId) {
        this.siteId = siteId;
        this.createdAt = Instant.now();
    }

    void update(ProcedureService.ProcedureForm f, SchoolLevel level, int timeLimitDays, int retentionDays) {
        this.level = level;
        this.slug = f.slug();
        this.name = f.name();
        this.legalBasis = f.legalBasis();
        this.applicants = f.applicants();
        this.steps = f.steps();
        this.documents = f.documents();
        this.timeLimitDays = timeLimitDays;
        this.fee = f.fee();
        this.result = f.result();
        this.serviceLevel = f.serviceLevel();
        this.retentionDays = retentionDays;
        this.published = f.published();
        this.updatedAt = Instant.now();
    }

    /** Replaced by another legal basis or procedure: kept, shown as such, no longer taking new requests. */
    void supersede(String replacedBy) {
        this.supersededAt = Instant.now();
        this.replacedBy = replacedBy;
        this.updatedAt = supersededAt;
    }

    public Long getSiteId() { return siteId; }
    public SchoolLevel getLevel() { return level; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getLegalBasis() { return legalBasis; }
    public String getApplicants() { return applicants; }
    public String getSteps() { return steps; }
    public String getDocuments() { return documents; }
    public int getTimeLimitDays() { return timeLimitDays; }
    public String getFee() { return fee; }
    public String getResult() { return result; }
    public ServiceLevel getServiceLevel() { return serviceLevel; }
    public int getRetentionDays() { return retentionDays; }
    public boolean isPublished() { return published; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSupersededAt() { return supersededAt; }
    public String getReplacedBy() { return replacedBy; }
    public boolean isSuperseded() { return supersededAt != null; }
    /** Whether parents can send requests online now: an online service level and not superseded. */
    public boolean isAcceptingOnline() { return serviceLevel != null && serviceLevel.online() && supersededAt == null; }
    public java.util.List<String> getStepList() { return lines(steps); }
    public java.util.List<String> getDocumentList() { return lines(documents); }

    private static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
