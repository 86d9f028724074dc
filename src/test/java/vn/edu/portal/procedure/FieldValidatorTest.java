package vn.edu.portal.procedure;

import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.platform.FieldErrors;

class FieldValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static FormField field(FieldType type, boolean required) {
        return new FormField("f", type, "F", "", required, List.of("Cha", "Mẹ"), 1L, 30L, true, List.of("pdf"), 0);
    }

    private static String refused(FieldType type, String value) {
        FieldErrors e = assertThrows(FieldErrors.class, () -> FieldValidator.check("f", field(type, true), value, TODAY));
        return e.errors().get("f").key();
    }

    @Test
    void requiredFieldsAndCheckboxes() {
        assertEquals("proc.field.required", refused(FieldType.TEXT, "   "));
        assertEquals("proc.field.mustTick", refused(FieldType.CHECKBOX, ""));
        assertEquals("true", FieldValidator.check("f", field(FieldType.CHECKBOX, true), "on", TODAY));
        assertEquals("", FieldValidator.check("f", field(FieldType.TEXT, false), "", TODAY));
    }

    /** An option and an answer written with different Unicode forms of the same letters are the same choice. */
    @Test
    void aChoiceIsTheFormsOptionWhicheverWayItsLettersWereWritten() {
        String decomposed = java.text.Normalizer.normalize("Mẹ", java.text.Normalizer.Form.NFD);
        assertEquals("Mẹ", FieldValidator.check("f", field(FieldType.CHOICE, true), decomposed, TODAY));
        FormField typedDecomposed = new FormField("f", FieldType.CHOICE, "F", "", true, List.of(decomposed, "Cha"), null, null,
                true, List.of(), 0);
        assertEquals(decomposed, FieldValidator.check("f", typedDecomposed, "Mẹ", TODAY), "the option as the form defines it");
        assertEquals("proc.field.choice", refused(FieldType.CHOICE, "Bà"));
    }

    @Test
    void personalIdsAreTwelveDigits() {
        assertEquals("079218001234", FieldValidator.check("f", field(FieldType.PERSONAL_ID, true), " 079218001234 ", TODAY));
        assertEquals("proc.field.personalId", refused(FieldType.PERSONAL_ID, "07921800123A"));
        assertEquals("proc.field.personalId", refused(FieldType.PERSONAL_ID, "0792180012"));
    }

    @Test
    void datesInBothFormatsAndNotInTheFutureForBirthDates() {
        assertEquals("2018-03-14", FieldValidator.check("f", field(FieldType.DATE, true), "14/03/2018", TODAY));
        assertEquals("2018-03-14", FieldValidator.check("f", field(FieldType.DATE, true), "2018-03-14", TODAY));
        assertEquals("proc.field.date", refused(FieldType.DATE, "30/02/2018"));
        assertEquals("2019-09-05", FieldValidator.check("f", field(FieldType.DATE, true), "5/9/2019", TODAY),
                "as the message's own example is written, without the leading zeros");
        assertEquals("proc.field.future", refused(FieldType.DATE, "24/11/2026"));
    }

    @Test
    void aYearThatMayNotBeInTheFutureFollowsTheCalendarNotTheForm() {
        FormField graduated = new FormField("nam", FieldType.NUMBER, "Năm tốt nghiệp", "", true, null, 1975L, null, true,
                null, 0);
        assertEquals("2026", FieldValidator.check("nam", graduated, "2026", TODAY));
        FieldErrors next = assertThrows(FieldErrors.class, () -> FieldValidator.check("nam", graduated, "2027", TODAY));
        assertEquals("proc.field.futureYear", next.errors().get("nam").key());
        assertEquals("2027", FieldValidator.check("nam", graduated, "2027", LocalDate.of(2027, 1, 2)),
                "a year later the same form takes that year");
    }

    @Test
    void numbersPhonesEmailsAndChoices() {
        assertEquals("proc.field.number", refused(FieldType.NUMBER, "hai"));
        assertEquals("proc.field.min", refused(FieldType.NUMBER, "0"));
        assertEquals("proc.field.max", refused(FieldType.NUMBER, "31"));
        assertEquals("proc.field.max", refused(FieldType.NUMBER, "99999999999999999999"),
                "digits only, too many: over the maximum, not 'not a number'");
        assertEquals("0912345678", FieldValidator.check("f", field(FieldType.PHONE, true), "+84 912 345 678", TODAY));
        assertEquals("proc.field.phone", refused(FieldType.PHONE, "12345"));
        assertEquals("02838221234", FieldValidator.check("f", field(FieldType.PHONE, true), "028 3822 1234", TODAY),
                "a school's landline, as the portal's own footers write it");
        assertEquals("me@example.vn", FieldValidator.check("f", field(FieldType.EMAIL, true), " Me@Example.VN ", TODAY));
        assertEquals("proc.field.email", refused(FieldType.EMAIL, "me@"));
        assertEquals("proc.field.choice", refused(FieldType.CHOICE, "Ông"));
        assertEquals("proc.field.tooLong", refused(FieldType.TEXT, "x".repeat(201)));
    }

    @Test
    void filesAreCheckedByContentAndSize() {
        FormField pdfOnly = field(FieldType.FILE, true);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes();
        assertEquals("proc.file.type", assertThrows(FieldErrors.class,
                () -> SubmissionFiles.policy(pdfOnly.fileTypes()).check("f", html, 1000)).errors().get("f").key());
        assertEquals("upload.tooLarge", assertThrows(FieldErrors.class,
                () -> SubmissionFiles.policy(pdfOnly.fileTypes()).check("f", new byte[2000], 1000)).errors().get("f").key());
        assertEquals("upload.tooLarge", assertThrows(FieldErrors.class,
                () -> SubmissionFiles.policy(pdfOnly.fileTypes()).check("f", new UploadPolicy.Upload("big.pdf", null), 1000))
                .errors().get("f").key(), "a file too large to be read");
        assertEquals("upload.empty", assertThrows(FieldErrors.class,
                () -> SubmissionFiles.policy(pdfOnly.fileTypes()).check("f", (byte[]) null, 1000)).errors().get("f").key());
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
        assertEquals("pdf", SubmissionFiles.policy(pdfOnly.fileTypes()).check("f", pdf, 1000).extension());
    }
}
