package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import vn.edu.portal.platform.PortalEntity;

/**
 * A parent's request to correct named fields of a review record, with a reason and an evidence
 * file; decided by the department. On acceptance the old values are kept here.
 */
@Entity
@Table(name = "admission_correction")
public class CorrectionRequest extends PortalEntity {

    @Column(name = "campaign_id")
    Long campaignId;
    @Column(name = "site_id")
    Long siteId;
    @Column(name = "record_id")
    Long recordId;
    String requested;
    String previous;
    String reason;
    @Column(name = "evidence_path")
    String evidencePath;
    @Column(name = "evidence_type")
    String evidenceType;
    @Enumerated(EnumType.STRING)
    CorrectionStatus status;
    @Column(name = "decision_reason")
    String decisionReason;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "created_at")
    Instant createdAt;

    protected CorrectionRequest() {
    }

    CorrectionRequest(ReviewRecord record, Map<String, String> requested, String reason, String evidencePath,
            String evidenceType) {
        this.campaignId = record.campaignId;
        this.siteId = record.siteId;
        this.recordId = record.getId();
        this.requested = AdmissionService.serialise(requested);
        this.reason = reason;
        this.evidencePath = evidencePath;
        this.evidenceType = evidenceType;
        this.status = CorrectionStatus.PENDING;
        this.createdAt = Instant.now();
    }

    // Changes go through methods of the entity, where the persistence provider tracks them.
    void decide(CorrectionStatus status, Map<String, String> previous, String reason, String actor) {
        this.status = status;
        this.previous = previous == null ? null : AdmissionService.serialise(previous);
        this.decisionReason = reason;
        this.decidedBy = actor;
        this.decidedAt = Instant.now();
    }

    /** The fields asked for and the values the parent gave, in the order of {@link AdmissionReview#FIELDS}. */
    public Map<String, String> getRequestedValues() {
        return AdmissionReview.ordered(AdmissionService.values(requested));
    }

    public Map<String, String> getPreviousValues() {
        return previous == null ? Map.of() : AdmissionReview.ordered(AdmissionService.values(previous));
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getReason() {
        return reason;
    }

    public String getEvidencePath() {
        return evidencePath;
    }

    public String getEvidenceType() {
        return evidenceType;
    }

    public CorrectionStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
