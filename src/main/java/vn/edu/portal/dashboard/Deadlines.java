package vn.edu.portal.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import vn.edu.portal.platform.WorkingDays;

/**
 * Open requests counted against their time limits: late once the due day has passed (a request
 * due on Friday and still open on Saturday is late), due soon when the due day is today or the
 * next working day of the portal's calendar ({@link WorkingDays}: weekends and holidays skipped).
 */
public record Deadlines(long open, long dueSoon, long late) {

    public static final Deadlines NONE = new Deadlines(0, 0, 0);

    public static boolean late(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Due today or on the next working day, and not late. */
    public static boolean dueSoon(LocalDate dueOn, LocalDate today, WorkingDays calendar) {
        return !late(dueOn, today) && calendar.remaining(today, dueOn) <= 1;
    }

    public static Deadlines count(Collection<LocalDate> dueDays, LocalDate today, WorkingDays calendar) {
        long soon = 0;
        long late = 0;
        for (LocalDate due : dueDays) {
            if (late(due, today)) {
                late++;
            } else if (dueSoon(due, today, calendar)) {
                soon++;
            }
        }
        return new Deadlines(dueDays.size(), soon, late);
    }

    public long getOpen() { return open; }
    public long getDueSoon() { return dueSoon; }
    public long getLate() { return late; }
}
