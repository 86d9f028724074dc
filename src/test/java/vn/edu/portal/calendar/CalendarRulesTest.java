package vn.edu.portal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;

/** The department's holiday list refuses what cannot be true, and says why in Vietnamese. */
class CalendarRulesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static CalendarEntry entry(CalendarEntry.Kind kind, String name, LocalDate first, LocalDate last) {
        CalendarEntry e = new CalendarEntry(kind);
        e.set(kind, first, last, name, null, "test");
        return e;
    }

    private static String refusal(CalendarEntry.Kind kind, LocalDate first, LocalDate last, List<CalendarEntry> others) {
        FieldErrors errors = new FieldErrors();
        CalendarService.check(errors, kind, first, last, others);
        assertEquals(1, errors.errors().size(), "one refusal: " + errors.errors().keySet());
        FieldErrors.Error error = errors.errors().values().iterator().next();
        return Texts.get(VI, error.key(), error.args());
    }

    private final List<CalendarEntry> tet = List.of(entry(CalendarEntry.Kind.HOLIDAY, "Tết Nguyên đán Đinh Mùi",
            LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 10)));

    @Test
    void aReversedRangeIsRefused() {
        assertEquals("Khoảng ngày bị ngược: ngày kết thúc (01/02/2027) ở trước ngày bắt đầu (05/02/2027).",
                refusal(CalendarEntry.Kind.HOLIDAY, LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 1), List.of()));
    }

    @Test
    void anOverlappingRangeIsRefusedNamingTheOther() {
        assertEquals("Trùng với \"Tết Nguyên đán Đinh Mùi\" (04/02/2027 – 10/02/2027) đã có trong lịch. Hãy sửa mục đó"
                        + " thay vì thêm mục mới.",
                refusal(CalendarEntry.Kind.HOLIDAY, LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 12), tet));
        assertTrue(refusal(CalendarEntry.Kind.WORKDAY, LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 6), tet)
                .startsWith("Trùng với"), "a make-up day inside a holiday contradicts it");
    }

    @Test
    void aMakeUpWorkingDayMustBeAWeekendDay() {
        assertEquals("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: ngày 03/02/2027 vốn đã là ngày làm việc.",
                refusal(CalendarEntry.Kind.WORKDAY, LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 3), tet));
    }

    @Test
    void aRangeLongerThanAMonthIsRefused() {
        assertTrue(refusal(CalendarEntry.Kind.HOLIDAY, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 15), List.of())
                .startsWith("Một mục dài tối đa 31 ngày"));
    }

    @Test
    void adjacentRangesAndAWeekendMakeUpDayAreAccepted() {
        FieldErrors errors = new FieldErrors();
        CalendarService.check(errors, CalendarEntry.Kind.HOLIDAY, LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 11), tet);
        CalendarService.check(errors, CalendarEntry.Kind.WORKDAY, LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 20), tet);
        assertTrue(errors.isEmpty(), errors.errors().keySet().toString());
    }

    @Test
    void datesAreReadInBothForms() {
        assertEquals(LocalDate.of(2027, 2, 4), CalendarService.parseDay("04/02/2027"));
        assertEquals(LocalDate.of(2027, 2, 4), CalendarService.parseDay("4/2/2027"));
        assertEquals(LocalDate.of(2027, 2, 4), CalendarService.parseDay("2027-02-04"));
    }

    @Test
    void aTimeOfTwentyFourHoursIsRefusedAsATime() {
        vn.edu.portal.platform.FieldErrors errors = new vn.edu.portal.platform.FieldErrors();
        org.junit.jupiter.api.Assertions.assertNull(CalendarService.time(errors, "closes", "24:00"));
        org.junit.jupiter.api.Assertions.assertEquals("calendar.hours.format", errors.errors().get("closes").key());
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalTime.of(7, 30),
                CalendarService.time(new vn.edu.portal.platform.FieldErrors(), "opens", "7:30"));
    }
}
