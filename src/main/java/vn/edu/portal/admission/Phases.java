package vn.edu.portal.admission;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;

/**
 * The phases of an admission round, by the clock in Asia/Ho_Chi_Minh, and which action each
 * phase allows. The windows are those the department sets (data review, registration,
 * verification until, results on, enrolment until); the phase at an instant is the latest one
 * whose start has passed, so windows that share a day hand over in their order.
 *
 * <p>The lottery's steps sit between them: the commitment before registration opens (and
 * before the first application), the reveal and the allocation once verification has closed
 * (no school verifies knowing the draw), the publication before or on the results day.
 */
public final class Phases {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

    /** The windows of a round as instants (each "to" is the last millisecond of its day). */
    public record Windows(Instant reviewFrom, Instant reviewTo, Instant registrationFrom, Instant registrationTo,
            Instant verificationTo, Instant resultsAt, Instant enrolmentTo) {
    }

    /** Where a round stands; each has a name in the bundles ({@code admission.phase.name.*}). */
    public enum Phase {
        PREPARATION, REVIEW, BEFORE_REGISTRATION, REGISTRATION, VERIFICATION, ALLOCATION, RESULTS, CLOSED;

        public String key() {
            return "admission.phase.name." + name();
        }
    }

    /** What someone may do, and in which phases. */
    public enum Action {
        REVIEW_CORRECTION(EnumSet.of(Phase.REVIEW)),
        APPLY(EnumSet.of(Phase.REGISTRATION)),
        CORRECT(EnumSet.of(Phase.REGISTRATION)),
        WITHDRAW(EnumSet.of(Phase.REGISTRATION, Phase.VERIFICATION)),
        VERIFY(EnumSet.of(Phase.REGISTRATION, Phase.VERIFICATION)),
        COMMIT(EnumSet.of(Phase.PREPARATION, Phase.REVIEW, Phase.BEFORE_REGISTRATION)),
        // A department late for the results day may still finish: results appear when published.
        REVEAL(EnumSet.of(Phase.ALLOCATION, Phase.RESULTS)),
        ALLOCATE(EnumSet.of(Phase.ALLOCATION, Phase.RESULTS)),
        PUBLISH(EnumSet.of(Phase.ALLOCATION, Phase.RESULTS)),
        CONFIRM_ENROLMENT(EnumSet.of(Phase.RESULTS)),
        // A round by assignment (grade 6): the department assigns until registration closes, families answer
        // while it is open (its end is their deadline), the department decides requests until verification ends.
        ASSIGN(EnumSet.of(Phase.PREPARATION, Phase.REVIEW, Phase.BEFORE_REGISTRATION, Phase.REGISTRATION)),
        ANSWER_ASSIGNMENT(EnumSet.of(Phase.REGISTRATION)),
        DECIDE_ASSIGNMENT(EnumSet.of(Phase.REGISTRATION, Phase.VERIFICATION)),
        // A class with a programme of its own: ranked once registration for it has closed.
        RANK_SPECIAL(EnumSet.of(Phase.VERIFICATION)),
        RELEASE_SEATS(EnumSet.of(Phase.CLOSED));

        private final Set<Phase> phases;

        Action(Set<Phase> phases) {
            this.phases = phases;
        }

        public Set<Phase> phases() {
            return phases;
        }

        public String key() {
            return "admission.action." + name();
        }
    }

    private Phases() {
    }

    public static Phase at(Windows w, Instant now) {
        if (now.isAfter(w.enrolmentTo())) {
            return Phase.CLOSED;
        }
        if (!now.isBefore(w.resultsAt())) {
            return Phase.RESULTS;
        }
        if (now.isAfter(w.verificationTo())) {
            return Phase.ALLOCATION;
        }
        if (now.isAfter(w.registrationTo())) {
            return Phase.VERIFICATION;
        }
        if (!now.isBefore(w.registrationFrom())) {
            return Phase.REGISTRATION;
        }
        if (now.isAfter(w.reviewTo())) {
            return Phase.BEFORE_REGISTRATION;
        }
        if (!now.isBefore(w.reviewFrom())) {
            return Phase.REVIEW;
        }
        return Phase.PREPARATION;
    }

    public static boolean allows(Windows w, Action action, Instant now) {
        return action.phases().contains(at(w, now));
    }

    /**
     * Refuses {@code action} outside its phases: the message names the action, when it is allowed
     * (the phase and its dates) and the phase the round is in now.
     */
    public static void require(Windows w, Action action, Instant now, String field) {
        if (!allows(w, action, now)) {
            throw FieldErrors.of(field, "admission.phase.refused", new Texts.Key(action.key()),
                    new Texts.Key("admission.phase.when." + action.name(), dates(w, action)),
                    new Texts.Key(at(w, now).key()));
        }
    }

    /** The dates that bound an action's phases, as the refusal message shows them. */
    static Object[] dates(Windows w, Action action) {
        return switch (action) {
            case REVIEW_CORRECTION -> new Object[] {day(w.reviewFrom()), day(w.reviewTo())};
            case APPLY, CORRECT, ANSWER_ASSIGNMENT -> new Object[] {day(w.registrationFrom()), day(w.registrationTo())};
            case ASSIGN -> new Object[] {day(w.registrationTo())};
            case DECIDE_ASSIGNMENT -> new Object[] {day(w.registrationFrom()), day(w.verificationTo())};
            case RANK_SPECIAL -> new Object[] {day(w.registrationTo()), day(w.verificationTo())};
            case WITHDRAW, VERIFY -> new Object[] {day(w.registrationFrom()), day(w.verificationTo())};
            case COMMIT -> new Object[] {day(w.registrationFrom())};
            case REVEAL, ALLOCATE, PUBLISH -> new Object[] {day(w.verificationTo()), day(w.enrolmentTo())};
            case CONFIRM_ENROLMENT -> new Object[] {day(w.resultsAt()), day(w.enrolmentTo())};
            case RELEASE_SEATS -> new Object[] {day(w.enrolmentTo())};
        };
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }
}
