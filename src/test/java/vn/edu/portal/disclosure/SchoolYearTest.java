package vn.edu.portal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import vn.edu.portal.platform.WorkingDays;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;

class SchoolYearTest {

    @Test
    void typedYearsAreParsedOrRefused() {
        assertEquals(2024, SchoolYear.parse("year", "2024–2025"));
        assertEquals(2024, SchoolYear.parse("year", " 2024 - 2025 "));
        assertEquals("disclosure.year.order", key(() -> SchoolYear.parse("year", "2026-2025")));
        assertEquals("disclosure.year.order", key(() -> SchoolYear.parse("year", "2026-2028")));
        assertEquals("disclosure.year.format", key(() -> SchoolYear.parse("year", "năm nay")));
        assertEquals("disclosure.year.range", key(() -> SchoolYear.parse("year", "2001-2002")));
        assertEquals("validation.required", key(() -> SchoolYear.parse("year", " ")));
    }

    @Test
    void currentYearTurnsInAugustAndSlugsRoundTrip() {
        assertEquals(2026, SchoolYear.current(LocalDate.of(2026, 11, 23)));
        assertEquals(2025, SchoolYear.current(LocalDate.of(2026, 7, 31)));
        assertEquals(2026, SchoolYear.fromSlug(SchoolYear.slug(2026)));
        assertEquals(-1, SchoolYear.fromSlug("2026-2025"));
        assertEquals(LocalDate.of(2026, 12, 8), WorkingDays.WEEKDAYS.add(LocalDate.of(2026, 11, 24), 10));
    }

    private static String key(Runnable r) {
        FieldErrors e = assertThrows(FieldErrors.class, r::run);
        return e.errors().get("year").key();
    }
}
