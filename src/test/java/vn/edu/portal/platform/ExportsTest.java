package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportsTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"Bấm\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1");

    @Test
    void textThatWouldBeAFormulaStaysTextAndQuotingSurvivesCommasQuotesAndNewLines() throws IOException {
        List<List<?>> rows = HOSTILE.stream().<List<?>>map(h -> Arrays.asList(h, "Phường 1, \"Quận\"\nmới", 42, -3)).toList();
        String csv = Exports.csv(List.of("district", "name", "quota", "change"), rows);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(HOSTILE.size(), records.size());
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            assertFalse(Exports.liveFormula(record.get("district")), record.get("district"));
            assertEquals("'" + HOSTILE.get(i), record.get("district"), "the text is kept, behind an apostrophe");
            assertEquals("Phường 1, \"Quận\"\nmới", record.get("name"));
            assertEquals("42", record.get("quota"));
            assertEquals("-3", record.get("change"), "a negative number is a number, not a formula");
        }
    }

    @Test
    void spreadsheetCellsAreNeverFormulas() {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row row = book.createSheet("x").createRow(0);
            for (int i = 0; i < HOSTILE.size(); i++) {
                Exports.cell(row, i, HOSTILE.get(i));
            }
            Exports.cell(row, HOSTILE.size(), 7);
            for (int i = 0; i < HOSTILE.size(); i++) {
                assertEquals(CellType.STRING, row.getCell(i).getCellType());
                assertFalse(Exports.liveFormula(row.getCell(i)));
                assertEquals(HOSTILE.get(i), row.getCell(i).getStringCellValue(), "shown as typed, no apostrophe");
            }
            assertEquals(7.0, row.getCell(HOSTILE.size()).getNumericCellValue());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(Exports.liveFormula("=1+1"));
        assertFalse(Exports.liveFormula("-12.5"));
        assertEquals("", Exports.neutralise(null));
    }

    @Test
    void aSheetIsAHeaderRowThenOneRowAListEveryCellThroughCell() throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = Exports.sheet(book, "Phân tuyến", List.of("STT", "Họ và tên"),
                    List.of(java.util.Arrays.asList(1, "=HYPERLINK(\"x\")"), java.util.Arrays.asList(2, null)));
            assertEquals("Phân tuyến", sheet.getSheetName());
            assertEquals("Họ và tên", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(1.0, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("=HYPERLINK(\"x\")", sheet.getRow(1).getCell(1).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(1).getCellStyle().getQuotePrefixed(), "text, also once edited");
            assertFalse(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals("", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }
}
