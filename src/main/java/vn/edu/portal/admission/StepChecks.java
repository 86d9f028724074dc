package vn.edu.portal.admission;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.edu.portal.platform.EmailAddress;
import vn.edu.portal.platform.FieldErrors;

/**
 * The checks of the application form's steps that need nothing but what was typed and the round's
 * rules: residence, family and contact, and the criteria claimed. Each refusal names its field.
 */
final class StepChecks {

    private StepChecks() {
    }

    /** Step 2: permanent and current address, the preschool attended. */
    static void residence(Map<String, String> v, FieldErrors errors) {
        for (String f : List.of("permProvince", "permWard", "permStreet", "curProvince", "curWard", "curStreet")) {
            required(v, errors, f, f.endsWith("Street") ? 200 : 100);
        }
        optional(v, errors, "preschool", 200);
    }

    /** Step 3: the parents, the declarant, the phone and the address the code goes to. */
    static void family(AdmissionCampaign campaign, Map<String, String> v, FieldErrors errors) {
        required(v, errors, "declarantName", 120);
        required(v, errors, "declarantRelation", 60);
        if (!vn.edu.portal.forms.TypedText.isPhone(v.getOrDefault("phone", ""))) {
            errors.add("phone", "admission.field.phone");
        }
        if (EmailAddress.parse(v.get("email")).isEmpty()) {
            errors.add("email", "admission.field.email");
        }
        for (String p : List.of("father", "mother")) {
            optional(v, errors, p + "Name", 120);
            optional(v, errors, p + "Job", 120);
            String year = v.getOrDefault(p + "BirthYear", "");
            if (!year.isEmpty() && (!year.matches("\\d{4}") || Integer.parseInt(year) < 1940
                    || Integer.parseInt(year) > campaign.schoolYear - 14)) {
                errors.add(p + "BirthYear", "admission.field.year");
            }
            String phone = v.getOrDefault(p + "Phone", "");
            if (!phone.isEmpty() && !vn.edu.portal.forms.TypedText.isPhone(phone)) {
                errors.add(p + "Phone", "admission.field.phone");
            }
        }
        // The parents' names are free text: a family writes "(đã mất)" beside one.
        name(v, errors, "declarantName");
        if (v.getOrDefault("fatherName", "").isEmpty() && v.getOrDefault("motherName", "").isEmpty()) {
            errors.add("motherName", "admission.field.parent");
        }
    }

    /**
     * Claimed criteria: {@code CODE} for one of the child, {@code CODE@n} for one of the child at
     * the school of preference n (1 the school applied to), which must have been chosen.
     */
    static void criteria(AdmissionCampaign campaign, Map<String, String> v, FieldErrors errors) {
        criteria(campaign, v, place -> null, errors);
    }

    /**
     * As above, and a criterion that only some schools offer is refused at another: {@code schoolAt}
     * names the school (its address) of preference n, null where unknown.
     */
    static void criteria(AdmissionCampaign campaign, Map<String, String> v, java.util.function.IntFunction<String> schoolAt,
            FieldErrors errors) {
        Map<String, AdmissionRounds.Criterion> known = AdmissionRounds.parseCriteria(campaign.criteria).stream()
                .collect(Collectors.toMap(AdmissionRounds.Criterion::code, c -> c));
        for (String claimed : v.getOrDefault("criteria", "").split(",")) {
            String c = claimed.strip();
            if (c.isEmpty()) {
                continue;
            }
            int at = c.indexOf('@');
            AdmissionRounds.Criterion criterion = known.get(at < 0 ? c : c.substring(0, at));
            String place = at < 0 ? null : c.substring(at + 1);
            if (criterion == null || criterion.atSchool() != (place != null)
                    || (place != null && !place.matches("[1-3]"))) {
                errors.add("criteria", "admission.criteria.unknown");
            } else if (place != null && !place.equals("1") && v.getOrDefault("preference" + place, "").isEmpty()) {
                errors.add("criteria", "admission.criteria.noSuchPreference", Integer.parseInt(place));
            } else if (place != null && schoolAt.apply(Integer.parseInt(place)) != null
                    && !criterion.appliesAt(schoolAt.apply(Integer.parseInt(place)))) {
                errors.add("criteria", "admission.criteria.onlyAt", criterion.label(), String.join(", ", criterion.onlyAt()));
            }
        }
    }

    /**
     * Grade 6: a pupil on the imported grade-5 list goes on; one who is not (moved in, studied abroad) must
     * say why, in 10 to 1,000 characters, and the school then decides (Education Law 2019, art. 28: a pupil
     * entering grade 6 must have completed the primary programme; the list is the sector's record of it).
     */
    static void gradeFiveList(boolean listed, String reason, FieldErrors errors) {
        String why = reason == null ? "" : reason.strip();
        if (!listed && (why.length() < 10 || why.length() > 1000)) {
            errors.add("notListedReason", "admission.grade6.notListed");
        }
    }

    static void required(Map<String, String> v, FieldErrors errors, String field, int max) {
        String value = v.getOrDefault(field, "");
        if (value.isBlank()) {
            errors.add(field, "admission.field.required");
        } else if (value.length() > max) {
            errors.add(field, "admission.field.tooLong", max);
        }
    }

    /** A person's name, if given: letters and spaces only (no digit, emoji or symbol), as a birth certificate has it. */
    static void name(Map<String, String> v, FieldErrors errors, String field) {
        String value = v.getOrDefault(field, "");
        if (!value.isEmpty() && !errors.errors().containsKey(field) && !vn.edu.portal.forms.TypedText.isName(value)) {
            errors.add(field, "admission.field.name");
        }
    }

    static void optional(Map<String, String> v, FieldErrors errors, String field, int max) {
        if (v.getOrDefault(field, "").length() > max) {
            errors.add(field, "admission.field.tooLong", max);
        }
    }
}
