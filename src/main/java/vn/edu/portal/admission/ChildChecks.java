package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Throttles;

/**
 * The first step of the application form answers questions about a real child: whether it has an
 * application in the round (by the number alone), whether it is on the grade-5 list (by the number alone), and
 * whether a name, a date of birth or a sex is the one of its imported record. Only the last can be guessed at
 * (the days of the year a number's birth year gives), so it is the one counted per child and round, ten an hour
 * ({@code portal.throttle.admission-child}). When a child's ten are used up the record is not compared at this step:
 * it passes on its own checks. The submit (after the e-mail proof) compares and tells nobody: an application whose
 * record disagrees is taken without the child's place and marked for the school ({@link
 * AdmissionApplication#isRecordUnchecked()}), so a stranger who knew only the number can neither block the family
 * nor learn anything from the answer. A stranger who knew a child's number could use up its ten and, when an eleventh
 * was refused, keep the family from applying online for the whole window (finding 194 of security.md).
 * <p>
 * Every check is counted per client address too ({@code portal.throttle.admission-child-address}, 600 in ten
 * minutes, the look-ups' limit: families share an operator's address on the morning): each serial number tried is
 * another child, so the limit per child alone let one visitor try the serials of a known name, year and sex until
 * the record said the name matched.
 */
@ApplicationScoped
public class ChildChecks {

    /** What the first step may do for the child typed. */
    public enum Answer {
        /** Compare with the record (counted). */
        COMPARE,
        /** The child's comparisons are used up: pass without comparing, mark the application for the school. */
        WITHOUT_RECORD,
        /** The client address has asked too much: refused next to the number. */
        REFUSED
    }

    /** The draft's mark that its child was not compared with the record (a value the server writes, never a field). */
    static final String UNCOMPARED = "_recordUncompared";
    static final String KIND = "admission-child";
    static final Throttles.Limit LIMIT = Throttles.Limit.of(10, Duration.ofHours(1));
    static final String BY_ADDRESS = "admission-child-address";
    static final Throttles.Limit ADDRESS_LIMIT = Throttles.Limit.of(600, Duration.ofMinutes(10));

    @Inject
    Throttles throttles;

    /** Counts one check of the child of {@code typedId} asked from {@code ip}; refused next to the number when the address has none left. */
    Answer ask(AdmissionCampaign campaign, String typedId, String ip, FieldErrors errors) {
        String id = PersonalId.normalise(typedId);
        if (id.isEmpty()) {
            return Answer.COMPARE;
        }
        Duration wait = throttles.exempt(ip) ? Duration.ZERO : throttles.attempt(BY_ADDRESS, String.valueOf(ip), ADDRESS_LIMIT);
        if (!wait.isZero()) {
            // Never more minutes than the window the message names ("in ten minutes", then "try again in 11 minutes").
            errors.add("personalId", "admission.child.tooManyFromAddress",
                    Math.max(1, Math.min(ADDRESS_LIMIT.window().toMinutes(), (wait.toSeconds() + 59) / 60)));
            return Answer.REFUSED;
        }
        return throttles.attempt(KIND, campaign.getId() + ":" + id, LIMIT).isZero() ? Answer.COMPARE : Answer.WITHOUT_RECORD;
    }
}
