package vn.edu.portal.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;

/** The department's compliance table as an .xlsx: a header row, then one row per school. */
final class ComplianceWorkbook {

    static final String[] HEADERS = {"disclosure.col.school", "disclosure.col.level", "disclosure.col.district",
            "disclosure.col.applicable", "disclosure.col.published", "disclosure.col.missing", "disclosure.col.late",
            "disclosure.col.stale", "disclosure.col.percent", "disclosure.col.articles", "disclosure.col.lastArticle"};

    private ComplianceWorkbook() {
    }

    static byte[] write(String yearLabel, List<DisclosureDashboard.Row> rows) {
        Locale vi = Locale.forLanguageTag("vi");
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Texts.get(vi, "disclosure.sheet", yearLabel).replaceAll("[\\\\/?*\\[\\]:]", "-"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(Texts.get(vi, HEADERS[i]));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (DisclosureDashboard.Row row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.name());
                line.createCell(1).setCellValue(row.level() == null ? "" : Texts.get(vi, "level." + row.level()));
                line.createCell(2).setCellValue(row.district() == null ? "" : row.district());
                line.createCell(3).setCellValue(row.summary().applicable());
                line.createCell(4).setCellValue(row.summary().published());
                line.createCell(5).setCellValue(row.summary().missing());
                line.createCell(6).setCellValue(row.summary().late());
                line.createCell(7).setCellValue(row.summary().stale());
                line.createCell(8).setCellValue(row.summary().percent());
                line.createCell(9).setCellValue(row.articles());
                line.createCell(10).setCellValue(row.lastArticle() == null ? ""
                        : Formats.DAY.format(row.lastArticle().atZone(Formats.VIETNAM)));
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, i == 0 ? 40 * 256 : 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
