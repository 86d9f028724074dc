package vn.edu.portal.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Time limits counted in working days: Saturdays, Sundays and the holidays given do not count.
 * The portal's calendar (with the configured holidays) comes from {@link WorkingCalendar}.
 */
public record WorkingDays(Set<LocalDate> holidays) {

    /** Monday to Friday, no holidays. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(Set.of());

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The last day of a time limit of {@code days} working days starting the day after {@code start}. */
    public LocalDate add(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from {@code today} to {@code due}: positive while time is left, negative when late. */
    public int remaining(LocalDate today, LocalDate due) {
        if (!today.isAfter(due)) {
            int n = 0;
            for (LocalDate d = today.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    n++;
                }
            }
            return n;
        }
        int n = 0;
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n--;
            }
        }
        return n;
    }
}
