package vn.edu.portal.admission.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.portal.admission.AdmissionFormDefinition;
import vn.edu.portal.platform.Texts;

/**
 * A refused step of the application form: it opens with what was refused, each line naming its field and linking
 * to it, and the first refused field has the focus, described by its message (the step came back at the page's top
 * and a screen reader read the same page again with nothing said).
 */
final class RefusedStep {

    private static final Pattern REFUSED_CONTROL = Pattern.compile("<(?:input|select|textarea)\\b[^>]*? aria-invalid=\"true\"");

    private RefusedStep() {
    }

    /** {@code html} with {@code autofocus} on its first refused control, if any. */
    static String focusFirst(String html) {
        Matcher m = REFUSED_CONTROL.matcher(html);
        return m.find() ? html.substring(0, m.end()) + " autofocus=\"autofocus\"" + html.substring(m.end()) : html;
    }

    /** The summary of what the step refused, "" when nothing was. */
    static String summary(PublicApplication m, Locale locale) {
        // In the order of the form, as the focus goes to the first refused field (the checks' order came out otherwise).
        Map<String, String> ordered = new LinkedHashMap<>();
        Map<String, String> labels = new java.util.HashMap<>();
        if (m.step <= AdmissionFormDefinition.TYPED_STEPS + 1) {
            AdmissionFormDefinition.fieldsOf(m.step).forEach(f -> {
                labels.put(f.key(), Texts.get(locale, f.label()));
                if (m.errors.containsKey(f.key())) {
                    ordered.put(f.key(), m.errors.get(f.key()));
                }
            });
        }
        m.errors.forEach(ordered::putIfAbsent);
        ordered.remove("token");
        if (ordered.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"error-summary\" id=\"error-summary\" role=\"alert\">\n<p>")
                .append(StepFields.e(Texts.get(locale, "admission.apply.refused", ordered.size()))).append("</p>\n<ul>");
        for (Map.Entry<String, String> en : List.copyOf(ordered.entrySet())) {
            // Each line names its field: "Vui lòng nhập thông tin này." four times said nothing in a list.
            String label = labels.get(en.getKey());
            out.append("<li><a href=\"#").append(StepFields.e(en.getKey())).append("\">").append(label == null ? "" : StepFields.e(label) + ": ")
                    .append(StepFields.e(en.getValue())).append("</a></li>");
        }
        return out.append("</ul>\n</div>\n").toString();
    }
}
