package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;

/** One step in the life of an application: who moved it where, when and why. */
@Entity
@Table(name = "admission_status_change")
public class AdmissionStatusChange extends PortalEntity {

    @Column(name = "application_id")
    Long applicationId;
    @Column(name = "site_id")
    Long siteId;
    @Enumerated(EnumType.STRING)
    ApplicationStatus status;
    String reason;
    String actor;
    @Column(name = "changed_at")
    Instant changedAt;

    protected AdmissionStatusChange() {
    }

    AdmissionStatusChange(long applicationId, long siteId, ApplicationStatus status, String reason, String actor) {
        this.applicationId = applicationId;
        this.siteId = siteId;
        this.status = status;
        this.reason = reason;
        this.actor = actor;
        this.changedAt = Instant.now();
    }

    // Changes go through methods of the entity, where the persistence provider tracks them.
    void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    void setActor(String actor) {
        this.actor = actor;
    }

    void setChangedAt(Instant changedAt) {
        this.changedAt = changedAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
