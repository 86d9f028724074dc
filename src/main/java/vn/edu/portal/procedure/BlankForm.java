package vn.edu.portal.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** A blank form (PDF/DOCX) to download; superseded when the procedure's legal basis is replaced. */
@Entity
@Table(name = "procedure_blank_form")
public class BlankForm extends PortalEntity {

    @Column(name = "procedure_id")
    private Long procedureId;
    @Column(name = "site_id")
    private Long siteId;
    private String title;
    @Column(name = "media_id")
    private Long mediaId;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @jakarta.persistence.Transient
    private String url;

    protected BlankForm() {
    }

    BlankForm(Long procedureId, Long siteId, String title, Long mediaId, String legalBasis) {
        this.procedureId = procedureId;
        this.siteId = siteId;
        this.title = title;
        this.mediaId = mediaId;
        this.legalBasis = legalBasis;
        this.createdAt = Instant.now();
    }

    void supersede() {
        if (supersededAt == null) {
            supersededAt = Instant.now();
        }
    }

    void url(String url) {
        this.url = url;
    }

    public Long getProcedureId() { return procedureId; }
    public String getTitle() { return title; }
    public Long getMediaId() { return mediaId; }
    public String getLegalBasis() { return legalBasis; }
    public Instant getSupersededAt() { return supersededAt; }
    public boolean isSuperseded() { return supersededAt != null; }
    public String getUrl() { return url; }
}
