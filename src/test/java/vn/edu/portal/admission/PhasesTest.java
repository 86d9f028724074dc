package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.Phases.Action;
import vn.edu.portal.admission.Phases.Phase;
import vn.edu.portal.platform.FieldErrors;

/** The phase at each instant, by the clock in Asia/Ho_Chi_Minh, and which action each allows. */
class PhasesTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Phases.Windows ROUND = new Phases.Windows(start(2027, 6, 1), end(2027, 6, 10), start(2027, 7, 1),
            end(2027, 7, 10), end(2027, 7, 17), start(2027, 7, 25), end(2027, 8, 5));

    private static Instant start(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay(VN).toInstant();
    }

    private static Instant end(int y, int m, int d) {
        return LocalDate.of(y, m, d).plusDays(1).atStartOfDay(VN).toInstant().minusMillis(1);
    }

    private static Instant at(int m, int d, int hour, int minute) {
        return LocalDateTime.of(2027, m, d, hour, minute).atZone(VN).toInstant();
    }

    @Test
    void eachInstantHasOnePhaseAndTheyHandOverAtMidnightInVietnam() {
        assertEquals(Phase.PREPARATION, Phases.at(ROUND, at(5, 31, 23, 59)));
        assertEquals(Phase.REVIEW, Phases.at(ROUND, at(6, 1, 0, 0)));
        assertEquals(Phase.BEFORE_REGISTRATION, Phases.at(ROUND, at(6, 11, 0, 0)));
        assertEquals(Phase.REGISTRATION, Phases.at(ROUND, at(7, 1, 0, 0)));
        assertEquals(Phase.REGISTRATION, Phases.at(ROUND, at(7, 10, 23, 59)));
        assertEquals(Phase.VERIFICATION, Phases.at(ROUND, at(7, 11, 0, 0)));
        assertEquals(Phase.ALLOCATION, Phases.at(ROUND, at(7, 18, 0, 0)));
        assertEquals(Phase.RESULTS, Phases.at(ROUND, at(7, 25, 0, 0)));
        assertEquals(Phase.CLOSED, Phases.at(ROUND, at(8, 6, 0, 0)));
        // 23:30 UTC on 10 July is already 11 July in Vietnam.
        assertEquals(Phase.VERIFICATION, Phases.at(ROUND, Instant.parse("2027-07-10T17:30:00Z")));
    }

    @Test
    void everyActionOnlyInItsPhases() {
        assertTrue(Phases.allows(ROUND, Action.COMMIT, at(6, 20, 9, 0)));
        assertFalse(Phases.allows(ROUND, Action.COMMIT, at(7, 1, 0, 0)), "no commitment once registration has opened");
        assertTrue(Phases.allows(ROUND, Action.APPLY, at(7, 5, 9, 0)));
        assertFalse(Phases.allows(ROUND, Action.APPLY, at(7, 11, 0, 0)));
        assertTrue(Phases.allows(ROUND, Action.VERIFY, at(7, 15, 9, 0)));
        assertFalse(Phases.allows(ROUND, Action.VERIFY, at(7, 18, 9, 0)));
        assertFalse(Phases.allows(ROUND, Action.REVEAL, at(7, 15, 9, 0)), "no reveal while schools verify");
        assertTrue(Phases.allows(ROUND, Action.REVEAL, at(7, 18, 9, 0)));
        assertFalse(Phases.allows(ROUND, Action.ALLOCATE, at(7, 10, 9, 0)), "no allocation before the close");
        assertTrue(Phases.allows(ROUND, Action.PUBLISH, at(7, 20, 9, 0)));
        assertFalse(Phases.allows(ROUND, Action.CONFIRM_ENROLMENT, at(7, 24, 9, 0)));
        assertTrue(Phases.allows(ROUND, Action.CONFIRM_ENROLMENT, at(8, 5, 23, 0)));
        assertFalse(Phases.allows(ROUND, Action.RELEASE_SEATS, at(8, 5, 23, 0)));
        assertTrue(Phases.allows(ROUND, Action.RELEASE_SEATS, at(8, 6, 0, 0)));
        assertTrue(Phases.allows(ROUND, Action.REVIEW_CORRECTION, at(6, 10, 23, 0)));
        assertFalse(Phases.allows(ROUND, Action.REVIEW_CORRECTION, at(6, 11, 0, 0)));
    }

    @Test
    void aRefusalNamesTheActionItsDatesAndThePhaseNow() {
        FieldErrors e = assertThrows(FieldErrors.class, () -> Phases.require(ROUND, Action.APPLY, at(7, 12, 8, 0), "code"));
        FieldErrors.Error error = e.errors().get("code");
        assertEquals("admission.phase.refused", error.key());
        assertEquals(3, error.args().length);
        assertEquals("Nộp hồ sơ: chỉ thực hiện trong thời gian đăng ký, từ 01/07/2027 đến hết 10/07/2027. "
                + "Hiện nay đợt tuyển sinh đang ở giai đoạn: nhà trường xác minh hồ sơ.",
                vn.edu.portal.platform.Texts.get(vn.edu.portal.platform.PortalViewHandler.VIETNAMESE, error.key(), error.args()));
    }
}
