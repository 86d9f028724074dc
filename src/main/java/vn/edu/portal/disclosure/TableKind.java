package vn.edu.portal.disclosure;

import java.util.List;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * The tables of figures the circular asks for: fixed rows and columns (labels in the bundles
 * as {@code disclosure.cell.<key>}), whole non-negative numbers in every cell.
 */
public enum TableKind {
    /** Staff by role and qualification: counts, never names. */
    STAFF(List.of("managers", "teachers", "employees"), List.of("total", "doctor", "master", "bachelor", "college", "other")),
    /** Land, rooms and equipment, and how many meet the national minimum. */
    ROOMS(List.of("landArea", "classrooms", "subjectRooms", "library", "computers"), List.of("count", "meetsMinimum")),
    /** Results of the previous year by grade: pupils and how many completed the programme. */
    RESULTS(List.of(), List.of("pupils", "completed"));

    private final List<String> rows;
    private final List<String> columns;

    TableKind(List<String> rows, List<String> columns) {
        this.rows = rows;
        this.columns = columns;
    }

    public List<String> rows(SchoolLevel level) {
        if (this != RESULTS) {
            return rows;
        }
        return switch (level == null ? SchoolLevel.PRIMARY : level) {
            case PRESCHOOL -> List.of("nursery", "kg3", "kg4", "kg5");
            case PRIMARY -> List.of("g1", "g2", "g3", "g4", "g5");
            case LOWER_SECONDARY -> List.of("g6", "g7", "g8", "g9");
            case UPPER_SECONDARY -> List.of("g10", "g11", "g12");
            case CONTINUING -> List.of("g6", "g7", "g8", "g9", "g10", "g11", "g12");
        };
    }

    public List<String> columns() {
        return columns;
    }

    /** Columns that count a part of the first column (no more than it, row by row). */
    public boolean partOfFirst(String column) {
        return switch (this) {
            case STAFF -> !column.equals("total");
            case ROOMS -> column.equals("meetsMinimum");
            case RESULTS -> column.equals("completed");
        };
    }
}
