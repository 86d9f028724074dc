package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Grade 6 by assignment: a pupil goes to the school whose zone holds his residence (the order the
 * schools were added does not matter), none when no zone does; the family answers only while the
 * confirmation window is open; a request moves the pupil only when granted.
 */
class AssignmentsTest {

    private static final Zones.Zone LE_QUY_DON = new Zones.Zone(10, "Trường THCS Lê Quý Đôn",
            List.of(new Zones.Area("Phường Xuân Hòa", List.of()), new Zones.Area("Phường Bàn Cờ", List.of("Cao Thắng"))));
    private static final Zones.Zone COLETTE = new Zones.Zone(11, "Trường THCS Colette",
            List.of(new Zones.Area("Phường Bàn Cờ", List.of()), new Zones.Area("Phường Xuân Hòa", List.of())));

    @Test
    void aPupilGoesToTheSchoolOfHisZoneAndNoneWhenNoZoneHoldsHim() {
        assertEquals(Optional.of(10L), Assignments.schoolFor(List.of(LE_QUY_DON), "phuong xuan hoa", "12 Võ Văn Tần"));
        assertEquals(Optional.of(10L), Assignments.schoolFor(List.of(LE_QUY_DON), "Phường Bàn Cờ", "5 Cao Thắng"));
        assertEquals(Optional.empty(), Assignments.schoolFor(List.of(LE_QUY_DON), "Phường Bàn Cờ", "5 Nguyễn Thiện Thuật"));
        assertEquals(Optional.empty(), Assignments.schoolFor(List.of(LE_QUY_DON), "Phường Tân Định", "1 Hai Bà Trưng"));
        assertEquals(Optional.empty(), Assignments.schoolFor(List.of(LE_QUY_DON), null, null));
    }

    @Test
    void whereTwoZonesMeetTheSchoolFirstByNameIsTakenWhateverTheOrder() {
        assertEquals(Optional.of(11L), Assignments.schoolFor(List.of(LE_QUY_DON, COLETTE), "Phường Xuân Hòa", "1 Pasteur"));
        assertEquals(Optional.of(11L), Assignments.schoolFor(List.of(COLETTE, LE_QUY_DON), "Phường Xuân Hòa", "1 Pasteur"));
    }

    @Test
    void theFamilyAnswersWhileConfirmationIsOpenAndTheDepartmentDecidesAfter() {
        Instant day = LocalDate.of(2027, 6, 1).atStartOfDay(Phases.ZONE).toInstant();
        Phases.Windows w = new Phases.Windows(day, day.plusSeconds(86_400 * 5 - 1), day.plusSeconds(86_400 * 6),
                day.plusSeconds(86_400 * 20 - 1), day.plusSeconds(86_400 * 27 - 1), day.plusSeconds(86_400 * 33),
                day.plusSeconds(86_400 * 43 - 1));
        Instant lastMinute = day.plusSeconds(86_400 * 20 - 60);
        Instant afterDeadline = day.plusSeconds(86_400 * 20);
        assertTrue(Phases.allows(w, Phases.Action.ANSWER_ASSIGNMENT, lastMinute));
        assertFalse(Phases.allows(w, Phases.Action.ANSWER_ASSIGNMENT, afterDeadline), "a confirmation after the deadline");
        assertTrue(Phases.allows(w, Phases.Action.DECIDE_ASSIGNMENT, afterDeadline));
        assertTrue(Phases.allows(w, Phases.Action.ASSIGN, day.plusSeconds(3600)));
        assertFalse(Phases.allows(w, Phases.Action.ASSIGN, afterDeadline), "no new assignment once families stop answering");
    }

    @Test
    void aRequestMovesThePupilOnlyWhenGranted() {
        Instant now = Instant.parse("2027-06-10T03:00:00Z");
        Assignment asked = Assignment.to(10, now, "admin").asked(11, "Gia đình chuyển nhà sang phường Bàn Cờ", now);
        assertEquals(Assignment.Status.ASKED, asked.getStatus());
        assertFalse(asked.getStatus().open(), "no second answer while the department decides");
        Assignment kept = asked.decided(false, "Trường đã đủ chỉ tiêu", now, "admin");
        assertEquals(10L, kept.getSiteId());
        assertTrue(kept.getStatus().open());
        Assignment moved = asked.decided(true, null, now, "admin");
        assertEquals(11L, moved.getSiteId());
        assertEquals(Assignment.Status.CONFIRMED, moved.confirmed(now).getStatus());
        assertEquals(11L, moved.confirmed(now).getSiteId());
    }
}
