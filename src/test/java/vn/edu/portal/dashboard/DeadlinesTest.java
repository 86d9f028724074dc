package vn.edu.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.WorkingDays;

/** Requests due or late, counted on the portal's working-day calendar. */
class DeadlinesTest {

    /** 30 April and 1 May 2027 are holidays; 1 May is a Saturday. */
    private static final WorkingDays CALENDAR = new WorkingDays(Set.of(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 3)));

    @Test
    void dueTodayOrOnTheNextWorkingDayIsSoonAPassedDueDayIsLate() {
        LocalDate wednesday = LocalDate.of(2027, 4, 21);
        Deadlines counts = Deadlines.count(List.of(
                wednesday.minusDays(1),          // due yesterday: late
                wednesday,                       // due today: soon
                wednesday.plusDays(1),           // due tomorrow: soon
                wednesday.plusDays(2),           // the day after: not yet
                wednesday.plusDays(9)), wednesday, CALENDAR);
        assertEquals(new Deadlines(5, 2, 1), counts);
    }

    @Test
    void onAFridayTheNextWorkingDayIsMondayAndHolidaysAreSkipped() {
        LocalDate friday = LocalDate.of(2027, 4, 23);
        assertEquals(new Deadlines(2, 1, 0),
                Deadlines.count(List.of(LocalDate.of(2027, 4, 26), LocalDate.of(2027, 4, 27)), friday, CALENDAR));
        // Thursday 29 April: Friday 30 April and Monday 3 May are holidays, so the next working day is Tuesday 4 May
        LocalDate thursday = LocalDate.of(2027, 4, 29);
        assertEquals(new Deadlines(3, 2, 0), Deadlines.count(List.of(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4),
                LocalDate.of(2027, 5, 5)), thursday, CALENDAR));
    }

    @Test
    void aRequestDueOnFridayAndStillOpenOnSaturdayIsLate() {
        LocalDate friday = LocalDate.of(2027, 4, 23);
        assertEquals(new Deadlines(1, 0, 1), Deadlines.count(List.of(friday), friday.plusDays(1), CALENDAR));
    }

    @Test
    void theArticlePaceReachesTheTargetOnTheLastDayOfTheSchoolYear() {
        LocalDate from = LocalDate.of(2026, 8, 1);
        LocalDate to = LocalDate.of(2027, 8, 1);
        assertEquals(1, Dashboard.expected(from, from, to));
        assertEquals(20, Dashboard.expected(LocalDate.of(2027, 1, 29), from, to));
        assertEquals(40, Dashboard.expected(LocalDate.of(2027, 7, 31), from, to));
        assertEquals(40, Dashboard.expected(LocalDate.of(2027, 9, 1), from, to));
    }
}
