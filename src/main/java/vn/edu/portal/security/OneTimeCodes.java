package vn.edu.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import vn.edu.portal.platform.Throttles;

/**
 * Six-digit codes that prove an applicant can read the e-mail address he gave. A code belongs
 * to a purpose and a subject (a draft, an application) and an address; it expires after
 * {@link #LIFETIME}, allows {@link #MAX_TRIES} wrong tries, and works once. At most
 * {@link #MAX_PER_HOUR} codes are issued per subject in an hour; and, whatever the subject (a new
 * draft is a new subject), at most {@link #PER_EMAIL} codes go to one e-mail address for one purpose,
 * {@link #PER_EMAIL_ALL} for all, and
 * {@link #PER_ADDRESS} are asked for from one client address ({@link Throttles}, kinds
 * {@code mail-code-email} and {@code mail-code-address}), so the forms cannot be used to flood
 * anyone's mailbox.
 */
@ApplicationScoped
public class OneTimeCodes {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final int MAX_TRIES = 5;
    public static final int MAX_PER_HOUR = 5;
    /**
     * Codes one e-mail address receives for one purpose (a procedure's forms, a new application, each action on
     * an application), asked from one client address. One budget for all let anyone who knew a family's address
     * spend it on the open procedure forms, or on drafts of applications, and leave the family without a code for
     * a day; now a stranger spends his own address's, and only the budget for all ({@link #PER_EMAIL_ALL}) is shared.
     */
    public static final Throttles.Limit PER_EMAIL = Throttles.Limit.of(8, Duration.ofHours(24));
    /** Codes one e-mail address receives across every purpose: how much mail the forms can send anyone. */
    public static final Throttles.Limit PER_EMAIL_ALL = Throttles.Limit.of(30, Duration.ofHours(24));
    /**
     * Codes asked for from one client address. Generous: parents behind one carrier-grade NAT share
     * an address, and the first hours of an admission window bring most of the load.
     */
    public static final Throttles.Limit PER_ADDRESS = Throttles.Limit.of(60, Duration.ofHours(1));

    public enum Check { OK, WRONG, EXPIRED, TOO_MANY_TRIES, NONE }

    /** A code just issued: the plain code goes into the e-mail and nowhere else. */
    public record Issued(String code, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Throttles throttles;

    /**
     * A new code, or empty when too many were issued for this subject in the last hour, or to this
     * e-mail address or from this client address lately (nothing is sent then).
     *
     * @param clientAddress the web client asking; null only for codes the server makes for itself (the demo)
     */
    @Transactional
    public java.util.Optional<Issued> issue(String purpose, String subjectKey, String email, String clientAddress) {
        long recent = em.createQuery("select count(c) from OneTimeCode c where c.purpose = :p and c.subjectKey = :s"
                        + " and c.createdAt > :since", Long.class)
                .setParameter("p", purpose).setParameter("s", subjectKey)
                .setParameter("since", Instant.now().minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= MAX_PER_HOUR) {
            return java.util.Optional.empty();
        }
        String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (clientAddress != null && !throttles.peek("mail-code-address", clientAddress, PER_ADDRESS).isZero()
                || !throttles.peek("mail-code-email-all", address, PER_EMAIL_ALL).isZero()
                || !throttles.attempt("mail-code-email", address + "|" + purpose + "|" + clientAddress, PER_EMAIL).isZero()
                || !throttles.attempt("mail-code-email-all", address, PER_EMAIL_ALL).isZero()
                || clientAddress != null && !throttles.attempt("mail-code-address", clientAddress, PER_ADDRESS).isZero()) {
            return java.util.Optional.empty();
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant expires = Instant.now().plus(LIFETIME);
        em.persist(new OneTimeCode(purpose, subjectKey, address, hash(purpose, subjectKey, code), expires));
        return java.util.Optional.of(new Issued(code, expires));
    }

    /**
     * Checks a typed code against the latest code issued for the subject and address, or the one issued just
     * before it (within {@link #DOUBLE_PRESS}): a double tap on a slow phone sent two mails, and the family
     * typed the first one's code. Tries are counted on the latest, and the one before is taken only while the
     * tries on both are within {@link #MAX_TRIES} (each code had its own, and the earlier one was tried for free);
     * a code taken uses up both.
     */
    @Transactional
    public Check verify(String purpose, String subjectKey, String email, String typed) {
        List<OneTimeCode> latest = em.createQuery("select c from OneTimeCode c where c.purpose = :p"
                        + " and c.subjectKey = :s order by c.createdAt desc, c.id desc", OneTimeCode.class)
                .setParameter("p", purpose).setParameter("s", subjectKey).setMaxResults(2).getResultList();
        // Addresses as kept: trimmed, in lower case (one typed with a capital is the same mailbox).
        String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (latest.isEmpty() || latest.get(0).getUsedAt() != null
                || !latest.get(0).getEmail().strip().toLowerCase(java.util.Locale.ROOT).equals(address)) {
            return Check.NONE;
        }
        OneTimeCode code = latest.get(0);
        if (code.getTries() >= MAX_TRIES) {
            return Check.TOO_MANY_TRIES;
        }
        if (Instant.now().isAfter(code.getExpiresAt())) {
            return Check.EXPIRED;
        }
        code.tried();
        String clean = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!MessageDigest.isEqual(code.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                hash(purpose, subjectKey, clean).getBytes(StandardCharsets.US_ASCII))) {
            if (latest.size() == 2 && typedTheOneBefore(latest.get(0), latest.get(1), hash(purpose, subjectKey, clean), Instant.now())) {
                latest.get(1).used();
                code.used();
                return Check.OK;
            }
            return code.getTries() >= MAX_TRIES ? Check.TOO_MANY_TRIES : Check.WRONG;
        }
        code.used();
        return Check.OK;
    }

    /** How close together two codes count as one double press ({@link #verify}). */
    static final Duration DOUBLE_PRESS = Duration.ofMinutes(1);

    /** Whether {@code typedHash} is the code issued just {@code before} the latest one, still to be taken ({@link #verify}). */
    static boolean typedTheOneBefore(OneTimeCode latestCode, OneTimeCode before, String typedHash, Instant now) {
        return before.getUsedAt() == null && before.getTries() + latestCode.getTries() <= MAX_TRIES
                && !now.isAfter(before.getExpiresAt()) && before.getEmail().equals(latestCode.getEmail())
                && !before.getCreatedAt().isBefore(latestCode.getCreatedAt().minus(DOUBLE_PRESS))
                && MessageDigest.isEqual(before.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                        typedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Codes sent to these addresses are deleted (the retention of what they proved is over). */
    @Transactional
    public int forget(java.util.Collection<String> emails) {
        int deleted = 0;
        for (String email : emails.stream().filter(e -> e != null && !e.isBlank()).distinct().toList()) {
            deleted += em.createQuery("delete from OneTimeCode c where c.email = :e").setParameter("e", email.strip())
                    .executeUpdate();
        }
        return deleted;
    }

    /** Codes that expired before {@code before} prove nothing any more: deleted with their addresses. */
    @Transactional
    public int purgeExpired(Instant before) {
        return em.createQuery("delete from OneTimeCode c where c.expiresAt < :b").setParameter("b", before).executeUpdate();
    }

    static String hash(String purpose, String subjectKey, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((purpose + "|" + subjectKey + "|" + code)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
