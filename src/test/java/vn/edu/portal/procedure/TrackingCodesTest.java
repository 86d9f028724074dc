package vn.edu.portal.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodesTest {

    @Test
    void codesAreShortUnambiguousAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = TrackingCodes.next();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void typedCodesAreNormalised() {
        assertEquals("AB23-CD45", TrackingCodes.normalise(" ab23 cd45 "));
        assertEquals("AB23-CD45", TrackingCodes.normalise("AB23CD45"));
        assertNull(TrackingCodes.normalise("AB23-CD4O"), "O is not in the alphabet");
        assertNull(TrackingCodes.normalise("AB23"));
    }

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
}
