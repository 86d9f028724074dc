package vn.edu.portal.procedure;

import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.forms.FormSection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forms as data: a definition survives its JSON, and malformed ones are refused. */
class FormDefinitionTest {

    @Test
    void formDefinitionsSurviveTheirJson() {
        FormDefinition form = new FormDefinition(List.of(new FormSection("Học sinh", List.of(
                new FormField("ho_ten", FieldType.TEXT, "Họ và tên", "Ghi có dấu", true, null, null, null, false, null, 0),
                new FormField("so_ban", FieldType.NUMBER, "Số bản", "", true, null, 1L, 5L, false, null, 0),
                new FormField("giay", FieldType.FILE, "Giấy tờ", "", false, null, null, null, false, List.of("pdf", "image"), 2048)))));
        assertEquals(form, FormDefinition.fromJson(form.toJson()));
    }

    @Test
    void formsWithRepeatedOrMalformedKeysAreRefused() {
        FormField a = new FormField("Ho ten", FieldType.TEXT, "A", "", false, null, null, null, false, null, 0);
        var e = org.junit.jupiter.api.Assertions.assertThrows(vn.edu.portal.platform.FieldErrors.class,
                () -> ProcedureService.validate(new FormDefinition(List.of(new FormSection("S", List.of(a))))));
        assertEquals("proc.form.badKey", e.errors().get("fields").key());
    }

    /** A choice whose two options read the same is refused (it was published with both). */
    @Test
    void aChoiceWithTheSameOptionTwiceIsRefused() {
        FormField choice = new FormField("buoi", FieldType.CHOICE, "Buổi", "", true, List.of("Sáng", "sáng ", "Chiều"),
                null, null, false, null, 0);
        var e = org.junit.jupiter.api.Assertions.assertThrows(vn.edu.portal.platform.FieldErrors.class,
                () -> ProcedureService.validate(new FormDefinition(List.of(new FormSection("S", List.of(choice))))));
        assertEquals("proc.form.optionTwice", e.errors().get("fields").key());
    }
}
