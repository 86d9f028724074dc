package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = new WorkingDays(Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)));

    /** Tết Bính Ngọ 2026: Monday 16 to Friday 20 February off (with the weekends around, 14–22 February). */
    private static final Set<LocalDate> TET_2026 = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Formats.VIETNAM).toInstant();
    }

    @Test
    void weekendsAndHolidaysDoNotCount() {
        // Friday 28 August 2026 + 2 working days: Monday 31 August, then 1-2 September are holidays, Thursday 3rd.
        assertEquals(LocalDate.of(2026, 9, 3), calendar.add(LocalDate.of(2026, 8, 28), 2));
        assertEquals(LocalDate.of(2026, 11, 24), calendar.add(LocalDate.of(2026, 11, 23), 1));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 28)));
    }

    @Test
    void remainingDaysCountDownAndGoNegativeWhenLate() {
        LocalDate due = LocalDate.of(2026, 11, 27);
        assertEquals(4, calendar.remaining(LocalDate.of(2026, 11, 23), due));
        assertEquals(0, calendar.remaining(due, due));
        assertEquals(-1, calendar.remaining(LocalDate.of(2026, 11, 30), due), "the weekend after is not counted");
    }

    @Test
    void aRequestOnTheFridayEveningBeforeTetIsReceivedTheFirstWorkingDayAfterIt() {
        WorkingDays tet = new WorkingDays(TET_2026);
        Instant fridayEvening = at(2026, 2, 13, 19, 40);
        assertEquals(LocalDate.of(2026, 2, 23), tet.receivedOn(fridayEvening), "received on Monday 23 February");
        assertEquals(LocalDate.of(2026, 2, 26), tet.dueDate(fridayEvening, 3), "three working days after: Thursday 26");
        Instant fridayMorning = at(2026, 2, 13, 10, 0);
        assertEquals(LocalDate.of(2026, 2, 13), tet.receivedOn(fridayMorning));
        assertEquals(LocalDate.of(2026, 2, 25), tet.dueDate(fridayMorning, 3), "Monday 23, Tuesday 24, Wednesday 25");
        assertEquals(LocalDate.of(2026, 2, 23), tet.receivedOn(at(2026, 2, 17, 9, 0)), "on the first day of Tết itself");
        assertEquals(LocalDate.of(2026, 2, 12), tet.receivedOn(at(2026, 2, 12, 6, 15)), "before opening: that morning");
    }

    @Test
    void closingTimeIsTheDepartmentsSetting() {
        WorkingDays lateOffice = new WorkingDays(Set.of(), Set.of(),
                new WorkingDays.WorkingHours(LocalTime.of(8, 0), LocalTime.of(20, 0)));
        Instant evening = at(2026, 11, 23, 19, 0);
        assertEquals(LocalDate.of(2026, 11, 23), lateOffice.receivedOn(evening));
        assertEquals(LocalDate.of(2026, 11, 24), WorkingDays.WEEKDAYS.receivedOn(evening), "after 17:00 by default");
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        // A bridging Monday off (4 May 2026), worked back on Saturday 9 May.
        WorkingDays bridged = new WorkingDays(Set.of(LocalDate.of(2026, 5, 4)), Set.of(LocalDate.of(2026, 5, 9)),
                WorkingDays.WorkingHours.DEFAULT);
        assertTrue(bridged.isWorkingDay(LocalDate.of(2026, 5, 9)));
        assertFalse(bridged.isWorkingDay(LocalDate.of(2026, 5, 10)), "the Sunday after stays off");
        // Thursday 7 May + 2: Friday 8, Saturday 9 (worked).
        assertEquals(LocalDate.of(2026, 5, 9), bridged.add(LocalDate.of(2026, 5, 7), 2));
        assertEquals(LocalDate.of(2026, 5, 9), bridged.receivedOn(at(2026, 5, 9, 9, 30)), "received on the Saturday worked");
        assertEquals(LocalDate.of(2026, 5, 11), bridged.receivedOn(at(2026, 5, 9, 18, 0)), "after closing: Monday");
        assertEquals(2, bridged.remaining(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 9)));
    }

    @Test
    void aPauseForDocumentsStopsTheClockAndKeepsTheDaysUsed() {
        WorkingDays weekdays = WorkingDays.WEEKDAYS;
        Instant monday = at(2026, 11, 23, 10, 0);
        assertEquals(LocalDate.of(2026, 11, 26), weekdays.dueDate(monday, 3), "without a pause: Thursday");

        // Asked for documents on Tuesday afternoon: Tuesday is used, two days are left.
        Instant asked = at(2026, 11, 24, 14, 0);
        WorkingDays.Deadline waiting = weekdays.deadline(monday, 3, List.of(new WorkingDays.Pause(asked, null)));
        assertTrue(waiting.paused());
        assertNull(waiting.due(), "no due day while the school waits");
        assertEquals(2, waiting.daysLeft());
        assertEquals(asked, waiting.pausedSince());

        // The parent answers on Thursday evening: received Friday, two working days after it.
        WorkingDays.Deadline resumed = weekdays.deadline(monday, 3,
                List.of(new WorkingDays.Pause(asked, at(2026, 11, 26, 20, 0))));
        assertFalse(resumed.paused());
        assertEquals(LocalDate.of(2026, 12, 1), resumed.due(), "Monday 30 November, Tuesday 1 December");
        assertEquals(LocalDate.of(2026, 11, 23), resumed.receivedOn());

        // Asked at 6 a.m. on Tuesday, before the office opened: only Monday's reception day, nothing used.
        WorkingDays.Deadline early = weekdays.deadline(monday, 3,
                List.of(new WorkingDays.Pause(at(2026, 11, 24, 6, 0), at(2026, 11, 24, 15, 0))));
        assertEquals(LocalDate.of(2026, 11, 27), early.due(), "received again Tuesday, three days: Friday");
    }

    @Test
    void twoPausesAndALateRequestStayLate() {
        WorkingDays weekdays = WorkingDays.WEEKDAYS;
        Instant monday = at(2026, 11, 23, 10, 0);
        List<WorkingDays.Pause> two = List.of(
                new WorkingDays.Pause(at(2026, 11, 30, 9, 0), at(2026, 11, 30, 16, 0)),
                new WorkingDays.Pause(at(2026, 11, 24, 9, 0), at(2026, 11, 24, 16, 0)));
        // 5 days: Tuesday 24 used (1), received again Tuesday; Wed, Thu, Fri, Mon 30 used (4 more = 5)
        // before the second pause began on Monday 30: the days ran out that day, none left after.
        assertEquals(LocalDate.of(2026, 11, 30), weekdays.deadline(monday, 5, two).due());
        // Asked only after the limit had passed: the due day stays the day the days ran out.
        WorkingDays.Deadline late = weekdays.deadline(monday, 2,
                List.of(new WorkingDays.Pause(at(2026, 12, 1, 9, 0), null)));
        assertFalse(late.paused());
        assertEquals(LocalDate.of(2026, 11, 25), late.due());
    }
}
