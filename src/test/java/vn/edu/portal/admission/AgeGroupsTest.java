package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;

/**
 * Preschool eligibility: the age in completed months on the reference date decides the group, around
 * each boundary (the reference date itself, the birth-month cut-off, the end of a month), and the
 * groups admitted first rank before every criterion in the allocation.
 */
class AgeGroupsTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 12, 31);

    private static AdmissionCampaign preschool(String groups, LocalDate reference) {
        AdmissionCampaign c = new AdmissionCampaign(1, 2026, "Tuyển sinh mầm non 2026–2027");
        c.setEntryGrade(EntryGrade.PRESCHOOL);
        c.setAgeGroups(groups);
        c.setAgeReference(reference);
        return c;
    }

    private static String group(AgeGroups groups, LocalDate birth, LocalDate reference) {
        return groups.groupOf(birth, reference).map(AgeGroups.Group::code).orElse("none");
    }

    @Test
    void theDefaultsGiveOneBirthYearAGroupOnTheThirtyFirstOfDecember() {
        AgeGroups groups = AgeGroups.of(preschool(null, null));
        assertEquals(REFERENCE, AgeGroups.reference(preschool(null, null)));
        assertEquals("MG5", group(groups, LocalDate.of(2021, 1, 1), REFERENCE));
        assertEquals("MG5", group(groups, LocalDate.of(2021, 12, 31), REFERENCE));
        assertEquals("MG4", group(groups, LocalDate.of(2022, 1, 1), REFERENCE));
        assertEquals("MG4", group(groups, LocalDate.of(2022, 12, 31), REFERENCE));
        assertEquals("MG3", group(groups, LocalDate.of(2023, 6, 15), REFERENCE));
        assertEquals("NT", group(groups, LocalDate.of(2024, 12, 31), REFERENCE));
        // Born in 2020: grade 1, not preschool; born in 2025: too young for any group.
        assertEquals("none", group(groups, LocalDate.of(2020, 12, 31), REFERENCE));
        assertEquals("none", group(groups, LocalDate.of(2025, 1, 1), REFERENCE));
        assertEquals(List.of("MG5"), groups.firstCodes());
    }

    @Test
    void monthsAreCompletedMonthsOnTheReferenceDate() {
        LocalDate reference = LocalDate.of(2026, 9, 5);
        assertEquals(60, AgeGroups.months(LocalDate.of(2021, 9, 5), reference));
        assertEquals(59, AgeGroups.months(LocalDate.of(2021, 9, 6), reference));
        // The birth-month cut-off: a month is completed when the day of the month comes round again, so a
        // child born on 31 January is a month old on 1 March, not on the last day of February.
        assertEquals(0, AgeGroups.months(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
        assertEquals(1, AgeGroups.months(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aDepartmentsOwnReferenceDateMovesTheBoundary() {
        // Counted on the first school day, 5 September 2026: a child born on 5 September 2021 is five, one born a day later four.
        AgeGroups groups = AgeGroups.of(preschool(null, LocalDate.of(2026, 9, 5)));
        LocalDate reference = AgeGroups.reference(preschool(null, LocalDate.of(2026, 9, 5)));
        assertEquals("MG5", group(groups, LocalDate.of(2021, 9, 5), reference));
        assertEquals("MG4", group(groups, LocalDate.of(2021, 9, 6), reference));
    }

    @Test
    void theFormRefusesAChildOfTheWrongAgeForTheChosenGroupAndNamesTheRightOne() {
        AdmissionCampaign round = preschool(null, null);
        FieldErrors errors = new FieldErrors();
        AgeGroups.check(round, LocalDate.of(2022, 3, 1), "MG5", errors);
        FieldErrors.Error e = errors.errors().get("ageGroup");
        assertEquals("admission.ageGroup.other", e.key());
        assertEquals(List.of("Mẫu giáo 5 tuổi", 57, "31/12/2026", "Mẫu giáo 4 tuổi"), List.of(e.args()));

        errors = new FieldErrors();
        AgeGroups.check(round, LocalDate.of(2020, 8, 1), "MG5", errors);
        assertEquals("admission.ageGroup.none", errors.errors().get("ageGroup").key());

        errors = new FieldErrors();
        AgeGroups.check(round, LocalDate.of(2022, 3, 1), "", errors);
        assertEquals("admission.ageGroup.required", errors.errors().get("ageGroup").key());

        errors = new FieldErrors();
        AgeGroups.check(round, LocalDate.of(2022, 3, 1), "MG4", errors);
        assertTrue(errors.isEmpty());
    }

    @Test
    void brokenLinesAreRefusedByLineAndTheGoodOnesRead() {
        FieldErrors errors = new FieldErrors();
        AgeGroups groups = AgeGroups.parse("MG5 | Mẫu giáo 5 tuổi | 60 | 71 | ưu tiên\nMG4 | Mẫu giáo 4 tuổi | bốn | 59\n"
                + "X | Trùng | 70 | 80\nNT | Nhà trẻ | 24 | 35 | first", errors, "ageGroups");
        assertEquals(List.of("MG5", "NT"), groups.groups().stream().map(AgeGroups.Group::code).toList());
        assertEquals("admission.ageGroups.line", errors.errors().get("ageGroups").key());
        assertEquals(2, errors.errors().get("ageGroups").args()[0]);
        assertEquals(List.of("MG5", "NT"), groups.firstCodes());

        FieldErrors overlap = new FieldErrors();
        AgeGroups.parse("A | Một | 10 | 20\nB | Hai | 20 | 30", overlap, "ageGroups");
        assertEquals("admission.ageGroups.overlap", overlap.errors().get("ageGroups").key());

        FieldErrors none = new FieldErrors();
        AgeGroups.parse("  \n", none, "ageGroups");
        assertEquals("admission.ageGroups.none", none.errors().get("ageGroups").key());
    }

    @Test
    void theTextIsWrittenBackNormalised() {
        AgeGroups groups = AgeGroups.parse(" mg5 |Mẫu giáo 5 tuổi| 60|71 | Ưu tiên ", new FieldErrors(), "ageGroups");
        assertEquals("MG5 | Mẫu giáo 5 tuổi | 60 | 71 | ưu tiên", groups.text());
        assertEquals(Optional.of("Mẫu giáo 5 tuổi"), groups.group("MG5").map(AgeGroups.Group::name));
        assertFalse(groups.group("MG4").isPresent());
    }

    @Test
    void fiveYearOldsRankBeforeEveryCriterionAtAPreschool() {
        // One seat; a four-year-old in the zone holding a criterion, a five-year-old outside it holding none:
        // the zone group comes first, then the five-year-olds, then the criteria.
        Map<String, Integer> seats = Map.of("mn", 2);
        List<PublishedAllocation.Row> rows = List.of(
                new PublishedAllocation.Row("a1", List.of("mn"), List.of(1), List.of("CON_THUONG_BINH"), false),
                new PublishedAllocation.Row("b2", List.of("mn"), List.of(1), List.of("MG5"), false),
                new PublishedAllocation.Row("c3", List.of("mn"), List.of(2), List.of("MG5", "CON_THUONG_BINH"), false));
        PublishedAllocation.Result r = PublishedAllocation.run(seats, List.of("MG5", "CON_THUONG_BINH"), "seed", rows, false);
        assertEquals("admitted", r.outcomes().get("a1").status());
        assertEquals("admitted", r.outcomes().get("b2").status());
        assertEquals("waiting", r.outcomes().get("c3").status());
        // One seat: of the two in the zone, the five-year-old before the four-year-old holding a criterion.
        PublishedAllocation.Result one = PublishedAllocation.run(Map.of("mn", 1), List.of("MG5", "CON_THUONG_BINH"), "seed",
                rows, false);
        assertEquals("admitted", one.outcomes().get("b2").status());
        assertEquals(Map.of("mn", 1), one.outcomes().get("a1").waiting());
    }
}
