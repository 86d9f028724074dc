package vn.edu.portal.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;

/**
 * The department's compliance table as an .xlsx: a header row, then one row per school. Written
 * as a stream (POI's SXSSF keeps {@link #WINDOW} rows in memory and the rest in a temporary file),
 * straight to the answer: the memory an export takes does not grow with the number of schools.
 */
final class ComplianceWorkbook {

    static final String[] HEADERS = {"disclosure.col.school", "disclosure.col.level", "disclosure.col.district",
            "disclosure.col.applicable", "disclosure.col.published", "disclosure.col.missing", "disclosure.col.late",
            "disclosure.col.stale", "disclosure.col.percent", "disclosure.col.articles", "disclosure.col.lastArticle"};

    /** Rows kept in memory while writing. */
    static final int WINDOW = 100;

    private ComplianceWorkbook() {
    }

    static void write(String yearLabel, List<DisclosureDashboard.Row> rows, OutputStream out) throws IOException {
        Locale vi = Locale.forLanguageTag("vi");
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        book.setCompressTempFiles(true);
        try {
            Sheet sheet = book.createSheet(Texts.get(vi, "disclosure.sheet", yearLabel).replaceAll("[\\\\/?*\\[\\]:]", "-"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Exports.cell(header, i, Texts.get(vi, HEADERS[i]));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (DisclosureDashboard.Row row : rows) {
                Row line = sheet.createRow(r++);
                Exports.cell(line, 0, row.name());
                Exports.cell(line, 1, row.level() == null ? "" : Texts.get(vi, "level." + row.level()));
                Exports.cell(line, 2, row.district() == null ? "" : row.district());
                Exports.cell(line, 3, row.summary().applicable());
                Exports.cell(line, 4, row.summary().published());
                Exports.cell(line, 5, row.summary().missing());
                Exports.cell(line, 6, row.summary().late());
                Exports.cell(line, 7, row.summary().stale());
                Exports.cell(line, 8, row.summary().percent());
                Exports.cell(line, 9, row.articles());
                Exports.cell(line, 10, row.lastArticle() == null ? ""
                        : Formats.DAY.format(row.lastArticle().atZone(Formats.VIETNAM)));
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, i == 0 ? 40 * 256 : 16 * 256);
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }
}
