package vn.edu.portal.admission;

import java.util.List;
import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.forms.FormSection;

/** The application form of admission as the public-form engine's data ({@code forms}). */
public final class AdmissionFormDefinition {

    private AdmissionFormDefinition() {
    }

    /**
     * The application form as data, on the engine's model ({@link FormDefinition}): its steps of
     * typed fields, the papers last. Labels are keys of the message bundles. What a step keeps and
     * which step shows a field come from here; the checks of each step are the round's own
     * ({@link AdmissionForm#checkStep}: the child's ID against the date of birth and sex, the age, zones,
     * preferences and criteria, the family), plugged in beside it. The review and the code follow
     * as step 6, the receipt as 7 (the public page's own).
     */
    public static final FormDefinition DEFINITION = new FormDefinition(List.of(
            step(1, text("childName", true), field("personalId", FieldType.PERSONAL_ID, true), field("birthDate", FieldType.DATE, true),
                    choice("sex", true, "MALE", "FEMALE"), text("birthPlace", true), text("ethnicity", true),
                    choice("ageGroup", false), field("boardingMeals", FieldType.CHECKBOX, false),
                    field("notListedReason", FieldType.LONG_TEXT, false)),
            step(2, text("curProvince", true), text("curWard", true), text("curStreet", true), text("permProvince", true),
                    text("permWard", true), text("permStreet", true), text("preschool", false)),
            step(3, text("fatherName", false), field("fatherBirthYear", FieldType.NUMBER, false), text("fatherJob", false),
                    field("fatherPhone", FieldType.PHONE, false), text("motherName", false),
                    field("motherBirthYear", FieldType.NUMBER, false), text("motherJob", false),
                    field("motherPhone", FieldType.PHONE, false), text("declarantName", true), text("declarantRelation", true),
                    field("phone", FieldType.PHONE, true), field("email", FieldType.EMAIL, true)),
            // The schools of preference and the criteria are the round's: their options come from it.
            step(4, choice("preference2", false), choice("preference3", false), choice("criteria", false),
                    field("consent", FieldType.CHECKBOX, true)),
            step(5, paper("birthCert"), paper("residence"))));

    /** The steps of typed fields, before the papers' step. */
    public static final int TYPED_STEPS = 4;
    /** Every step: the typed ones, the papers', the last (the summary, the code, the submit). */
    public static final int STEPS = TYPED_STEPS + 2;

    private static FormSection step(int n, FormField... fields) {
        return new FormSection("admission.apply.step" + n, List.of(fields));
    }

    private static FormField field(String key, FieldType type, boolean required) {
        return new FormField(key, type, "admission.f." + key, "", required, List.of(), null, null, type == FieldType.DATE,
                List.of(), 0);
    }

    private static FormField text(String key, boolean required) {
        return field(key, FieldType.TEXT, required);
    }

    private static FormField choice(String key, boolean required, String... options) {
        return new FormField(key, FieldType.CHOICE, "admission.f." + key, "", required, List.of(options), null, null, false,
                List.of(), 0);
    }

    /** A paper: a PDF or a photo ({@link AdmissionForm#PAPERS}), up to the portal's upload limit. */
    private static FormField paper(String key) {
        return new FormField(key, FieldType.FILE, "admission.f." + key, "", true, List.of(), null, null, false,
                List.of("pdf", "image"), 0);
    }

    /** The fields of a step of {@link #DEFINITION} (1 to 5); none for the steps after. */
    public static List<FormField> fieldsOf(int step) {
        return step >= 1 && step <= DEFINITION.sections().size() ? DEFINITION.sections().get(step - 1).fields() : List.of();
    }

    /**
     * The step of the form that shows a field, so that a refusal found only at the final submit
     * (the same child applied meanwhile, a paper that went missing) is shown next to its field
     * with what was typed; fields of the last step (the code) and unknown ones give 6.
     */
    public static int stepOf(String field) {
        for (int i = 0; i < DEFINITION.sections().size(); i++) {
            for (FormField f : DEFINITION.sections().get(i).fields()) {
                if (f.key().equals(field)) {
                    return i + 1;
                }
            }
        }
        return DEFINITION.sections().size() + 1;
    }
}
