package vn.edu.portal.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** What a parent typed so far, between the steps of a form. */
@Entity
@Table(name = "submission_draft")
public class SubmissionDraft extends PortalEntity {

    private String token;
    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "procedure_id")
    private Long procedureId;
    @Column(name = "form_id")
    private Long formId;
    private int step;
    private String data;
    private String email;
    @Column(name = "consent_text")
    private String consentText;
    @Column(name = "consent_at")
    private Instant consentAt;
    @Column(name = "submission_id")
    private Long submissionId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SubmissionDraft() {
    }

    SubmissionDraft(String token, Long siteId, Long procedureId, Long formId) {
        this.token = token;
        this.siteId = siteId;
        this.procedureId = procedureId;
        this.formId = formId;
        this.data = "{}";
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void save(int step, String data) {
        this.step = step;
        this.data = data;
        this.updatedAt = Instant.now();
    }

    void switchForm(Long formId) {
        this.formId = formId;
        this.step = 0;
        this.updatedAt = Instant.now();
    }

    void consent(String email, String consentText) {
        this.email = email;
        this.consentText = consentText;
        this.consentAt = Instant.now();
        this.updatedAt = consentAt;
    }

    void submitted(Long submissionId) {
        this.submissionId = submissionId;
        this.data = "{}";
        this.updatedAt = Instant.now();
    }

    public String getToken() { return token; }
    public Long getSiteId() { return siteId; }
    public Long getProcedureId() { return procedureId; }
    public Long getFormId() { return formId; }
    public int getStep() { return step; }
    public String getData() { return data; }
    public String getEmail() { return email; }
    public String getConsentText() { return consentText; }
    public Instant getConsentAt() { return consentAt; }
    public Long getSubmissionId() { return submissionId; }
}
