package vn.edu.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalConfig;

/**
 * Staff accounts, their roles per site and password checks. Passwords are stored as PBKDF2
 * (HMAC-SHA512, 210,000 iterations, 32-byte salt); an account is locked for a while after
 * repeated failures.
 */
@ApplicationScoped
public class AccountService {

    public enum LoginOutcome { OK, INVALID, LOCKED }

    public record LoginResult(LoginOutcome outcome, long minutesLocked) {
    }

    /** What a new account needs; the role applies to one site. */
    public record NewAccount(String username, String fullName, String email, String password, Role role) {
    }

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    /** Hash of a random password, checked for unknown user names so that timing reveals nothing; made at the first login. */
    private volatile String decoyHash;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    PortalConfig config;

    @Inject
    AuditLog audit;

    @PostConstruct
    void init() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            synchronized (this) {
                if (decoyHash == null) {
                    decoyHash = passwordHash.generate(java.util.UUID.randomUUID().toString().toCharArray());
                }
                decoy = decoyHash;
            }
        }
        return decoy;
    }

    public String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** Minutes the account is still locked for, 0 if it may try. */
    public long minutesLocked(String username) {
        Instant now = Instant.now();
        return find(username).filter(a -> a.isLocked(now))
                .map(a -> Math.max(1, (a.getLockedUntil().getEpochSecond() - now.getEpochSecond() + 59) / 60))
                .orElse(0L);
    }

    /** Checks a password and records the attempt (failures count towards the lock). */
    @Transactional
    public LoginResult verify(String username, String password) {
        Optional<Account> found = find(username).filter(Account::isActive);
        if (found.isEmpty()) {
            passwordHash.verify(String.valueOf(password).toCharArray(), decoyHash());
            return new LoginResult(LoginOutcome.INVALID, 0);
        }
        Account account = found.get();
        Instant now = Instant.now();
        if (account.isLocked(now)) {
            return new LoginResult(LoginOutcome.LOCKED, minutesLocked(username));
        }
        if (password != null && passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            account.recordSuccess(now);
            return new LoginResult(LoginOutcome.OK, 0);
        }
        account.recordFailure(now, config.getInt("portal.security.login.max-failures", 5),
                config.getLong("portal.security.login.lock-minutes", 15));
        if (account.isLocked(now)) {
            audit.record(account.getUsername(), null, "account.locked", "too many failed logins", null);
            return new LoginResult(LoginOutcome.LOCKED, minutesLocked(username));
        }
        return new LoginResult(LoginOutcome.INVALID, 0);
    }

    public Set<Role> rolesOn(long accountId, long siteId) {
        List<Role> roles = em.createQuery(
                        "select r.role from SiteRole r where r.accountId = :a and r.siteId = :s", Role.class)
                .setParameter("a", accountId).setParameter("s", siteId).getResultList();
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isDepartmentAdmin(long accountId) {
        return !em.createQuery("select r.id from SiteRole r where r.accountId = :a and r.role = :role", Long.class)
                .setParameter("a", accountId).setParameter("role", Role.DEPARTMENT_ADMIN)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public boolean anyDepartmentAdmin() {
        return !em.createQuery("select r.id from SiteRole r where r.role = :role", Long.class)
                .setParameter("role", Role.DEPARTMENT_ADMIN).setMaxResults(1).getResultList().isEmpty();
    }

    /** Ids of the sites the account holds any role on. */
    public List<Long> siteIdsOf(long accountId) {
        return em.createQuery("select distinct r.siteId from SiteRole r where r.accountId = :a", Long.class)
                .setParameter("a", accountId).getResultList();
    }

    /** Of the given accounts, those holding roles on more than one site. */
    public java.util.Set<Long> sharedWithOtherSites(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("select r.accountId from SiteRole r where r.accountId in :ids "
                        + "group by r.accountId having count(distinct r.siteId) > 1", Long.class)
                .setParameter("ids", accountIds).getResultList());
    }

    /** The accounts holding a role on one site, with those roles. */
    public List<SiteRole> rolesOfSite(long siteId) {
        return em.createQuery("select r from SiteRole r where r.siteId = :s order by r.accountId, r.role",
                SiteRole.class).setParameter("s", siteId).getResultList();
    }

    public List<Account> accounts(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids order by a.username", Account.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * Creates an account with one role on one site. {@code allowedRoles} is what the caller may
     * grant there (a school admin cannot make department admins).
     */
    @Transactional
    public Account create(long siteId, NewAccount input, Set<Role> allowedRoles, String actor, String ip) {
        return create(siteId, input, allowedRoles, actor, ip, null);
    }

    /**
     * The same, with the password already hashed ({@code prehashed}, in the form {@link #hash}
     * gives): the demo's one password is hashed once when the portal is built, instead of once per
     * demo account at every start. The caller vouches that it is the hash of {@code input.password()}.
     */
    @Transactional
    public Account create(long siteId, NewAccount input, Set<Role> allowedRoles, String actor, String ip,
                          String prehashed) {
        FieldErrors errors = new FieldErrors();
        String username = input.username() == null ? "" : input.username().trim().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            errors.add("username", "validation.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "account.username.invalid");
        } else if (find(username).isPresent()) {
            errors.add("username", "account.username.taken");
        }
        String fullName = input.fullName() == null ? "" : input.fullName().strip();
        if (fullName.isEmpty()) {
            errors.add("fullName", "validation.required");
        } else if (fullName.length() > 120) {
            errors.add("fullName", "validation.tooLong", 120);
        }
        String email = input.email() == null ? "" : input.email().strip();
        if (!email.isEmpty() && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.add("email", "validation.email");
        }
        checkPassword(input.password(), username, "password", errors);
        if (input.role() == null) {
            errors.add("role", "validation.required");
        } else if (!allowedRoles.contains(input.role())) {
            errors.add("role", "account.role.notAllowed");
        }
        errors.throwIfAny();
        if (prehashed != null && !prehashed.startsWith("PBKDF2WithHmacSHA512:210000:")) {
            throw new IllegalArgumentException("not a hash of this portal's kind");
        }
        Account account = new Account(username, fullName, email.isEmpty() ? null : email,
                prehashed != null ? prehashed : hash(input.password()));
        em.persist(account);
        em.flush(); // the role row refers to the account; no JPA relation orders the inserts
        em.persist(new SiteRole(account.getId(), siteId, input.role()));
        audit.record(actor, siteId, "account.create", username + " (" + input.role() + ")", ip);
        return account;
    }

    public void checkPassword(String password, String username, String field, FieldErrors errors) {
        int min = config.getInt("portal.security.password.min-length", 10);
        if (password == null || password.isEmpty()) {
            errors.add(field, "validation.required");
        } else if (password.length() < min) {
            errors.add(field, "account.password.short", min);
        } else if (password.length() > 200) {
            errors.add(field, "validation.tooLong", 200);
        } else if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))
                && !username.isEmpty()) {
            errors.add(field, "account.password.containsUsername");
        }
    }

    /** Grants a further role on the same site to an account that already works there. */
    @Transactional
    public void grant(long siteId, long accountId, Role role, Set<Role> allowedRoles, String actor, String ip) {
        requireMember(siteId, accountId);
        if (!allowedRoles.contains(role)) {
            throw FieldErrors.of("role", "account.role.notAllowed");
        }
        if (!rolesOn(accountId, siteId).contains(role)) {
            em.persist(new SiteRole(accountId, siteId, role));
            audit.record(actor, siteId, "account.grant", username(accountId) + " +" + role, ip);
        }
    }

    /** Takes a role on this site away; roles on other sites are untouched. */
    @Transactional
    public void revoke(long siteId, long accountId, Role role, String actor, String ip) {
        requireMember(siteId, accountId);
        em.createQuery("delete from SiteRole r where r.siteId = :s and r.accountId = :a and r.role = :role")
                .setParameter("s", siteId).setParameter("a", accountId).setParameter("role", role).executeUpdate();
        audit.record(actor, siteId, "account.revoke", username(accountId) + " -" + role, ip);
    }

    /**
     * Disables or enables an account, or resets its password, on behalf of one site: allowed only
     * when the account works for that site alone, so no school reaches another's staff.
     */
    @Transactional
    public void setActive(long siteId, long accountId, boolean active, String actor, String ip) {
        Account account = requireOwnedBy(siteId, accountId);
        account.setActive(active);
        audit.record(actor, siteId, active ? "account.enable" : "account.disable", account.getUsername(), ip);
    }

    @Transactional
    public void resetPassword(long siteId, long accountId, String password, String actor, String ip) {
        Account account = requireOwnedBy(siteId, accountId);
        FieldErrors errors = new FieldErrors();
        checkPassword(password, account.getUsername(), "newPassword", errors);
        errors.throwIfAny();
        account.setPasswordHash(hash(password));
        audit.record(actor, siteId, "account.resetPassword", account.getUsername(), ip);
    }

    @Transactional
    public void changeOwnPassword(long accountId, String current, String password, String ip) {
        Account account = em.find(Account.class, accountId);
        FieldErrors errors = new FieldErrors();
        if (current == null || !passwordHash.verify(current.toCharArray(), account.getPasswordHash())) {
            errors.add("current", "account.password.wrong");
        }
        checkPassword(password, account.getUsername(), "password", errors);
        errors.throwIfAny();
        account.setPasswordHash(hash(password));
        audit.record(account.getUsername(), null, "account.changePassword", account.getUsername(), ip);
    }

    private void requireMember(long siteId, long accountId) {
        if (rolesOn(accountId, siteId).isEmpty()) {
            throw new SecurityException("account " + accountId + " does not work for site " + siteId);
        }
    }

    private Account requireOwnedBy(long siteId, long accountId) {
        requireMember(siteId, accountId);
        if (siteIdsOf(accountId).size() != 1) {
            throw FieldErrors.of("account", "account.sharedWithOtherSites");
        }
        return em.find(Account.class, accountId);
    }

    private String username(long accountId) {
        return find(accountId).map(Account::getUsername).orElse("#" + accountId);
    }

    // Second factor (TOTP)

    /** Whether the account asks for a code from an authenticator app at login. */
    public boolean totpEnabled(String username) {
        return find(username).map(Account::isTotpEnabled).orElse(false);
    }

    /**
     * Checks the code of an account with the second factor on; a code works once. A wrong code
     * counts as a failed login towards the lock.
     */
    @Transactional
    public boolean checkTotp(String username, String code) {
        Optional<Account> found = find(username).filter(Account::isTotpEnabled);
        if (found.isEmpty()) {
            return false;
        }
        Account account = found.get();
        var step = Totp.matchingStep(account.getTotpSecret(), code, Instant.now().getEpochSecond());
        if (step.isPresent() && step.getAsLong() > account.getTotpLastStep()) {
            account.totpUsed(step.getAsLong());
            return true;
        }
        account.recordFailure(Instant.now(), config.getInt("portal.security.login.max-failures", 5),
                config.getLong("portal.security.login.lock-minutes", 15));
        return false;
    }

    /** A new secret for the account, not yet in force until a code from it is confirmed. */
    @Transactional
    public String startTotp(long accountId) {
        Account account = em.find(Account.class, accountId);
        String secret = Totp.newSecret();
        account.totpPending(secret);
        return secret;
    }

    @Transactional
    public void confirmTotp(long accountId, String code, String ip) {
        Account account = em.find(Account.class, accountId);
        var step = Totp.matchingStep(account.getTotpSecret(), code, Instant.now().getEpochSecond());
        if (account.getTotpSecret() == null || step.isEmpty()) {
            throw FieldErrors.of("code", "totp.code.wrong");
        }
        account.totpOn(step.getAsLong());
        audit.record(account.getUsername(), null, "account.totp.on", null, ip);
    }

    /** Turning the second factor off needs the password, so a session left open is not enough. */
    @Transactional
    public void disableTotp(long accountId, String password, String ip) {
        Account account = em.find(Account.class, accountId);
        if (password == null || !passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            throw FieldErrors.of("password", "account.password.wrong");
        }
        account.totpOff();
        audit.record(account.getUsername(), null, "account.totp.off", null, ip);
    }
}
