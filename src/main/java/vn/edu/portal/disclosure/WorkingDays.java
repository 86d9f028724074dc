package vn.edu.portal.disclosure;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days (Monday to Friday; public holidays are not counted out). */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
