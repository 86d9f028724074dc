package vn.edu.portal.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** How many submissions of a procedure the retention job anonymised in one run. */
@Entity
@Table(name = "submission_purge")
public class SubmissionPurge extends PortalEntity {

    @Column(name = "run_at")
    private Instant runAt;
    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "procedure_id")
    private Long procedureId;
    private int anonymised;

    protected SubmissionPurge() {
    }

    SubmissionPurge(Long siteId, Long procedureId, int anonymised) {
        this.runAt = Instant.now();
        this.siteId = siteId;
        this.procedureId = procedureId;
        this.anonymised = anonymised;
    }

    public int getAnonymised() { return anonymised; }
}
