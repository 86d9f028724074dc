package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = new WorkingDays(Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)));

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
    void holidaysComeFromConfiguration() {
        assertEquals(Set.of(LocalDate.of(2027, 1, 1)), WorkingCalendar.parse(" 2027-01-01 ,"));
    }
}
