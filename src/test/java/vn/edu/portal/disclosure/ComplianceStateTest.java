package vn.edu.portal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.edu.portal.platform.WorkingDays;
import org.junit.jupiter.api.Test;
import vn.edu.portal.tenant.SchoolLevel;

/** Published, stale, late and missing, as the school and the department see them. */
class ComplianceStateTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final CatalogueItem item = new CatalogueItem("09/2024", 1, "1.1", "PRIMARY,LOWER_SECONDARY", ItemKind.TEXT,
            6, 30, 0, 10);

    private static DisclosureEntry published(int version, LocalDate on) {
        DisclosureEntry e = new DisclosureEntry(1, 2, 3, version);
        e.write("<p>x</p>", null, null, null, "t");
        e.publish(on.atStartOfDay(VN).toInstant());
        return e;
    }

    @Test
    void theDeadlineDecidesBetweenMissingAndLate() {
        assertEquals(LocalDate.of(2026, 6, 30), item.deadline(2026));
        assertEquals(DisclosureService.State.MISSING,
                DisclosureService.view(item, null, List.of(), LocalDate.of(2026, 6, 30), 2026, WorkingDays.WEEKDAYS).state());
        assertEquals(DisclosureService.State.LATE,
                DisclosureService.view(item, null, List.of(), LocalDate.of(2026, 7, 1), 2026, WorkingDays.WEEKDAYS).state());
        assertTrue(item.appliesTo(SchoolLevel.PRIMARY));
        assertFalse(item.appliesTo(SchoolLevel.PRESCHOOL));
    }

    @Test
    void aSchoolThatJoinsAfterTheDeadlineHasTheUpdateWindowFromItsFirstDay() {
        LocalDate joined = LocalDate.of(2026, 12, 7); // a Monday, long after 30 June
        var firstDay = DisclosureService.view(item, null, List.of(), joined, 2026, WorkingDays.WEEKDAYS, joined);
        assertEquals(DisclosureService.State.MISSING, firstDay.state(), "not late on its first day");
        assertEquals(LocalDate.of(2026, 12, 21), firstDay.deadline(), "ten working days from the day it joined");
        assertEquals(DisclosureService.State.MISSING, DisclosureService.view(item, null, List.of(), LocalDate.of(2026, 12, 21),
                2026, WorkingDays.WEEKDAYS, joined).state());
        assertEquals(DisclosureService.State.LATE, DisclosureService.view(item, null, List.of(), LocalDate.of(2026, 12, 22),
                2026, WorkingDays.WEEKDAYS, joined).state());
        assertEquals(LocalDate.of(2026, 6, 30), DisclosureService.view(item, null, List.of(), LocalDate.of(2026, 12, 22),
                2026, WorkingDays.WEEKDAYS, LocalDate.of(2025, 8, 1)).deadline(), "a school of old keeps the catalogue's day");
    }

    @Test
    void publishedOnTimeLateOrWithAnUpdateWaitingTooLong() {
        var onTime = DisclosureService.view(item, null, List.of(published(1, LocalDate.of(2026, 6, 1))),
                LocalDate.of(2026, 11, 1), 2026, WorkingDays.WEEKDAYS);
        assertEquals(DisclosureService.State.PUBLISHED, onTime.state());
        assertFalse(onTime.publishedLate());
        var late = DisclosureService.view(item, null, List.of(published(1, LocalDate.of(2026, 9, 1))),
                LocalDate.of(2026, 11, 1), 2026, WorkingDays.WEEKDAYS);
        assertEquals(DisclosureService.State.PUBLISHED, late.state());
        assertTrue(late.publishedLate());

        DisclosureEntry draft = new DisclosureEntry(1, 2, 3, 2);
        draft.write("<p>y</p>", null, null, null, "t");
        LocalDate changed = LocalDate.now(VN);
        List<DisclosureEntry> versions = List.of(draft, published(1, LocalDate.of(2026, 6, 1)));
        assertEquals(DisclosureService.State.PUBLISHED,
                DisclosureService.view(item, null, versions, WorkingDays.WEEKDAYS.add(changed, 10), 2026, WorkingDays.WEEKDAYS).state());
        var stale = DisclosureService.view(item, null, versions, WorkingDays.WEEKDAYS.add(changed, 10).plusDays(1), 2026, WorkingDays.WEEKDAYS);
        assertEquals(DisclosureService.State.STALE, stale.state());
        assertEquals(new DisclosureService.Summary(1, 1, 0, 0, 1),
                new DisclosureService().summary(List.of(stale)));
    }
}
