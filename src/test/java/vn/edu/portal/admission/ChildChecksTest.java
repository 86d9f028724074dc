package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Throttles;

/** The first step's answers about a child, counted per child and per client address (finding 81 of security.md). */
class ChildChecksTest {

    private final ChildChecks checks = new ChildChecks();
    private final AdmissionCampaign round = TestRounds.of(EntryGrade.GRADE_1, 1);

    ChildChecksTest() {
        checks.throttles = Throttles.withClock(Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC));
    }

    /** Serial numbers of a known province, year and sex: each is another child, so only the address's limit stops them. */
    private static String serial(int n) {
        return "079220" + String.format("%06d", n);
    }

    @Test
    void oneVisitorTryingTheSerialsOfAKnownChildIsStoppedByTheAddressLimit() {
        for (int n = 0; n < ChildChecks.ADDRESS_LIMIT.attempts(); n++) {
            assertEquals(ChildChecks.Answer.COMPARE, checks.ask(round, serial(n), "203.0.113.7", new FieldErrors()), "try " + n);
        }
        FieldErrors errors = new FieldErrors();
        assertEquals(ChildChecks.Answer.REFUSED, checks.ask(round, serial(9999), "203.0.113.7", errors));
        assertEquals("admission.child.tooManyFromAddress", errors.errors().get("personalId").key());
        assertEquals(ChildChecks.Answer.COMPARE, checks.ask(round, serial(9999), "198.51.100.2", new FieldErrors()),
                "another address still answers");
    }

    /**
     * A child's record is compared ten times an hour from any addresses; then not at all, and nobody is refused: a
     * stranger who knows the number used up the ten and kept the family from applying (finding 194).
     */
    @Test
    void oneChildIsComparedTenTimesAnHourThenPassedWithoutTheRecordNeverRefused() {
        for (int n = 0; n < 10; n++) {
            assertEquals(ChildChecks.Answer.COMPARE, checks.ask(round, serial(1), "198.51.100." + n, new FieldErrors()));
        }
        FieldErrors errors = new FieldErrors();
        assertEquals(ChildChecks.Answer.WITHOUT_RECORD, checks.ask(round, serial(1), "198.51.100.99", errors));
        assertTrue(errors.isEmpty(), "no refusal: the family goes on, the school checks the papers");
    }
}
