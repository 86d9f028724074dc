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
    @Column(name = "session_epoch")
    private int sessionEpoch;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "totp_secret_sealed")
    private String totpSecretSealed;

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
    public Instant getLastLoginAt() { return lastLoginAt; }

    public boolean isTotpEnabled() { return totpEnabled; }
    /** The secret as stored before it was sealed (emptied at start-up, see AccountService.sealTotpSecrets). */
    String getClearTotpSecret() { return totpSecret; }
    String getTotpSecretSealed() { return totpSecretSealed; }
    long getTotpLastStep() { return totpLastStep; }
    /** Sessions started in another epoch are over (credentials changed since). */
    public int getSessionEpoch() { return sessionEpoch; }
    public boolean isMustChangePassword() { return mustChangePassword; }

    void endSessions() {
        sessionEpoch++;
    }

    void mustChangePassword(boolean must) {
        this.mustChangePassword = must;
    }

    void sealTotpSecret(String sealed) {
        this.totpSecretSealed = sealed;
        this.totpSecret = null;
    }

    void totpPending(String sealed) {
        this.totpSecretSealed = sealed;
        this.totpSecret = null;
        this.totpEnabled = false;
    }

    void totpOn(long step) {
        this.totpEnabled = true;
        this.totpLastStep = step;
    }

    void totpOff() {
        this.totpEnabled = false;
        this.totpSecret = null;
        this.totpSecretSealed = null;
    }

    void totpUsed(long step) {
        this.totpLastStep = step;
    }

    void recordSuccess(Instant now) {
        lastLoginAt = now;
    }
}
