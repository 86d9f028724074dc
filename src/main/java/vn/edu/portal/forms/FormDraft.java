package vn.edu.portal.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/**
 * What someone typed so far into a public form, between its steps, for every feature: the random
 * token the page carries (the only thing it carries), the site the form was opened on, the form
 * ({@link #getFormKind() kind} and {@link #getFormKey() key}: a procedure, an admission round),
 * the version of the form it was filled on, the step reached, the values as one JSON object
 * ({@link DraftValues}), the address proved by a mailed code with the consent, and, once
 * submitted, the id of what the submit made. A draft nobody touches expires
 * ({@link #getExpiresAt()}), and the nightly retention removes it.
 */
@Entity
@Table(name = "form_draft")
public class FormDraft extends PortalEntity {

    private String token;
    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "form_kind")
    private String formKind;
    @Column(name = "form_key")
    private Long formKey;
    @Column(name = "form_version")
    private Long formVersion;
    private int step;
    private String data;
    private String email;
    @Column(name = "consent_text")
    private String consentText;
    @Column(name = "consent_at")
    private Instant consentAt;
    /** The page's language when the address was given ("en", "vi"; none before 2026-12-07): the mails' language. */
    @Column(name = "mail_language")
    private String mailLanguage;
    @Column(name = "result_id")
    private Long resultId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected FormDraft() {
    }

    FormDraft(String token, long siteId, String formKind, long formKey, Long formVersion, int step, Duration lifetime) {
        this.token = token;
        this.siteId = siteId;
        this.formKind = formKind;
        this.formKey = formKey;
        this.formVersion = formVersion;
        this.step = step;
        this.data = "{}";
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.expiresAt = createdAt.plus(lifetime);
    }

    /** Every change keeps the draft alive for as long again as it was given when it was opened. */
    private void touched() {
        Instant now = Instant.now();
        Duration lifetime = Duration.between(updatedAt, expiresAt);
        updatedAt = now;
        expiresAt = now.plus(lifetime.isNegative() ? Duration.ZERO : lifetime);
    }

    void save(int step, String data) {
        this.step = step;
        this.data = data;
        touched();
    }

    void switchVersion(Long formVersion) {
        this.formVersion = formVersion;
        this.step = 0;
        touched();
    }

    void consent(String email, String consentText, String mailLanguage) {
        this.email = email;
        this.consentText = consentText;
        this.mailLanguage = mailLanguage;
        this.consentAt = Instant.now();
        touched();
    }

    void submitted(Long resultId, boolean clearValues) {
        this.resultId = resultId;
        if (clearValues) {
            this.data = "{}";
        }
        touched();
    }

    public String getToken() { return token; }
    public Long getSiteId() { return siteId; }
    public String getFormKind() { return formKind; }
    public Long getFormKey() { return formKey; }
    public Long getFormVersion() { return formVersion; }
    public int getStep() { return step; }
    public String getData() { return data; }
    public String getEmail() { return email; }
    public String getConsentText() { return consentText; }
    public String getMailLanguage() { return mailLanguage; }
    public Instant getConsentAt() { return consentAt; }
    public Long getResultId() { return resultId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getExpiresAt() { return expiresAt; }

    /** The values typed so far. */
    public java.util.Map<String, String> values() {
        return DraftValues.parse(data);
    }
}
