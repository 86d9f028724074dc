package vn.edu.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.platform.Throttles;
import vn.edu.portal.platform.TooManyAttempts;

/**
 * The guard of every public look-up by a code and a secret (an application or a request by its
 * code and e-mail or ID, a reviewed record by its ID and a mailed code): each look-up counts
 * against a limit per subject (the code or number asked about) and per client address, and is
 * written to the audit log, found or not. A refusal says how long to wait (429, Retry-After). A
 * subject that is empty (what was typed is not in a code's form, so it matches nothing) counts
 * against the address's limit only.
 * Limits: {@code portal.throttle.lookup-subject} (10 an hour) and
 * {@code portal.throttle.lookup-address} (600 in 10 minutes: many families share one address
 * behind a mobile operator's NAT), except for the addresses {@link Throttles#exempt exempted} by
 * configuration.
 */
@ApplicationScoped
public class LookupGuard {

    public static final String BY_SUBJECT = "lookup-subject";
    public static final String BY_ADDRESS = "lookup-address";
    static final Throttles.Limit SUBJECT_LIMIT = Throttles.Limit.of(10, Duration.ofHours(1));
    static final Throttles.Limit ADDRESS_LIMIT = Throttles.Limit.of(600, Duration.ofMinutes(10));

    @Inject
    Throttles throttles;

    @Inject
    AuditLog audit;

    @Inject
    vn.edu.portal.platform.Metrics metrics;

    /**
     * Counts a look-up of {@code subject} from {@code ip}, or refuses it (audited) when either
     * limit is reached. {@code kind} names the look-up in the audit log (e.g. {@code admission.lookup}).
     */
    public void count(String kind, String subject, String ip) {
        limit(kind, subject, ip, true);
    }

    /** The subject's limit (counted, or only read), then the address's (counted); refused if either is reached. */
    private void limit(String kind, String subject, String ip, boolean countSubject) {
        // An empty subject (a code not in a code's form) names nothing that could be guessed: counted
        // per address only. In one bucket, the mistyped codes of every family would share ten an hour.
        Duration wait = subject == null || subject.isBlank() ? Duration.ZERO
                : countSubject ? throttles.attempt(BY_SUBJECT, kind + ":" + subject, SUBJECT_LIMIT)
                : throttles.peek(BY_SUBJECT, kind + ":" + subject, SUBJECT_LIMIT);
        if (wait.isZero() && !throttles.exempt(ip)) {
            wait = throttles.attempt(BY_ADDRESS, String.valueOf(ip), ADDRESS_LIMIT);
        }
        metrics.count(vn.edu.portal.platform.MetricNames.LOOKUPS, vn.edu.portal.platform.MetricNames.LOOKUPS_HELP,
                "kind", kind, "outcome", wait.isZero() ? "counted" : "throttled");
        if (!wait.isZero()) {
            audit.recordSeparately("public", null, kind + ".throttled", subject, ip);
            throw new TooManyAttempts(wait);
        }
    }

    /**
     * Checks a look-up whose answer needs a secret only the family has (the e-mail address or the
     * child's ID number beside the code), or refuses it (audited) when the code's limit is reached:
     * counted per client address now, and per code only if it fails ({@link #outcome}). Tries of
     * secrets are what the limit is for; before, the family's own look-ups and papers counted too,
     * and the eleventh of an hour locked a family out of its own request while the school waited
     * for its papers. Checks made at the same instant may each pass before their failures count.
     */
    public void check(String kind, String subject, String ip) {
        limit(kind, subject, ip, false);
    }

    /** The outcome of a look-up {@link #check checked} before: audited, and a failure counted against the code. */
    public void outcome(String kind, Long siteId, String subject, boolean found, String ip) {
        if (!found && subject != null && !subject.isBlank()) {
            throttles.attempt(BY_SUBJECT, kind + ":" + subject, SUBJECT_LIMIT);
        }
        audited(kind, siteId, subject, found, ip);
    }

    /** Writes the look-up's outcome to the audit log. */
    public void audited(String kind, Long siteId, String subject, boolean found, String ip) {
        audit.recordSeparately("public", siteId, kind, subject + (found ? " found" : " none"), ip);
    }
}
