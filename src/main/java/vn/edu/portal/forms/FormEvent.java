package vn.edu.portal.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/**
 * One step in the life of what a public form made (a procedure's submission, an admission
 * application): when, who, the status it moved to (the feature's status name) and why. Every
 * feature's history is in one table, told apart by {@link #getFormKind() kind}.
 */
@Entity
@Table(name = "form_event")
public class FormEvent extends PortalEntity {

    @Column(name = "form_kind")
    private String formKind;
    @Column(name = "record_id")
    private Long recordId;
    @Column(name = "site_id")
    private Long siteId;
    private String status;
    private String note;
    private String actor;
    private Instant at;

    protected FormEvent() {
    }

    FormEvent(String formKind, long recordId, long siteId, String status, String note, String actor) {
        this.formKind = formKind;
        this.recordId = recordId;
        this.siteId = siteId;
        this.status = status;
        this.note = note;
        this.actor = actor;
        this.at = Instant.now();
    }

    public String getFormKind() { return formKind; }
    public Long getRecordId() { return recordId; }
    public Long getSiteId() { return siteId; }
    /** The status's name in the feature's own list (an enum constant's name). */
    public String getStatus() { return status; }
    public String getNote() { return note; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
}
