package vn.edu.portal.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading what was typed into a step of a public form from its post, by the step's fields and their
 * types, the same for every feature: files are read apart (they are uploads); a box not ticked
 * is posted as nothing and read as ""; a field posted several times (boxes of one field, one per
 * choice) is read as its values joined with commas, as a draft keeps them; a field not posted is
 * left out (the draft keeps what it had); every value is cut at {@code max} characters.
 */
public final class FormRequest {

    private FormRequest() {
    }

    /** The typed values of {@code fields}, each posted as {@code prefix + key}. */
    public static Map<String, String> typed(HttpServletRequest request, List<FormField> fields, String prefix, int max) {
        Map<String, String> typed = new HashMap<>();
        for (FormField f : fields) {
            if (f.type() == FieldType.FILE) {
                continue;
            }
            String[] posted = request.getParameterValues(prefix + f.key());
            if (posted == null && f.type() != FieldType.CHECKBOX) {
                continue;
            }
            String value = posted == null ? "" : String.join(",", posted);
            typed.put(f.key(), value.length() > max ? value.substring(0, max) : value);
        }
        return typed;
    }
}
