package vn.edu.portal.admission.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.CorrectionRequest;
import vn.edu.portal.platform.Texts;

/** How the fields of a review record read on pages: labels, dates as dd/MM/yyyy, the sex in words. */
public final class ReviewFields {

    /** One field of a correction request: what was asked for and, once accepted, what it replaced. */
    public record Change(String field, String label, String requested, String previous) {
    }

    private ReviewFields() {
    }

    public static String label(String field) {
        return Texts.get("admission.review.field." + field);
    }

    public static String shown(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "birthDate" -> AdmissionService.date(value) == null ? value
                    : AdmissionService.date(value).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case "sex" -> Texts.get("admission.sex." + value);
            default -> value;
        };
    }

    public static List<Change> changes(CorrectionRequest q) {
        Map<String, String> previous = q.getPreviousValues();
        List<Change> out = new ArrayList<>();
        q.getRequestedValues().forEach((field, value) -> out.add(new Change(field, label(field), shown(field, value),
                shown(field, previous.get(field)))));
        return out;
    }
}
