package vn.edu.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.PersonalId;
import vn.edu.portal.admission.Sex;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteService;

/**
 * The shape of the generated city: levels and ownership in a large city's proportions, every
 * ward used, slugs valid and unique, the same school for the same number (a resumed run writes
 * what the first would have), articles spread over three years in the past, applications of
 * distinct children whose personal ID agrees with their birth date and sex.
 */
class CityPlanTest {

    private static final int SCHOOLS = 2000;

    @Test
    void twoThousandSchoolsOfEveryLevelOverTheWards() {
        Map<SchoolLevel, Integer> levels = new EnumMap<>(SchoolLevel.class);
        Map<SchoolLevel, Integer> privates = new EnumMap<>(SchoolLevel.class);
        Set<String> slugs = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> wards = new HashSet<>();
        for (int i = 0; i < SCHOOLS; i++) {
            CityPlan.School s = CityPlan.school(i);
            levels.merge(s.level(), 1, Integer::sum);
            if (s.ownership() == Ownership.PRIVATE) {
                privates.merge(s.level(), 1, Integer::sum);
            }
            assertTrue(SiteService.slugProblem(s.slug()).isEmpty(), s.slug());
            assertTrue(slugs.add(s.slug()), "slug twice: " + s.slug());
            names.add(s.name());
            wards.add(s.ward());
            assertTrue(s.address().contains(s.ward().substring(s.ward().indexOf(' ') + 1)), s.address());
            assertEquals(s, CityPlan.school(i), "the same school for the same number");
        }
        assertEquals(Map.of(SchoolLevel.PRESCHOOL, 900, SchoolLevel.PRIMARY, 500, SchoolLevel.LOWER_SECONDARY, 300,
                SchoolLevel.UPPER_SECONDARY, 300), levels);
        assertEquals(CityPlan.WARDS.size(), wards.size(), "every ward has schools");
        assertTrue(names.size() > SCHOOLS * 9 / 10, "names are mostly distinct: " + names.size());
        int preschoolPrivate = privates.getOrDefault(SchoolLevel.PRESCHOOL, 0);
        assertTrue(preschoolPrivate > 300 && preschoolPrivate < 420, "about 40 % of preschools private: " + preschoolPrivate);
        for (SchoolLevel level : List.of(SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY, SchoolLevel.UPPER_SECONDARY)) {
            int n = privates.getOrDefault(level, 0);
            assertTrue(n > levels.get(level) / 20 && n < levels.get(level) / 5, level + ": about 10 % private: " + n);
        }
    }

    @Test
    void articlesSpreadOverThreeYearsInThePastWithTitlesUniqueInTheirSchool() {
        Instant now = Instant.parse("2026-12-05T02:00:00Z");
        for (int school : List.of(0, 9, 1999)) {
            Set<String> titles = new HashSet<>();
            Instant previous = now;
            for (int k = 0; k < 200; k++) {
                Instant at = CityPlan.publishedAt(school, k, 200, now);
                assertTrue(at.isBefore(previous), "newest first");
                assertTrue(at.isAfter(now.minus(Duration.ofDays(3 * 365 + 1))), "within three years: " + at);
                previous = at;
                DemoArticles.Sample sample = CityPlan.sample(CityPlan.level(school), k);
                assertTrue(titles.add(CityPlan.articleTitle(sample, at, k)));
            }
        }
        assertTrue(CityPlan.sample(SchoolLevel.PRESCHOOL, 3).title() != null);
    }

    @Test
    void documentNumbersAreUniqueInTheirSchoolAndIssuedInThePast() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        CityPlan.School school = CityPlan.school(17);
        Set<String> numbers = new HashSet<>();
        for (int k = 0; k < 10; k++) {
            CityPlan.Document d = CityPlan.document(school, k, 10, today);
            assertTrue(numbers.add(d.number()));
            assertTrue(d.number().length() <= 60);
            assertTrue(d.issuedOn().isBefore(today) && d.issuedOn().isAfter(today.minusYears(3).minusDays(1)), d.toString());
        }
    }

    @Test
    void disclosureSharesFromNothingToEverything() {
        int[] shares = new int[4];
        for (int i = 0; i < 100; i++) {
            shares[CityPlan.disclosureShare(i)]++;
        }
        assertEquals(10, shares[0]);
        assertEquals(30, shares[1]);
        assertEquals(20, shares[2]);
        assertEquals(40, shares[3]);
        assertTrue(CityPlan.disclosed(3, 5));
        assertTrue(CityPlan.disclosed(1, 1));
        assertFalse(CityPlan.disclosed(1, 3));
        assertTrue(CityPlan.disclosed(2, 3));
        assertFalse(CityPlan.disclosed(0, 1));
    }

    @Test
    void applicationsAreDistinctChildrenSplitOverThePrimarySchools() {
        int primaries = 450;
        int total = 200_000;
        int sum = 0;
        for (int p = 0; p < primaries; p++) {
            int first = CityPlan.firstSerial(p, primaries, total);
            assertTrue(p == 0 || first >= CityPlan.firstSerial(p - 1, primaries, total)
                    + CityPlan.applicationsFor(p - 1, primaries, total), "no school takes another's serials: " + p);
            assertEquals(first, CityPlan.firstSerial(p, primaries, 20_000),
                    "a run resumed with another total continues the school's own serials: " + p);
            assertTrue(first + CityPlan.applicationsFor(p, primaries, total) <= 1_000_000, "six digits");
            sum += CityPlan.applicationsFor(p, primaries, total);
        }
        assertEquals(total, sum);
        Set<String> ids = new HashSet<>();
        for (int serial = 0; serial < total; serial += 97) {
            Map<String, String> v = CityPlan.application(serial, 2021, "Phường Bến Thành");
            assertTrue(ids.add(v.get("personalId")));
            Sex sex = "FEMALE".equals(v.get("sex")) ? Sex.FEMALE : Sex.MALE;
            assertEquals(List.of(), PersonalId.check(v.get("personalId"), LocalDate.parse(v.get("birthDate")), sex, Set.of()),
                    v.toString());
        }
        assertEquals(v(7), v(7), "the same child for the same serial");
    }

    private static Map<String, String> v(int serial) {
        return CityPlan.application(serial, 2021, "Phường Bến Thành");
    }
}
