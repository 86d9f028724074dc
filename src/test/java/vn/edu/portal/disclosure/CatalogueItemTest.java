package vn.edu.portal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatalogueItemTest {

    /** The catalogue accepts 29/02 (a leap year has it): in other years the deadline is the month's last day. */
    @Test
    void aDeadlineOnTheTwentyNinthOfFebruaryIsTheMonthsLastDayInOtherYears() {
        CatalogueItem item = new CatalogueItem("TT09", 1, "x", "PRIMARY", ItemKind.TEXT, 2, 29, 1, 10);
        assertEquals(LocalDate.of(2028, 2, 29), item.deadline(2027));
        assertEquals(LocalDate.of(2027, 2, 28), item.deadline(2026));
        assertEquals(LocalDate.of(2027, 9, 30),
                new CatalogueItem("TT09", 1, "y", "PRIMARY", ItemKind.TEXT, 9, 30, 0, 10).deadline(2027));
    }
}
