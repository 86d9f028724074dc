package vn.edu.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** One e-mailed link to set a new password: only the hash of its token is kept; it works once, briefly. */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends PortalEntity {

    @Column(name = "account_id")
    private long accountId;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    private String ip;

    protected PasswordReset() {
    }

    PasswordReset(long accountId, String tokenHash, Instant expiresAt, String ip) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
        this.ip = ip;
    }

    long getAccountId() { return accountId; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getUsedAt() { return usedAt; }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void used(Instant now) {
        usedAt = now;
    }
}
