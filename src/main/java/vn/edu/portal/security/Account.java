package vn.edu.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

@Entity
@Table(name = "account")
public class Account extends PortalEntity {

    private String username;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean active;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_enabled")
    private boolean totpEnabled;
    @Column(name = "totp_last_step")
    private long totpLastStep;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String fullName, String email, String passwordHash) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = Instant.now();
    }

    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }

    public boolean isTotpEnabled() { return totpEnabled; }
    String getTotpSecret() { return totpSecret; }
    long getTotpLastStep() { return totpLastStep; }

    void totpPending(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = false;
    }

    void totpOn(long step) {
        this.totpEnabled = true;
        this.totpLastStep = step;
    }

    void totpOff() {
        this.totpEnabled = false;
        this.totpSecret = null;
    }

    void totpUsed(long step) {
        this.totpLastStep = step;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void recordFailure(Instant now, int maxFailures, long lockMinutes) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plusSeconds(lockMinutes * 60);
            failedLogins = 0;
        }
    }

    void recordSuccess(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }
}
