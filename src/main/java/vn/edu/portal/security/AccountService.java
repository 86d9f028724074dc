package vn.edu.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.Throttles;

/**
 * Staff accounts, their roles per site and password checks. Passwords are stored as PBKDF2
 * (HMAC-SHA512, 210,000 iterations ({@link HashStrength}), 32-byte salt). No account is ever locked: repeated failures
 * slow down (see {@code LoginGuard}); a password or second factor asked again before a sensitive
 * change ("re-authentication") gets growing delays of its own and every wrong one is audited.
 * Changing credentials ends the account's other sessions ({@link Account#getSessionEpoch()}).
 */
@ApplicationScoped
public class AccountService {

    /** Wrong current passwords before a sensitive change: three free, then doubling from 2 s to 5 min. */
    static final Throttles.Backoff REAUTH = Throttles.Backoff.of(3, Duration.ofSeconds(2), Duration.ofMinutes(5),
            Duration.ofDays(1));

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

    @Inject
    Throttles throttles;

    @Inject
    CommonPasswords commonPasswords;

    private SecretBox secrets;
    /** PBKDF2 iterations of a new hash ({@link HashStrength}). */
    private int iterations = HashStrength.ITERATIONS;

    @PostConstruct
    void init() {
        String key = config.get("portal.security.totp-key", config.get("portal.security.link-secret", ""));
        if (key.isBlank()) {
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            key = java.util.HexFormat.of().formatHex(random);
            if (!config.embeddedDatabase()) {
                java.util.logging.Logger.getLogger(AccountService.class.getName()).warning(
                        "Neither portal.security.totp-key nor portal.security.link-secret is set: second factors set up now"
                        + " will not survive a restart");
            }
        }
        secrets = new SecretBox(key);
        iterations = HashStrength.configured(config.getInt("portal.security.password.iterations", HashStrength.ITERATIONS));
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
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

    /**
     * A user name as typed, in the one form the look-up and every throttle keyed by name use: without
     * surrounding white space, in lower case. Only a name of the allowed shape can name an account, so
     * a name with a control or invisible character (which {@code trim()} or the database's collation
     * would drop) is no account at all, never a second name of one with its own count of failures.
     */
    public static String typedName(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Account> find(String username) {
        String name = typedName(username);
        if (!USERNAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", name)
                .getResultStream().findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * Checks a login: the password (against a decoy hash for unknown or disabled accounts, so timing
     * tells nothing), then, only if the password was right, the second factor's code, which then
     * works once. Every failure is the same {@code false}; nothing is locked.
     */
    @Transactional
    public boolean verifyLogin(String username, String password, String code) {
        Optional<Account> found = find(username).filter(Account::isActive);
        char[] given = (password == null ? "" : password).toCharArray();
        if (found.isEmpty()) {
            passwordHash.verify(given, decoyHash());
            return false;
        }
        Account account = found.get();
        if (!passwordHash.verify(given, account.getPasswordHash())) {
            return false;
        }
        if (HashStrength.weakerThan(account.getPasswordHash(), iterations)) {
            account.setPasswordHash(hash(password)); // made again as strong as configured (HashStrength)
        }
        Instant now = Instant.now();
        if (account.isTotpEnabled()) {
            var step = Totp.matchingStep(totpSecret(account), code, now.getEpochSecond());
            if (step.isEmpty() || step.getAsLong() <= account.getTotpLastStep()) {
                return false;
            }
            account.totpUsed(step.getAsLong());
        }
        account.recordSuccess(now);
        return true;
    }

    /**
     * Asks for the account's password again before a sensitive change (password, e-mail, second
     * factor). A wrong one is audited and counts towards growing delays; during a delay nothing is
     * checked. Throws with the message for {@code field}.
     */
    void reauthenticate(Account account, String password, String field, String ip) {
        String key = account.getUsername();
        Duration wait = throttles.delay("reauth", key, REAUTH);
        if (!wait.isZero()) {
            audit.recordSeparately(key, null, "account.reauth.delayed", null, ip);
            throw FieldErrors.of(field, "account.password.wait", Throttles.retryAfterSeconds(wait));
        }
        if (password == null || !passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            throttles.failed("reauth", key, REAUTH);
            audit.recordSeparately(key, null, "account.reauth.failed", null, ip);
            throw FieldErrors.of(field, "account.password.wrong");
        }
        throttles.forget("reauth", key);
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
     * An account an admin opens for a colleague: the password the admin typed serves the first login
     * only, where its owner must choose his own (ASVS 2.3.1: an initial secret never becomes the
     * long-term password; the admin who knows it cannot go on acting as the colleague).
     */
    @Transactional
    public Account createForColleague(long siteId, NewAccount input, Set<Role> allowedRoles, String actor, String ip) {
        Account account = create(siteId, input, allowedRoles, actor, ip, null);
        account.mustChangePassword(true);
        return account;
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
        String username = typedName(input.username());
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
        } else if (commonPasswords.isCommon(password)) {
            errors.add(field, "account.password.common");
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
        em.find(Account.class, accountId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE); // two removals at once: one counts after the other
        // The last role would leave an account no one sees or can give a role again, that still logs in: "Khóa" is the way.
        if (em.createQuery("select count(r) from SiteRole r where r.siteId = :s and r.accountId = :a", Long.class)
                .setParameter("s", siteId).setParameter("a", accountId).getSingleResult() <= 1) {
            throw FieldErrors.of("accounts", "account.revoke.last");
        }
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
        if (account.getUsername().equals(actor)) {
            // One's own password is changed giving the current one (changeOwnPassword), never set over it here.
            throw FieldErrors.of("resetAccount", "account.reset.self");
        }
        FieldErrors errors = new FieldErrors();
        checkPassword(password, account.getUsername(), "newPassword", errors);
        errors.throwIfAny();
        account.setPasswordHash(hash(password));
        // A password someone else knows: changed at the next login, and every session of the account ends now. The
        // second factor goes too (a phone lost, a key changed): the staff member turns it on anew after the login.
        account.mustChangePassword(true);
        boolean hadFactor = account.isTotpEnabled();
        account.totpOff();
        account.endSessions();
        audit.record(actor, siteId, "account.resetPassword", account.getUsername() + (hadFactor ? " (2FA off)" : ""), ip);
    }

    /**
     * A staff member changes his own password, giving the current one. Every other session of the
     * account ends (the caller starts this one afresh with the new epoch).
     */
    @Transactional
    public Account changeOwnPassword(long accountId, String current, String password, String ip) {
        Account account = em.find(Account.class, accountId);
        FieldErrors errors = new FieldErrors();
        checkPassword(password, account.getUsername(), "password", errors);
        errors.throwIfAny();
        reauthenticate(account, current, "current", ip);
        if (password.equals(current)) { // the current one was just verified: no second hash to compare with
            throw FieldErrors.of("password", "account.password.same");
        }
        account.setPasswordHash(hash(password));
        account.mustChangePassword(false);
        account.endSessions();
        audit.record(account.getUsername(), null, "account.changePassword", account.getUsername(), ip);
        return account;
    }

    /** A staff member changes his own e-mail address (where password reset links go), giving his password. */
    @Transactional
    public void changeOwnEmail(long accountId, String password, String email, String ip) {
        Account account = em.find(Account.class, accountId);
        String clean = email == null ? "" : email.strip();
        if (clean.isEmpty() || clean.length() > 200 || !EMAIL.matcher(clean).matches()) {
            throw FieldErrors.of("email", "validation.email");
        }
        reauthenticate(account, password, "emailPassword", ip);
        account.setEmail(clean);
        audit.record(account.getUsername(), null, "account.changeEmail", null, ip);
    }

    /** Sets a new password through a reset link: every session of the account ends. */
    @Transactional
    void resetOwnPassword(Account account, String password, String ip) {
        FieldErrors errors = new FieldErrors();
        checkPassword(password, account.getUsername(), "password", errors);
        errors.throwIfAny();
        account.setPasswordHash(hash(password));
        account.mustChangePassword(false);
        account.endSessions();
        audit.record(account.getUsername(), null, "account.resetPassword.self", account.getUsername(), ip);
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

    /** A new secret for the account, not in force until a code from it is confirmed; asks for the password first. */
    @Transactional
    public String startTotp(long accountId, String password, String ip) {
        Account account = em.find(Account.class, accountId);
        reauthenticate(account, password, "password", ip);
        String secret = Totp.newSecret();
        account.totpPending(secrets.seal(secret));
        return secret;
    }

    /** Turns the second factor on with a code from the app; the account's other sessions end. */
    @Transactional
    public Account confirmTotp(long accountId, String code, String ip) {
        Account account = em.find(Account.class, accountId);
        String secret = totpSecret(account);
        var step = Totp.matchingStep(secret, code, Instant.now().getEpochSecond());
        if (secret == null || account.isTotpEnabled() || step.isEmpty()) {
            throw FieldErrors.of("code", "totp.code.wrong");
        }
        account.totpOn(step.getAsLong());
        account.endSessions();
        audit.record(account.getUsername(), null, "account.totp.on", null, ip);
        return account;
    }

    /** Turning the second factor off needs the password, so a session left open is not enough. */
    @Transactional
    public Account disableTotp(long accountId, String password, String ip) {
        Account account = em.find(Account.class, accountId);
        reauthenticate(account, password, "password", ip);
        account.totpOff();
        account.endSessions();
        audit.record(account.getUsername(), null, "account.totp.off", null, ip);
        return account;
    }

    /** The account's TOTP secret, opened from its sealed form (or as stored before sealing existed). */
    String totpSecret(Account account) {
        String open = secrets.open(account.getTotpSecretSealed());
        return open != null ? open : account.getClearTotpSecret();
    }

    /** At start-up: secrets stored in clear before they were sealed are sealed now. Returns how many. */
    @Transactional
    public int sealTotpSecrets() {
        List<Account> clear = em.createQuery("select a from Account a where a.totpSecret is not null", Account.class)
                .getResultList();
        clear.forEach(a -> a.sealTotpSecret(secrets.seal(a.getClearTotpSecret())));
        return clear.size();
    }
}
