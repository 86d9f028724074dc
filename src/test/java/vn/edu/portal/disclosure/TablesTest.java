package vn.edu.portal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.SchoolLevel;

/** Tables of Circular 09/2024: rates worked out (never above 100 %), preschool words at a preschool, minimums compared. */
class TablesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static String refusal(FieldErrors errors) {
        FieldErrors.Error error = errors.errors().get("table");
        return error == null ? null : Texts.get(VI, error.key(), error.args());
    }

    @Test
    void aPartLargerThanItsTotalWouldBeARateAbove100AndIsRefused() {
        TableKind.Shape staff = TableKind.STAFF_QUALITY.shape(SchoolLevel.PRIMARY);
        FieldErrors errors = new FieldErrors();
        Tables.read(errors, staff, Map.of("teachers.total", "42", "teachers.meetsStandard", "45"));
        assertEquals("Tỷ lệ ở ô \"Giáo viên – Đạt chuẩn nghề nghiệp\" sẽ vượt 100 %: 45 lớn hơn 42 ở ô \"Giáo viên – Tổng số\".",
                refusal(errors));

        FieldErrors group = new FieldErrors();
        Tables.read(group, staff, Map.of("teachers.total", "42", "teachers.bachelor", "35", "teachers.college", "10"));
        assertEquals("Cộng các cột Sau đại học, Đại học, Cao đẳng, Trung cấp trở xuống của dòng \"Giáo viên\" được 45, lớn"
                + " hơn 42 ở ô \"Giáo viên – Tổng số\": tỷ lệ sẽ vượt 100 %.", refusal(group));
    }

    @Test
    void ratesAreShownBesideTheCounts() {
        TableKind.Shape staff = TableKind.STAFF_QUALITY.shape(SchoolLevel.PRIMARY);
        FieldErrors errors = new FieldErrors();
        Map<String, BigDecimal> cells = Tables.read(errors, staff, Map.of("teachers.total", "42", "teachers.meetsStandard", "40",
                "teachers.trainedThisYear", "42"));
        assertTrue(errors.isEmpty());
        Tables.Rendered table = Tables.render(staff, cells, VI);
        Tables.Line teachers = table.lines().get(1);
        assertEquals("Giáo viên", teachers.label());
        assertEquals("40 (95,2 %)", teachers.cells().get(staff.columnKeys().indexOf("meetsStandard")));
        assertEquals("42 (100 %)", teachers.cells().get(staff.columnKeys().indexOf("trainedThisYear")));
        assertEquals(new BigDecimal("95.2"), Tables.rate(new BigDecimal(40), new BigDecimal(42)));
    }

    @Test
    void preschoolResultsSpeakOfChildrenAndAgeGroups() {
        TableKind.Shape results = TableKind.OUTCOMES.shape(SchoolLevel.PRESCHOOL);
        assertEquals(List.of("nursery", "kg3", "kg4", "kg5"), results.rows());
        Tables.Rendered empty = Tables.render(results, Map.of(), VI);
        assertEquals("Số trẻ em", empty.headers().get(0));
        assertTrue(empty.headers().contains("Hoàn thành chương trình giáo dục mầm non"));
        assertEquals("Mẫu giáo 5–6 tuổi", empty.lines().get(3).label());
        for (String header : empty.headers()) {
            assertFalse(header.contains("học sinh") || header.contains("lên lớp") || header.contains("Lên lớp"), header);
        }
        assertFalse(results.applies("kg3", "completedPreschool"), "only five-year-olds complete the programme");
        assertEquals("—", empty.lines().get(1).cells().get(results.columnKeys().indexOf("completedPreschool")));
        Map<String, String> typed = new HashMap<>(DemoFigures.of(results));
        assertTrue(Tables.complete(results, Tables.read(new FieldErrors(), results, typed)));
        // the legacy shape at a preschool says children too
        assertEquals("Số trẻ em", Tables.render(TableKind.RESULTS.shape(SchoolLevel.PRESCHOOL), Map.of(), VI).headers().get(0));
    }

    @Test
    void primaryResultsHaveTheLevelsOfAssessmentAndFinishOnlyInGradeFive() {
        TableKind.Shape results = TableKind.OUTCOMES.shape(SchoolLevel.PRIMARY);
        assertTrue(results.applies("g5", "finished") && !results.applies("g4", "finished"));
        assertTrue(results.applies("g4", "promoted") && !results.applies("g5", "promoted"));
        assertEquals("Hoàn thành chương trình tiểu học",
                Tables.render(results, Map.of(), VI).headers().get(results.columnKeys().indexOf("finished")));
    }

    @Test
    void areasAreComparedPerChildWithTheMinimum() {
        TableKind.Shape areas = TableKind.AREAS.shape(SchoolLevel.PRESCHOOL);
        FieldErrors errors = new FieldErrors();
        Map<String, BigDecimal> cells = Tables.read(errors, areas, Map.of("land.area", "3.200,5", "land.children", "320",
                "land.minimumPerChild", "12"));
        assertTrue(errors.isEmpty(), errors.errors().keySet().toString());
        assertEquals(new BigDecimal("3200.5"), cells.get("land.area"));
        Tables.Rendered table = Tables.render(areas, cells, VI);
        assertEquals(List.of("Diện tích (m²)", "Số trẻ em", "Tối thiểu (m²/trẻ)", "Bình quân (m²/trẻ)", "So với mức tối thiểu"),
                table.headers());
        assertEquals(List.of("3.200,5", "320", "12", "10", "Chưa đạt"), table.lines().get(0).cells());

        FieldErrors zero = new FieldErrors();
        Tables.read(zero, areas, Map.of("land.area", "100", "land.children", "0"));
        assertEquals("Ô \"Khu đất – Số trẻ em\" phải lớn hơn 0 để tính diện tích bình quân.", refusal(zero));
        FieldErrors decimals = new FieldErrors();
        Tables.read(decimals, areas, Map.of("land.area", "12,345"));
        assertTrue(refusal(decimals).startsWith("Ô \"Khu đất – Diện tích (m²)\" phải là số"), refusal(decimals));
    }

    @Test
    void facilitiesSayHowManyAreMissing() {
        TableKind.Shape rooms = TableKind.FACILITIES.shape(SchoolLevel.PRIMARY);
        Map<String, BigDecimal> cells = Tables.read(new FieldErrors(), rooms, Map.of("subjectRooms.available", "6",
                "subjectRooms.required", "8", "library.available", "1", "library.required", "1"));
        Tables.Rendered table = Tables.render(rooms, cells, VI);
        assertEquals(List.of("6", "8", "Thiếu 2"), table.lines().get(1).cells());
        assertEquals(List.of("1", "1", "Đạt"), table.lines().get(2).cells());
    }

    @Test
    void wholeNumbersStayWholeAndNegativesAreRefused() {
        TableKind.Shape staff = TableKind.STAFF_QUALITY.shape(SchoolLevel.PRIMARY);
        FieldErrors text = new FieldErrors();
        Tables.read(text, staff, Map.of("teachers.total", "bốn mươi"));
        assertEquals("Ô \"Giáo viên – Tổng số\" phải là số nguyên (đang ghi \"bốn mươi\").", refusal(text));
        FieldErrors negative = new FieldErrors();
        Tables.read(negative, staff, Map.of("teachers.total", "-3"));
        assertEquals("Ô \"Giáo viên – Tổng số\" không được là số âm.", refusal(negative));
        assertEquals(new BigDecimal("1250"), Tables.read(new FieldErrors(), staff, Map.of("teachers.total", "1.250"))
                .get("teachers.total"), "a dot groups thousands");
    }

    /** Every applicable cell of a shape filled with a small valid figure. */
    private static final class DemoFigures {
        static Map<String, String> of(TableKind.Shape shape) {
            Map<String, String> cells = new HashMap<>();
            for (String row : shape.rows()) {
                for (TableKind.Column column : shape.columns()) {
                    if (shape.applies(row, column.key())) {
                        cells.put(Figures.key(row, column.key()), column.partOf() == null ? "100" : "1");
                    }
                }
            }
            return cells;
        }
    }
}
