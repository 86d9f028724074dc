package vn.edu.portal.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** One step in a submission's history: when, who, the status it moved to and why. */
@Entity
@Table(name = "submission_event")
public class SubmissionEvent extends PortalEntity {

    @Column(name = "submission_id")
    private Long submissionId;
    @Column(name = "site_id")
    private Long siteId;
    private Instant at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;
    private String note;

    protected SubmissionEvent() {
    }

    SubmissionEvent(Submission s, String actor, SubmissionStatus status, String note) {
        this.submissionId = s.getId();
        this.siteId = s.getSiteId();
        this.at = Instant.now();
        this.actor = actor;
        this.status = status;
        this.note = note;
    }

    public Long getSubmissionId() { return submissionId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public SubmissionStatus getStatus() { return status; }
    public String getNote() { return note; }
}
