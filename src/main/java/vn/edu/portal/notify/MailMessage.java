package vn.edu.portal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** One message to one recipient, as recorded before it goes out. */
@Entity
@Table(name = "mail_message")
public class MailMessage extends PortalEntity {

    public enum Status { PENDING, SENT, FAILED, KEPT }

    @Column(name = "site_id")
    private Long siteId;
    private String recipient;
    private String subject;
    private String body;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {
    }

    MailMessage(Long siteId, String recipient, String subject, String body, String purpose, Status status) {
        this.siteId = siteId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.purpose = purpose;
        this.status = status;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    /**
     * Messages that carry a secret: a one-time code or a link that opens an account. Staff never read
     * their bodies once a mail server delivers them (a department admin asking a reset for another's
     * account and opening its link from the outbox); delivered, the body is erased. Kept in the outbox
     * because no mail server is configured (the demo), the outbox is how they reach anyone: shown.
     */
    static final java.util.Set<String> SECRET_PURPOSES = java.util.Set.of(
            "account.reset", "procedure.code", "admission.code", "admission.review.code", "admission.withdraw.code",
            "admission.correct.code", "admission.enrol.code");

    boolean carriesSecret() {
        return SECRET_PURPOSES.contains(purpose);
    }

    /** The body as the outbox shows it: null for a message whose secret only its addressee may read. */
    public String getShownBody() {
        return carriesSecret() && status != Status.KEPT ? null : body;
    }

    void delivered() {
        if (carriesSecret()) {
            body = "";
        }
        status = Status.SENT;
        attempts++;
        sentAt = Instant.now();
        lastError = null;
    }

    /** Backs off 1, 2, 4 … minutes; after the last attempt the message is marked failed. */
    void attemptFailed(String error, int maxAttempts) {
        attempts++;
        lastError = error == null ? "?" : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = Instant.now().plusSeconds(60L << Math.min(attempts - 1, 10));
        }
    }

    public Long getSiteId() { return siteId; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getPurpose() { return purpose; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
