package vn.edu.portal.procedure;

import vn.edu.portal.forms.FormDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** One version of a procedure's online form. At most one version is active at a time. */
@Entity
@Table(name = "procedure_form")
public class FormVersion extends PortalEntity {

    public enum Status { DRAFT, ACTIVE, SUPERSEDED }

    @Column(name = "procedure_id")
    private Long procedureId;
    private int version;
    @Column(name = "legal_basis")
    private String legalBasis;
    private String definition;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected FormVersion() {
    }

    FormVersion(Long procedureId, int version, String legalBasis, FormDefinition definition, String createdBy) {
        this.procedureId = procedureId;
        this.version = version;
        this.legalBasis = legalBasis;
        this.definition = definition.toJson();
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    void define(FormDefinition definition, String legalBasis) {
        this.definition = definition.toJson();
        this.legalBasis = legalBasis;
    }

    void activate() {
        status = Status.ACTIVE;
        activatedAt = Instant.now();
    }

    void supersede() {
        status = Status.SUPERSEDED;
        supersededAt = Instant.now();
    }

    public FormDefinition definition() {
        return FormDefinition.fromJson(definition);
    }

    public Long getProcedureId() { return procedureId; }
    public int getVersion() { return version; }
    public String getLegalBasis() { return legalBasis; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getActivatedAt() { return activatedAt; }
    public Instant getSupersededAt() { return supersededAt; }
}
