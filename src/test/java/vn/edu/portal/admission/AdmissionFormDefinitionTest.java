package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;

/**
 * The application form as the engine's data: four steps of typed fields and the papers, each key
 * once, every label a message in both languages, and a refusal found at the submit sent back to
 * the step that shows its field. It survives the engine's JSON as procedure forms do.
 */
class AdmissionFormDefinitionTest {

    @Test
    void fourStepsOfTypedFieldsThenThePapers() {
        FormDefinition d = AdmissionFormDefinition.DEFINITION;
        assertEquals(5, d.sections().size());
        assertEquals(AdmissionFormDefinition.TYPED_STEPS + 1, d.sections().size());
        assertTrue(d.sections().subList(0, AdmissionFormDefinition.TYPED_STEPS).stream().flatMap(s -> s.fields().stream())
                .noneMatch(f -> f.type() == FieldType.FILE), "typed steps have no files");
        assertEquals(List.of("birthCert", "residence"), AdmissionFormDefinition.fieldsOf(5).stream().map(FormField::key).toList());
        assertTrue(AdmissionFormDefinition.fieldsOf(5).stream().allMatch(f -> f.type() == FieldType.FILE && f.required()));
        assertEquals(List.of(), AdmissionFormDefinition.fieldsOf(6), "the review and the code are the page's own");
        Set<String> keys = new HashSet<>();
        for (FormField f : d.fields()) {
            assertTrue(keys.add(f.key()), "once: " + f.key());
            assertTrue(!Texts.get(PortalViewHandler.VIETNAMESE, f.label()).equals(f.label()), "a label: " + f.label());
        }
        assertEquals(FieldType.PERSONAL_ID, d.field("personalId").orElseThrow().type());
        assertEquals(FieldType.EMAIL, d.field("email").orElseThrow().type());
        assertEquals(List.of("MALE", "FEMALE"), d.field("sex").orElseThrow().options());
        assertEquals(d, FormDefinition.fromJson(d.toJson()), "stored and read back like a procedure's form");
    }

    @Test
    void aRefusalAtTheSubmitGoesBackToTheStepOfItsField() {
        assertEquals(1, AdmissionFormDefinition.stepOf("personalId"));
        assertEquals(2, AdmissionFormDefinition.stepOf("curWard"));
        assertEquals(3, AdmissionFormDefinition.stepOf("email"));
        assertEquals(4, AdmissionFormDefinition.stepOf("consent"));
        assertEquals(5, AdmissionFormDefinition.stepOf("residence"));
        assertEquals(6, AdmissionFormDefinition.stepOf("code"));
        assertEquals(6, AdmissionFormDefinition.stepOf("token"));
    }
}
