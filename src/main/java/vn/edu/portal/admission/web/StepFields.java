package vn.edu.portal.admission.web;

import java.util.Locale;
import java.util.Map;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.platform.HtmlSanitizer;
import vn.edu.portal.platform.Texts;

/**
 * How a field of the application form is written ({@link ApplicationStepHtml} says which fields a
 * step shows): a text, date, phone or e-mail input, a long text, a choice of options, a paper, each
 * with its label, what the draft holds and the message next to it, everything escaped; and the small
 * parts they share. Writes into one page's HTML, for one reader's language.
 */
abstract class StepFields {

    /** The longest each text field takes ({@code maxlength}; the server checks again). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("childName", 120), Map.entry("personalId", 20),
            Map.entry("birthDate", 10), Map.entry("birthPlace", 200), Map.entry("ethnicity", 60), Map.entry("curProvince", 100),
            Map.entry("curWard", 100), Map.entry("curStreet", 200), Map.entry("permProvince", 100), Map.entry("permWard", 100),
            Map.entry("permStreet", 200), Map.entry("preschool", 200), Map.entry("fatherBirthYear", 4),
            Map.entry("motherBirthYear", 4), Map.entry("fatherPhone", 25), Map.entry("motherPhone", 25), Map.entry("phone", 25),
            Map.entry("email", 254), Map.entry("declarantRelation", 60));

    final PublicApplication m;
    final Locale locale;
    final StringBuilder out = new StringBuilder(8192);

    StepFields(PublicApplication m, Locale locale) {
        this.m = m;
        this.locale = locale;
    }

    /** Digits only: a phone shows its number pad (the ID on step 1 brought up the full keyboard). */
    private static final java.util.Set<String> NUMERIC = java.util.Set.of("personalId");

    /** The family's own contact fields, which a phone fills in (WCAG 1.3.5); the child's are typed, never suggested. */
    private static final java.util.Map<String, String> AUTOCOMPLETE = java.util.Map.of("declarantName", "name", "phone", "tel",
            "email", "email");

    void input(FormField f, String label) {
        String key = f.key();
        String type = switch (f.type()) {
            case DATE -> "date";
            case PHONE -> "tel";
            case EMAIL -> "email";
            default -> "text";
        };
        out.append("<div class=\"field\">\n<label for=\"").append(key).append("\">").append(label).append(f.required() ? " *" : "")
                .append("</label>\n<input id=\"").append(key).append("\" name=\"").append(key).append("\" value=\"")
                .append(e(m.value(key))).append("\" maxlength=\"").append(LENGTHS.getOrDefault(key, 120)).append("\" type=\"")
                .append(type).append(NUMERIC.contains(key) || f.type() == vn.edu.portal.forms.FieldType.NUMBER ? "\" inputmode=\"numeric" : "")
                .append(m.error(key) != null ? "\" aria-invalid=\"true" : "")
                .append("\" aria-describedby=\"").append(key).append("-msg\" autocomplete=\"").append(AUTOCOMPLETE.getOrDefault(key, "off")).append("\"/>\n<span id=\"")
                .append(key).append("-msg\">");
        error(key);
        out.append("</span>\n</div>\n");
    }

    void textArea(FormField f) {
        String key = f.key();
        out.append("<div class=\"field\">\n<label for=\"").append(key).append("\">").append(t(f.label())).append("</label>\n<textarea id=\"")
                .append(key).append("\" name=\"").append(key).append("\" rows=\"3\" maxlength=\"1000\" aria-describedby=\"").append(key)
                .append("-msg\">").append(e(m.value(key))).append("</textarea>\n<span id=\"").append(key).append("-msg\">");
        error(key);
        out.append("</span>\n</div>\n");
    }

    /** A choice among the definition's options, each labelled {@code admission.<field>.<option>}. */
    void radios(FormField f) {
        String key = f.key();
        out.append("<div class=\"field\" id=\"").append(key).append("\">\n<fieldset aria-describedby=\"").append(key).append("-msg\"")
                .append(m.error(key) != null ? " aria-invalid=\"true\"" : "").append(">\n<legend>").append(t(f.label()))
                .append(f.required() ? " *" : "").append("</legend>\n");
        for (String o : f.options()) {
            out.append("<label><input type=\"radio\" id=\"").append(key).append('-').append(e(o.toLowerCase(Locale.ROOT)))
                    .append("\" name=\"").append(key).append("\" value=\"").append(e(o)).append('"')
                    .append(checked(o.equals(m.value(key)))).append("/> ").append(t("admission." + key + "." + o)).append("</label>\n");
        }
        out.append("</fieldset>\n<span id=\"").append(key).append("-msg\">");
        error(key);
        out.append("</span>\n</div>\n");
    }

    void paper(FormField f) {
        String key = f.key();
        out.append("<div class=\"field\">\n<label for=\"").append(key).append("\">").append(t(f.label())).append(" *</label>\n<input type=\"file\" id=\"")
                .append(key).append("\" name=\"").append(key).append("\" accept=\"application/pdf,image/jpeg,image/png\" aria-describedby=\"")
                .append(key).append("-msg\"").append(m.error(key) != null ? " aria-invalid=\"true\"" : "").append("/>\n<span id=\"")
                .append(key).append("-msg\">");
        if (!m.value(key + "Path").isEmpty()) {
            // Said to a screen reader with the field: the paper sent before is kept.
            out.append("<span class=\"hint\">").append(t("admission.upload.received")).append("</span>\n");
        }
        error(key);
        out.append("</span>\n</div>\n");
    }

    void option(String value, String label, boolean selected) {
        out.append("<option value=\"").append(e(value)).append('"').append(selected ? " selected=\"selected\"" : "").append('>')
                .append(e(label)).append("</option>\n");
    }

    void error(String field) {
        String error = m.error(field);
        if (error != null) {
            out.append("<span class=\"field-error\">").append(e(error)).append("</span>");
        }
    }

    static String checked(boolean on) {
        return on ? " checked=\"checked\"" : "";
    }

    String t(String key) {
        return e(Texts.get(locale, key));
    }

    static String e(String text) {
        return HtmlSanitizer.escape(text);
    }

    /** The step's note of the zone group the address puts the child in. */
    void groupingNote() {
        out.append("<div class=\"notice zone-group\" role=\"note\">").append(e(m.groupingText)).append("</div>\n");
    }

    /** Back and next (the hidden first button of the form, forward, is written with the form). */
    void actions() {
        out.append("<div class=\"actions\">");
        if (m.step > 1) {
            out.append("<button type=\"submit\" id=\"back\" name=\"action\" value=\"back\" class=\"button secondary\">")
                    .append(t("admission.apply.back")).append("</button>");
        }
        if (m.step < PublicApplication.STEPS) {
            out.append("<button type=\"submit\" id=\"next\" name=\"action\" value=\"next\" class=\"button\">").append(t("admission.apply.next"))
                    .append("</button>");
        }
        out.append("</div>\n");
    }
}
