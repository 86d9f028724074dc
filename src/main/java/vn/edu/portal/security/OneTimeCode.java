package vn.edu.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** A code sent to an e-mail address to prove the applicant reads it; only its hash is kept. */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode extends PortalEntity {

    private String purpose;
    @Column(name = "subject_key")
    private String subjectKey;
    private String email;
    @Column(name = "code_hash")
    private String codeHash;
    private int tries;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected OneTimeCode() {
    }

    OneTimeCode(String purpose, String subjectKey, String email, String codeHash, Instant expiresAt) {
        this.purpose = purpose;
        this.subjectKey = subjectKey;
        this.email = email;
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
        this.createdAt = Instant.now();
    }

    String getCodeHash() { return codeHash; }
    String getEmail() { return email; }
    int getTries() { return tries; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getUsedAt() { return usedAt; }
    Instant getCreatedAt() { return createdAt; }

    void tried() {
        tries++;
    }

    void used() {
        usedAt = Instant.now();
    }
}
