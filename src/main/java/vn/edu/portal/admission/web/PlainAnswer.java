package vn.edu.portal.admission.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;

/**
 * What a plain HTML page of admission answers a post with, shared by its forms (the family's look-up,
 * the data review, the request of a child missing from the grade-5 list): the messages, already in
 * the reader's language, those of a field by its plain name and the others above the form.
 */
public abstract class PlainAnswer {

    final Map<String, String> errors = new LinkedHashMap<>();
    final List<String> notices = new ArrayList<>();

    /** The messages above the form (what was done, when to try again). */
    public List<String> getNotices() {
        return notices;
    }

    /** The message next to a field, by the field's plain name, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    void notice(Locale locale, String key, Object... args) {
        notices.add(Texts.get(locale, key, args));
    }

    /** Each refused field's message, next to the field. */
    void refuse(Locale locale, FieldErrors refused) {
        refused.errors().forEach((field, e) -> errors.put(field, Texts.get(locale, e.key(), e.args())));
    }

    /** A posted field as typed ("" when absent), cut at {@code max} characters. */
    static String typed(HttpServletRequest request, String name, int max) {
        String value = request.getParameter(name);
        return value == null ? "" : value.length() > max ? value.substring(0, max) : value;
    }
}
