package vn.edu.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * The demo says what a school in force of the law would say, on the right day, in its level's
 * words: preschool news and procedures speak of children; news is dated by what it tells;
 * procedures cite the texts in force, the replaced ones say what replaced them; no form holds a
 * year and a former pupil is never asked for a class.
 */
class DemoContentTest {

    private static final Pattern NOT_PRESCHOOL = Pattern.compile("học sinh|chủ nhiệm|thầy và trò|khối đầu cấp|học bạ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])");

    @Test
    void preschoolNewsSpeaksOfChildren() {
        for (DemoArticles.Sample s : DemoArticles.samples(SchoolLevel.PRESCHOOL)) {
            String text = s.title() + " " + s.summary() + " " + s.body();
            assertFalse(NOT_PRESCHOOL.matcher(text).find(), s.title());
        }
        assertTrue(DemoArticles.samples(SchoolLevel.PRESCHOOL).stream().noneMatch(s -> s.category().equals("hoat-dong-doi")));
    }

    @Test
    void newsIsPublishedOnOrJustBeforeTheDayItTellsOf() {
        for (SchoolLevel level : List.of(SchoolLevel.PRESCHOOL, SchoolLevel.PRIMARY)) {
            for (DemoArticles.Sample s : DemoArticles.samples(level)) {
                Matcher m = DAY_MONTH.matcher(s.title() + " " + s.summary());
                while (m.find()) {
                    MonthDay told = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                    LocalDate publishedIn2027 = s.day().atYear(2027);
                    LocalDate toldIn2027 = told.atYear(2027);
                    assertTrue(!publishedIn2027.isAfter(toldIn2027) && publishedIn2027.plusDays(14).isAfter(toldIn2027),
                            s.title() + ": published " + s.day() + ", tells of " + told);
                }
            }
        }
    }

    @Test
    void aHolidayNoticeIsNeverDatedAfterTheHoliday() {
        DemoArticles.Sample notice = DemoArticles.SCHOOL.get(0);
        assertTrue(notice.title().contains("Quốc khánh"));
        assertEquals(LocalDate.of(2026, 8, 28), DemoArticles.publishedAt(notice, LocalDate.of(2026, 12, 5)).toLocalDate());
        assertEquals(LocalDate.of(2025, 8, 28), DemoArticles.publishedAt(notice, LocalDate.of(2026, 8, 20)).toLocalDate(),
                "before this year's notice is due, last year's");
        DemoArticles.Sample books = DemoArticles.SCHOOL.get(DemoArticles.SCHOOL.size() - 1);
        assertEquals(LocalDate.of(2026, 4, 21), DemoArticles.publishedAt(books, LocalDate.of(2026, 12, 5)).toLocalDate());
        for (DemoArticles.Sample s : DemoArticles.SCHOOL) {
            assertFalse(DemoArticles.publishedAt(s, LocalDate.of(2027, 3, 1)).toLocalDate().isAfter(LocalDate.of(2027, 3, 1)));
        }
    }

    @Test
    void pupilsAreBornTheYearTheirGradeSays() {
        assertEquals(LocalDate.of(2020, 5, 30), DemoProcedures.birthDate(2026, 1, "05-30"), "grade 1 of 2026–2027");
        assertEquals(LocalDate.of(2016, 1, 9), DemoProcedures.birthDate(2026, 5, "01-09"));
        assertEquals(LocalDate.of(2021, 5, 30), DemoProcedures.birthDate(2027, 1, "05-30"), "and a year later, a year later");
    }

    @Test
    void proceduresCiteTheTextsInForceLevelByLevel() {
        for (DemoProcedures.Definition d : DemoProcedures.DEFINITIONS) {
            String basis = d.legalBasis();
            boolean repealedBasis = basis.contains("81/2021") || basis.contains("97/2023");
            assertEquals(repealedBasis, d.replacedBy() != null && d.replacedBy().contains("238/2025"),
                    d.slug() + ": a procedure under the repealed fee decrees is shown replaced by Decree 238/2025");
            if (d.schoolLevel() == SchoolLevel.PRESCHOOL) {
                assertFalse(basis.contains("28/2020") || basis.contains("32/2020"), d.slug() + " cites a charter of another level");
                String words = d.name() + " " + d.applicants() + " " + d.steps() + " " + d.documents() + " " + d.result()
                        + d.sections().stream().flatMap(s -> s.fields().stream()).map(FormField::label).toList();
                assertFalse(NOT_PRESCHOOL.matcher(words).find(), d.slug() + ": " + words);
            }
            if (d.slug().startsWith("chuyen-truong")) {
                assertNotNull(d.schoolLevel(), "a transfer follows its level's rules");
                assertEquals(d.schoolLevel() == SchoolLevel.PRIMARY, basis.contains("Điều lệ trường tiểu học")
                        && basis.contains("Điều 36"), d.slug());
                assertEquals(d.schoolLevel() != SchoolLevel.PRIMARY, basis.contains("51/2002"), d.slug());
            }
        }
        DemoProcedures.Definition lowerDiploma = DemoProcedures.DEFINITIONS.stream()
                .filter(d -> d.slug().equals("ban-sao-van-bang")).findFirst().orElseThrow();
        assertTrue(lowerDiploma.replacedBy().contains("hiệu lực từ 01/01/2026"), "the lower-secondary diploma ended");
        assertTrue(DemoProcedures.DEFINITIONS.stream().anyMatch(d -> d.schoolLevel() == SchoolLevel.UPPER_SECONDARY
                && d.slug().startsWith("ban-sao") && d.replacedBy() == null), "diploma copies belong to upper-secondary schools");
    }

    @Test
    void noFormHoldsAYearAndAFormerPupilIsNotAskedForAClass() {
        for (DemoProcedures.Definition d : DemoProcedures.DEFINITIONS) {
            for (var section : d.sections()) {
                for (FormField f : section.fields()) {
                    if (f.max() != null) {
                        assertTrue(f.max() < 1900, d.slug() + "." + f.key() + " is capped at a year: " + f.max());
                    }
                }
            }
            if (d.slug().startsWith("ban-sao")) {
                List<String> keys = d.sections().stream().flatMap(s -> s.fields().stream()).map(FormField::key).toList();
                assertFalse(keys.contains("lop") || keys.contains("nhom_lop"), d.slug() + " asks a graduate for a class");
                FormField year = d.sections().get(0).fields().stream().filter(f -> f.key().equals("nam_tot_nghiep"))
                        .findFirst().orElseThrow();
                assertNull(year.max());
                assertTrue(year.pastOnly(), "not after this year, whichever year it is");
            }
        }
    }
}
