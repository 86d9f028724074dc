package vn.edu.portal.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * The one way the portal writes CSV and spreadsheet cells (open data, dashboards, staff lists):
 * quoting is Apache Commons CSV's (RFC 4180, every text quoted), and text that a spreadsheet would take as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so a
 * school name or district typed as {@code =HYPERLINK(...)} stays text when the file is opened.
 * Numbers are written as numbers. Spreadsheet cells are never formulas.
 */
public final class Exports {

    private static final String FORMULA_START = "=+-@\t\r";

    private Exports() {
    }

    /** Text as a spreadsheet must show it: a leading apostrophe before what would start a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Whether a cell's text would be evaluated as a formula by a spreadsheet (what tests look for). */
    public static boolean liveFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 && !isNumber(text);
    }

    /**
     * A CSV file as a person downloads it: after a UTF-8 byte-order mark, without which Excel opened
     * with a double click reads the file in the Windows code page and shows "TrÆ°á»ng" for "Trường".
     * For the open-data files people open; not for files a program checks byte for byte (the
     * lottery's published files and their verifier).
     */
    public static String forSpreadsheets(String csv) {
        return "\uFEFF" + csv;
    }

    /** A CSV file (CRLF line ends, a header row): numbers as they are, everything else neutralised text. */
    public static String csv(List<String> header, Iterable<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setQuoteMode(QuoteMode.NON_NUMERIC).get())) {
            printer.printRecord(header.stream().map(Exports::neutralise).toList());
            for (List<?> row : rows) {
                List<Object> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(value instanceof Number ? value : neutralise(value == null ? "" : value.toString()));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Starts the current JSF response as a spreadsheet download that no cache keeps (staff lists hold
     * personal data); the caller writes the workbook to the stream, then completes the response.
     */
    public static java.io.OutputStream spreadsheetResponse(jakarta.faces.context.ExternalContext ext, String fileName)
            throws IOException {
        ext.responseReset();
        ext.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ext.setResponseHeader("Cache-Control", "no-store");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return ext.getResponseOutputStream();
    }

    /** A sheet: the header row, then a row a list, every value through {@link #cell}. */
    public static org.apache.poi.ss.usermodel.Sheet sheet(org.apache.poi.ss.usermodel.Workbook book, String name,
            List<String> header, Iterable<? extends List<?>> rows) {
        org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            cell(head, i, header.get(i));
        }
        int r = 1;
        for (List<?> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                cell(row, i, values.get(i));
            }
        }
        return sheet;
    }

    /**
     * One spreadsheet cell: a number cell for numbers, a text cell for anything else. A text cell is
     * never evaluated when the file opens; text that would start a formula once edited ("=…", "+84 28…")
     * gets the quote-prefix style, the apostrophe a person types in Excel, which Excel does not show:
     * a visible apostrophe (as CSV needs) put "'+84 28 3999 0000" in the phone column.
     */
    public static Cell cell(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return cell;
        }
        String text = value == null ? "" : value.toString();
        cell.setCellValue(text);
        if (!text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            cell.setCellStyle(QUOTED.computeIfAbsent(row.getSheet().getWorkbook(), book -> {
                org.apache.poi.ss.usermodel.CellStyle style = book.createCellStyle();
                style.setQuotePrefixed(true);
                return style;
            }));
        }
        return cell;
    }

    /** The quote-prefix style of each workbook being written (one style a workbook, not one a cell). */
    private static final java.util.Map<org.apache.poi.ss.usermodel.Workbook, org.apache.poi.ss.usermodel.CellStyle> QUOTED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Whether a spreadsheet cell is, or becomes when edited, a formula (what tests look for). */
    public static boolean liveFormula(Cell cell) {
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && liveFormula(cell.getStringCellValue())
                && !cell.getCellStyle().getQuotePrefixed();
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
