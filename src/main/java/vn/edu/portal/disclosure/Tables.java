package vn.edu.portal.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;

/**
 * Reading what an editor typed into a table (numbers only; a part larger than its total, which
 * would make a rate above 100 %, refused with the cells named) and showing a table: counts, the
 * rates worked out from them, and the comparisons with the minimum.
 */
public final class Tables {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A table as shown: the column headings, and row by row its label and cells as text. */
    public record Rendered(List<String> headers, List<Line> lines) {
        public List<String> getHeaders() { return headers; }
        public List<Line> getLines() { return lines; }
    }

    public record Line(String label, List<String> cells) {
        public String getLabel() { return label; }
        public List<String> getCells() { return cells; }
    }

    private Tables() {
    }

    /**
     * The figures of every applicable cell typed (empty cells left out), checked: numbers, not
     * negative, at most two decimals where decimals are allowed, parts no larger than their total
     * and a group of parts (e.g. the training levels) no larger than it either. Refusals go to
     * {@code errors} under the field {@code table}.
     */
    public static Map<String, BigDecimal> read(FieldErrors errors, TableKind.Shape shape, Map<String, String> typed) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        Map<String, String> input = typed == null ? Map.of() : typed;
        for (String row : shape.rows()) {
            for (TableKind.Column column : shape.columns()) {
                if (!shape.applies(row, column.key())) {
                    continue;
                }
                String raw = input.get(Figures.key(row, column.key()));
                String value = raw == null ? "" : raw.strip().replace(" ", "").replace("\u00a0", "");
                if (value.isEmpty()) {
                    continue;
                }
                String cell = cellLabel(row, column.key());
                if (value.startsWith("-")) {
                    errors.add("table", "disclosure.table.negative", cell);
                    continue;
                }
                BigDecimal number = column.decimal() ? decimal(value) : whole(value);
                if (number == null) {
                    errors.add("table", column.decimal() ? "disclosure.table.notDecimal" : "disclosure.table.notNumber",
                            cell, raw.strip());
                    continue;
                }
                cells.put(Figures.key(row, column.key()), number);
            }
            checkParts(errors, shape, row, cells);
        }
        return cells;
    }

    private static void checkParts(FieldErrors errors, TableKind.Shape shape, String row, Map<String, BigDecimal> cells) {
        Map<String, List<TableKind.Column>> groups = new LinkedHashMap<>();
        for (TableKind.Column column : shape.columns()) {
            if (column.partOf() == null) {
                continue;
            }
            BigDecimal part = cells.get(Figures.key(row, column.key()));
            BigDecimal total = cells.get(Figures.key(row, column.partOf()));
            if (part != null && total != null && part.compareTo(total) > 0) {
                errors.add("table", "disclosure.table.rateOver", cellLabel(row, column.key()), number(part, VI),
                        cellLabel(row, column.partOf()), number(total, VI));
            }
            if (column.group() != null) {
                groups.computeIfAbsent(column.group(), g -> new ArrayList<>()).add(column);
            }
        }
        groups.forEach((group, columns) -> {
            BigDecimal total = cells.get(Figures.key(row, columns.get(0).partOf()));
            BigDecimal sum = columns.stream().map(c -> cells.get(Figures.key(row, c.key()))).filter(v -> v != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total != null && sum.compareTo(total) > 0) {
                errors.add("table", "disclosure.table.groupOver",
                        columns.stream().map(c -> Texts.get(VI, "disclosure.cell." + c.key())).collect(Collectors.joining(", ")),
                        rowLabel(VI, row), number(sum, VI), cellLabel(row, columns.get(0).partOf()), number(total, VI));
            }
        });
        if (shape.kind() == TableKind.AREAS) {
            String headcount = shape.columns().get(1).key();
            BigDecimal people = cells.get(Figures.key(row, headcount));
            if (people != null && people.signum() == 0 && cells.get(Figures.key(row, "area")) != null) {
                errors.add("table", "disclosure.table.zeroHeadcount", cellLabel(row, headcount));
            }
        }
    }

    /** Whether every applicable cell has a figure (a table is published whole). */
    public static boolean complete(TableKind.Shape shape, Map<String, BigDecimal> cells) {
        for (String row : shape.rows()) {
            for (TableKind.Column column : shape.columns()) {
                if (shape.applies(row, column.key()) && !cells.containsKey(Figures.key(row, column.key()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The rate of a part in its total, in per cent with one decimal; null without a total. */
    public static BigDecimal rate(BigDecimal part, BigDecimal total) {
        if (part == null || total == null || total.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
    }

    /** The table as the public page, the dashboard and the editor show it, in {@code locale}. */
    public static Rendered render(TableKind.Shape shape, Map<String, BigDecimal> cells, Locale locale) {
        List<String> headers = new ArrayList<>();
        shape.columns().forEach(c -> headers.add(columnLabel(locale, shape, c.key())));
        shape.derived().forEach(d -> headers.add(columnLabel(locale, shape, d)));
        List<Line> lines = new ArrayList<>();
        for (String row : shape.rows()) {
            List<String> out = new ArrayList<>();
            for (TableKind.Column column : shape.columns()) {
                out.add(cell(shape, row, column, cells, locale));
            }
            for (String derived : shape.derived()) {
                out.add(derived(shape, row, derived, cells, locale));
            }
            lines.add(new Line(rowLabel(locale, row), out));
        }
        return new Rendered(headers, lines);
    }

    private static String cell(TableKind.Shape shape, String row, TableKind.Column column, Map<String, BigDecimal> cells,
                               Locale locale) {
        if (!shape.applies(row, column.key())) {
            return "—";
        }
        BigDecimal value = cells.get(Figures.key(row, column.key()));
        if (value == null) {
            return "";
        }
        BigDecimal rate = column.partOf() == null ? null : rate(value, cells.get(Figures.key(row, column.partOf())));
        return rate == null ? number(value, locale) : number(value, locale) + " (" + number(rate, locale) + " %)";
    }

    private static String derived(TableKind.Shape shape, String row, String derived, Map<String, BigDecimal> cells,
                                  Locale locale) {
        if (shape.kind() == TableKind.FACILITIES) {
            BigDecimal available = cells.get(Figures.key(row, "available"));
            BigDecimal required = cells.get(Figures.key(row, "required"));
            if (available == null || required == null) {
                return "";
            }
            return available.compareTo(required) >= 0 ? Texts.get(locale, "disclosure.cell.meetsYes")
                    : Texts.get(locale, "disclosure.cell.shortBy", number(required.subtract(available), locale));
        }
        BigDecimal perHead = perHead(shape, row, cells);
        if (perHead == null) {
            return "";
        }
        if (!derived.equals("meets")) {
            return number(perHead, locale);
        }
        BigDecimal minimum = cells.get(Figures.key(row, shape.columns().get(2).key()));
        if (minimum == null) {
            return "";
        }
        return Texts.get(locale, perHead.compareTo(minimum) >= 0 ? "disclosure.cell.meetsYes" : "disclosure.cell.meetsNo");
    }

    /** Square metres per child or pupil of an area row, one decimal; null until both figures are there. */
    public static BigDecimal perHead(TableKind.Shape shape, String row, Map<String, BigDecimal> cells) {
        BigDecimal area = cells.get(Figures.key(row, "area"));
        BigDecimal people = cells.get(Figures.key(row, shape.columns().get(1).key()));
        if (area == null || people == null || people.signum() == 0) {
            return null;
        }
        return area.divide(people, 1, RoundingMode.HALF_UP);
    }

    /** "Giáo viên – Thạc sĩ": the row and column of a cell in Vietnamese, for messages. */
    public static String cellLabel(String row, String column) {
        return rowLabel(VI, row) + " – " + Texts.get(VI, "disclosure.cell." + column);
    }

    /**
     * A column's heading: the level's own word when the bundle has one ({@code disclosure.cell.<key>.PRESCHOOL}:
     * "Số trẻ em" where others say "Số học sinh"), else the common one.
     */
    public static String columnLabel(Locale locale, TableKind.Shape shape, String column) {
        if (shape.level() != null) {
            String key = "disclosure.cell." + column + "." + shape.level().name();
            String own = Texts.get(locale, key);
            if (!own.equals(key)) {
                return own;
            }
        }
        return Texts.get(locale, "disclosure.cell." + column);
    }

    public static String rowLabel(Locale locale, String row) {
        if (row.matches("g\\d+")) {
            return Texts.get(locale, "disclosure.cell.grade", row.substring(1));
        }
        return Texts.get(locale, "disclosure.cell." + row);
    }

    /** A number as people read it: 1.234,5 in Vietnamese, 1,234.5 in English. */
    public static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static BigDecimal whole(String value) {
        String digits = value.replace(".", "");
        return digits.matches("\\d{1,12}") ? new BigDecimal(digits) : null;
    }

    /** 1.234,5 or 1234,5 or 1234.5: a comma is the decimal mark; a single dot before one or two digits is one too. */
    private static BigDecimal decimal(String value) {
        String normal;
        if (value.contains(",")) {
            normal = value.replace(".", "").replace(',', '.');
        } else if (value.matches("\\d+\\.\\d{1,2}")) {
            normal = value;
        } else {
            normal = value.replace(".", "");
        }
        if (!normal.matches("\\d{1,10}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(normal);
    }
}
