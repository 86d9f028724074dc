package vn.edu.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Throttles;

/**
 * Staff who forgot their password set a new one through a link mailed to their account's address:
 * 256 random bits in the link, only its SHA-256 kept; valid {@link #LIFETIME}; works once (a new
 * link or a successful reset voids the others); every session of the account ends; each step is
 * audited. Whoever asks gets the same answer whether or not the name or address exists.
 */
@ApplicationScoped
public class PasswordResets {

    public static final Duration LIFETIME = Duration.ofMinutes(30);
    static final Throttles.Limit PER_ADDRESS = Throttles.Limit.of(10, Duration.ofHours(1));
    static final Throttles.Limit PER_ACCOUNT = Throttles.Limit.of(3, Duration.ofHours(1));
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    Throttles throttles;

    /**
     * Mails a reset link if {@code who} is the user name or e-mail address of an active account
     * with an address. Returns the wait when this address or name asked too often (nothing sent).
     *
     * @param linkBase the address the link starts with ({@code https://host}), without a trailing slash
     */
    @Transactional
    public Duration request(String who, String linkBase, String ip) {
        String typed = who == null ? "" : who.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || typed.length() > 200) {
            throw FieldErrors.of("who", "validation.required");
        }
        Duration wait = throttles.attemptAll("password-reset", PER_ADDRESS, "address:" + ip);
        Optional<Account> account = accounts.find(typed).or(() -> byEmail(typed)).filter(Account::isActive)
                .filter(a -> a.getEmail() != null && !a.getEmail().isBlank());
        if (wait.isZero()) {
            // Counted per account found, not per text typed: another spelling of the same account is no fresh count.
            wait = throttles.attempt("password-reset-account", account.map(a -> "#" + a.getId()).orElse(typed), PER_ACCOUNT);
        }
        if (!wait.isZero()) {
            audit.recordSeparately(shorten(typed), null, "account.reset.refused", "too many requests", ip);
            return wait;
        }
        if (account.isEmpty()) {
            audit.record(shorten(typed), null, "account.reset.unknown", null, ip);
            return Duration.ZERO;
        }
        Account a = account.get();
        voidLinks(a.getId(), Instant.now());
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new PasswordReset(a.getId(), hash(token), Instant.now().plus(LIFETIME), ip));
        notifier.email(null, a.getEmail(), Texts.get(PortalViewHandler.VIETNAMESE, "reset.mail.subject"),
                Texts.get(PortalViewHandler.VIETNAMESE, "reset.mail.body", a.getUsername(),
                        linkBase + "/dat-lai-mat-khau?t=" + token, LIFETIME.toMinutes()), "account.reset");
        audit.record(a.getUsername(), null, "account.reset.mailed", null, ip);
        return Duration.ZERO;
    }

    /** The account a link is for, while the link can still be used. */
    public Optional<String> usernameFor(String token) {
        return usable(token, false).flatMap(r -> accounts.find(r.getAccountId())).map(Account::getUsername);
    }

    /** Sets the new password through a link, once; every session of the account ends. */
    @Transactional
    public void complete(String token, String password, String ip) {
        PasswordReset reset = usable(token, true).orElseThrow(() -> {
            audit.recordSeparately("anonymous", null, "account.reset.refused", "link unknown, used or expired", ip);
            return FieldErrors.of("password", "reset.link.invalid");
        });
        Account account = accounts.find(reset.getAccountId()).filter(Account::isActive)
                .orElseThrow(() -> FieldErrors.of("password", "reset.link.invalid"));
        accounts.resetOwnPassword(account, password, ip);
        voidLinks(account.getId(), Instant.now());
    }

    private Optional<PasswordReset> usable(String token, boolean lock) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        var query = em.createQuery("select r from PasswordReset r where r.tokenHash = :h", PasswordReset.class)
                .setParameter("h", hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().filter(r -> r.usable(Instant.now()));
    }

    private void voidLinks(long accountId, Instant now) {
        List<PasswordReset> open = em.createQuery("select r from PasswordReset r where r.accountId = :a and r.usedAt is null",
                PasswordReset.class).setParameter("a", accountId).getResultList();
        open.forEach(r -> r.used(now));
    }

    private Optional<Account> byEmail(String email) {
        List<Account> found = em.createQuery("select a from Account a where lower(a.email) = :e", Account.class)
                .setParameter("e", email).setMaxResults(2).getResultList();
        // An address shared by two accounts names neither: the user name must be given.
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String shorten(String typed) {
        return typed.length() > 60 ? typed.substring(0, 60) : typed;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
