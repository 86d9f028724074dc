package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;

class AdmissionReviewTest {

    private static ReviewRecord record() {
        return new ReviewRecord(1, 2, new ReviewImport.Row(2, "079224000101", "Nguyễn Văn An", LocalDate.of(2024, 3, 14),
                Sex.MALE, "Phường Bến Thành", "12 Lê Lợi", null, null, "an@example.com", null, null));
    }

    @Test
    void theRegisterConfirmsTheSameChildWhateverTheCaseAndSpacing() {
        assertEquals(NationalRegistry.Result.CONFIRMED, AdmissionReview.compare(record(), "  nguyễn  văn AN ",
                LocalDate.of(2024, 3, 14), Sex.MALE));
        String decomposed = java.text.Normalizer.normalize("Nguyễn Văn An", java.text.Normalizer.Form.NFD);
        assertEquals(NationalRegistry.Answer.CONFIRMED, AdmissionReview.compare(record(), decomposed, null, null).answer());
    }

    @Test
    void theRegisterNamesEveryFactThatDisagrees() {
        NationalRegistry.Result r = AdmissionReview.compare(record(), "Nguyen Van An", LocalDate.of(2024, 3, 15), Sex.FEMALE);
        assertEquals(NationalRegistry.Answer.MISMATCH, r.answer());
        assertEquals(Set.of(NationalRegistry.Field.NAME, NationalRegistry.Field.BIRTH_DATE, NationalRegistry.Field.SEX),
                r.mismatched(), "accents are part of a name");
    }

    @Test
    void aCorrectionKeepsOnlyChangedFieldsAndMustAgreeWithTheNumber() {
        FieldErrors errors = new FieldErrors();
        Map<String, String> wanted = AdmissionReview.wanted(record(), Map.of("childName", "Nguyễn Văn  Ân",
                "curWard", "Phường Bến Thành", "birthDate", "15/03/2024", "sex", ""), errors);
        assertTrue(errors.isEmpty(), errors.errors().toString());
        assertEquals(Map.of("childName", "Nguyễn Văn Ân", "birthDate", "2024-03-15"), wanted);

        FieldErrors refused = new FieldErrors();
        AdmissionReview.wanted(record(), Map.of("birthDate", "14/03/2023", "sex", "FEMALE", "curStreet", "x".repeat(201)),
                refused);
        assertEquals("admission.review.idYear", refused.errors().get("birthDate").key());
        assertEquals("admission.review.idSex", refused.errors().get("sex").key());
        assertEquals("admission.field.tooLong", refused.errors().get("curStreet").key());
        FieldErrors forged = new FieldErrors();
        AdmissionReview.wanted(record(), Map.of("sex", "OTHER", "birthDate", "không phải ngày"), forged);
        assertEquals(Set.of("sex", "birthDate"), forged.errors().keySet());
    }
}
