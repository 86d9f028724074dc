package vn.edu.portal.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * The tables of figures the circular asks for, by school level: fixed rows and columns (labels in
 * the bundles as {@code disclosure.cell.<key>}), numbers typed in every applicable cell, rates and
 * comparisons with the minimum worked out from them (never typed, so never above 100 %). Preschool
 * tables speak of children, age groups and groups or classes; the others of pupils and grades.
 *
 * <p>The first three kinds are the shapes used until December 2026 (Circular 36/2017 items and
 * versions saved before): every version keeps the shape it was saved with, so they stay readable.
 */
public enum TableKind {
    /** Staff by role and qualification (shape of Circular 36/2017). */
    STAFF,
    /** Land and rooms with how many meet the minimum (shape of Circular 36/2017). */
    ROOMS,
    /** Pupils of the previous year by grade and how many completed it (shape of Circular 36/2017). */
    RESULTS,
    /**
     * Staff by role: how many, their training level, and the number (and share) who meet the
     * professional standard and who were trained during the year.
     */
    STAFF_QUALITY,
    /** Rooms and equipment: what the school has against the minimum its level requires. */
    FACILITIES,
    /** Land, floor and play areas: square metres per child or pupil against the minimum. */
    AREAS,
    /** Results of the previous year by age group (preschool) or grade: counts and rates. */
    OUTCOMES;

    /** One column that takes typed figures. */
    public record Column(String key, boolean decimal, String partOf, String group) {
        /** A whole number on its own (a total, or a figure compared with another). */
        static Column count(String key) {
            return new Column(key, false, null, null);
        }

        /** A whole number that counts part of {@code total}: its rate is shown, it may not exceed it. */
        static Column part(String key, String total) {
            return new Column(key, false, total, null);
        }

        /** A part of {@code total} in a group of parts that together may not exceed it either. */
        static Column share(String key, String total, String group) {
            return new Column(key, false, total, group);
        }

        static Column decimal(String key) {
            return new Column(key, true, null, null);
        }
    }

    /** The rows and columns of a kind at a level, and the cells that do not apply (e.g. "completed" before the last grade). */
    public record Shape(TableKind kind, SchoolLevel level, List<String> rows, List<Column> columns, Set<String> notApplicable) {
        public boolean applies(String row, String column) {
            return !notApplicable.contains(Figures.key(row, column));
        }

        public List<String> columnKeys() {
            return columns.stream().map(Column::key).toList();
        }

        public Column column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
        }

        /** The columns worked out from the typed ones (labels {@code disclosure.cell.<key>}). */
        public List<String> derived() {
            return switch (kind) {
                case FACILITIES -> List.of("meets");
                case AREAS -> List.of(columns.get(1).key().equals("children") ? "perChild" : "perPupil", "meets");
                default -> List.of();
            };
        }
    }

    /** Whether the kind is one of the shapes used until December 2026. */
    public boolean legacy() {
        return this == STAFF || this == ROOMS || this == RESULTS;
    }

    public Shape shape(SchoolLevel level) {
        SchoolLevel at = level == null ? SchoolLevel.PRIMARY : level;
        boolean preschool = at == SchoolLevel.PRESCHOOL;
        return switch (this) {
            case STAFF -> new Shape(this, at, List.of("managers", "teachers", "employees"), List.of(Column.count("total"),
                    Column.part("doctor", "total"), Column.part("master", "total"), Column.part("bachelor", "total"),
                    Column.part("college", "total"), Column.part("other", "total")), Set.of());
            case ROOMS -> new Shape(this, at, List.of("landArea", "classrooms", "subjectRooms", "library", "computers"),
                    List.of(Column.count("count"), Column.part("meetsMinimum", "count")), Set.of());
            case RESULTS -> new Shape(this, at, grades(at), List.of(Column.count("pupils"), Column.part("completed", "pupils")),
                    Set.of());
            case STAFF_QUALITY -> new Shape(this, at, List.of("managers", "teachers", "employees"), List.of(
                    Column.count("total"),
                    Column.share("postgraduate", "total", "training"), Column.share("bachelor", "total", "training"),
                    Column.share("college", "total", "training"), Column.share("belowCollege", "total", "training"),
                    Column.part("meetsStandard", "total"), Column.part("trainedThisYear", "total")), Set.of());
            case FACILITIES -> new Shape(this, at, preschool
                    ? List.of("groupRooms", "bedrooms", "toilets", "kitchens", "activityRooms", "toySets")
                    : List.of("classrooms", "subjectRooms", "library", "computers", "equipmentSets"),
                    List.of(Column.count("available"), Column.count("required")), Set.of());
            case AREAS -> new Shape(this, at, List.of("land", "floor", preschool ? "playground" : "sportsGround"), List.of(
                    Column.decimal("area"), Column.count(preschool ? "children" : "pupils"),
                    Column.decimal(preschool ? "minimumPerChild" : "minimumPerPupil")), Set.of());
            case OUTCOMES -> outcomes(at);
        };
    }

    private Shape outcomes(SchoolLevel level) {
        List<String> rows = grades(level);
        List<String> notApplicable = new ArrayList<>();
        if (level == SchoolLevel.PRESCHOOL) {
            for (String row : rows) {
                if (!row.equals("kg5")) {
                    notApplicable.add(Figures.key(row, "completedPreschool"));
                }
            }
            return new Shape(this, level, rows, List.of(Column.count("children"), Column.part("twoSessions", "children"),
                    Column.part("boarding", "children"), Column.part("healthChecked", "children"),
                    Column.part("growthCharted", "children"), Column.part("underweight", "children"),
                    Column.part("stunted", "children"), Column.part("overweight", "children"),
                    Column.part("completedPreschool", "children")), Set.copyOf(notApplicable));
        }
        List<String> last = switch (level) {
            case PRIMARY -> List.of("g5");
            case LOWER_SECONDARY -> List.of("g9");
            case UPPER_SECONDARY -> List.of("g12");
            default -> List.of("g9", "g12");
        };
        for (String row : rows) {
            notApplicable.add(Figures.key(row, last.contains(row) ? "promoted" : "finished"));
        }
        List<Column> columns = level == SchoolLevel.PRIMARY
                ? List.of(Column.count("pupils"), Column.share("excellent", "pupils", "assessment"),
                        Column.share("good", "pupils", "assessment"), Column.share("passed", "pupils", "assessment"),
                        Column.share("notCompleted", "pupils", "assessment"), Column.part("promoted", "pupils"),
                        Column.part("finished", "pupils"))
                : List.of(Column.count("pupils"), Column.share("learningGood", "pupils", "learning"),
                        Column.share("learningFair", "pupils", "learning"), Column.share("learningPass", "pupils", "learning"),
                        Column.share("learningFail", "pupils", "learning"), Column.part("promoted", "pupils"),
                        Column.part("finished", "pupils"));
        return new Shape(this, level, rows, columns, Set.copyOf(notApplicable));
    }

    private static List<String> grades(SchoolLevel level) {
        return switch (level) {
            case PRESCHOOL -> List.of("nursery", "kg3", "kg4", "kg5");
            case PRIMARY -> List.of("g1", "g2", "g3", "g4", "g5");
            case LOWER_SECONDARY -> List.of("g6", "g7", "g8", "g9");
            case UPPER_SECONDARY -> List.of("g10", "g11", "g12");
            case CONTINUING -> List.of("g6", "g7", "g8", "g9", "g10", "g11", "g12");
        };
    }

    /** The rows at a level (kept for callers that only need them). */
    public List<String> rows(SchoolLevel level) {
        return shape(level).rows();
    }
}
