package vn.edu.portal.admission.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edu.portal.admission.AdmissionFormDefinition;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AgeGroups;
import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.platform.Texts;

/**
 * The application form of one step (1 to 6) as a family sees it: written from the form's definition
 * ({@link AdmissionFormDefinition}: which fields, their types, labels and whether they are required)
 * with what the draft holds and each message next to its field. The fields whose options are the
 * round's (the age groups, the schools of preference, the criteria) take them from the page's model;
 * the review and the e-mail code (step 6) are the form's own. The one place this block is written:
 * the page shows it through {@link PublicApplication#getBlock}, and a step is answered by filling it
 * into the copy of the rest of the page kept for every family of the school ({@link FormStartPages}),
 * as a receipt is: a family's step costs no render. Everything typed or stored is escaped.
 */
final class ApplicationStepHtml extends StepFields {

    /** A heading before a field, where a step asks about more than one thing. */
    private static final Map<String, String> HEADINGS = Map.of("curProvince", "admission.f.current", "permProvince",
            "admission.f.permanent", "fatherName", "admission.f.father", "motherName", "admission.f.mother", "declarantName",
            "admission.f.declarant");

    /** A hint after a field. */
    private static final Map<String, String> HINTS = Map.of("personalId", "admission.f.personalId.hint", "email",
            "admission.f.email.hint", "childName", "admission.f.childName.hint");

    /**
     * Under a heading, a field's short label ("Phường, xã" under "Nơi ở hiện tại"); the definition's label
     * names the field on its own ("Nơi ở hiện tại: phường, xã"), where no heading stands above it.
     */
    private static final Map<String, String> SHORT_LABELS = Map.ofEntries(Map.entry("curProvince", "admission.f.province"),
            Map.entry("curWard", "admission.f.ward"), Map.entry("curStreet", "admission.f.street"),
            Map.entry("permProvince", "admission.f.province"), Map.entry("permWard", "admission.f.ward"),
            Map.entry("permStreet", "admission.f.street"), Map.entry("fatherName", "admission.f.name"),
            Map.entry("fatherBirthYear", "admission.f.birthYear"), Map.entry("fatherJob", "admission.f.job"),
            Map.entry("fatherPhone", "admission.f.phone"), Map.entry("motherName", "admission.f.name"),
            Map.entry("motherBirthYear", "admission.f.birthYear"), Map.entry("motherJob", "admission.f.job"),
            Map.entry("motherPhone", "admission.f.phone"), Map.entry("declarantName", "admission.f.name"));

    private ApplicationStepHtml(PublicApplication m, Locale locale) {
        super(m, locale);
    }

    /** The form of step {@code m.step} (1 to 6), posting to {@code base}{@code tuyen-sinh/dang-ky} (base with the context path). */
    /** {@code tooLargeBytes}: a paper's limit, when the last post was over the server's and could not be read; 0 otherwise. */
    static String of(PublicApplication m, String base, long tooLargeBytes, Locale locale) {
        return RefusedStep.focusFirst(new ApplicationStepHtml(m, locale).form(base, tooLargeBytes));
    }

    private String form(String base, long tooLargeBytes) {
        // The step is in the address too, for a body too large to be read: the answer goes back to it.
        String action = base + "tuyen-sinh/dang-ky" + (m.token == null || m.token.isEmpty() ? ""
                : "?t=" + URLEncoder.encode(m.token, StandardCharsets.UTF_8) + (m.isMultipart() ? "&step=" + m.step : ""));
        out.append("<form id=\"apply\" class=\"admission-form\" method=\"post\" novalidate=\"novalidate\" action=\"").append(e(action))
                .append("\" enctype=\"").append(m.isMultipart() ? "multipart/form-data" : "application/x-www-form-urlencoded")
                .append("\">\n");
        if (m.token != null && !m.token.isEmpty()) {
            out.append("<input type=\"hidden\" id=\"token\" name=\"token\" value=\"").append(e(m.token)).append("\"/>\n");
        }
        out.append("<input type=\"hidden\" id=\"step\" name=\"step\" value=\"").append(m.step).append("\"/>\n");
        // Enter in a field presses a form's first submit button: this one, forward. "Back" came first (it saves nothing,
        // and what was typed was lost) and, on the last step, "send the code" (a second code, the typed one cleared).
        out.append("<button type=\"submit\" id=\"enter\" name=\"action\" value=\"default\" class=\"visually-hidden\""
                + " tabindex=\"-1\" aria-hidden=\"true\">").append(t(m.step < PublicApplication.STEPS ? "admission.apply.next"
                        : "admission.apply.submit")).append("</button>\n");
        if (!m.notices.isEmpty()) {
            out.append("<ul class=\"notice\" role=\"status\">");
            m.notices.forEach(n -> out.append("<li>").append(e(n)).append("</li>"));
            out.append("</ul>\n");
        }
        boolean papers = m.step == AdmissionFormDefinition.TYPED_STEPS + 1;
        if (tooLargeBytes > 0 && !papers) {
            out.append("<p class=\"notice\" id=\"too-large\" role=\"status\">").append(tooLarge(tooLargeBytes)).append("</p>\n");
        }
        if (m.error("token") != null) {
            out.append("<span class=\"field-error\" id=\"token-msg\">").append(e(m.error("token"))).append("</span>\n");
        }
        out.append("<p class=\"steps\" aria-live=\"polite\">").append(t("admission.apply.step")).append(' ').append(m.step)
                .append(" / ").append(PublicApplication.STEPS).append(": ").append(t("admission.apply.step" + m.step)).append("</p>\n");
        out.append(RefusedStep.summary(m, locale));
        if (m.step == 3) {
            groupingNote();
        }
        if (m.step <= AdmissionFormDefinition.TYPED_STEPS + 1) {
            if (m.step == 4 && preferences()) {
                out.append("<p>").append(t("admission.f.preferences.hint")).append("</p>\n");
            }
            if (papers) {
                out.append("<p>").append(t("admission.upload.hint")).append("</p>\n");
                if (tooLargeBytes > 0) {
                    out.append("<p class=\"field-error\" id=\"too-large\" role=\"alert\">").append(tooLarge(tooLargeBytes)).append("</p>\n");
                }
            }
            for (FormField f : AdmissionFormDefinition.fieldsOf(m.step)) {
                field(f);
            }
        } else {
            review();
        }
        actions();
        out.append("</form>\n");
        return out.toString();
    }

    /** One field of the definition, as its type and the round ask. */
    private void field(FormField f) {
        String key = f.key();
        if (HEADINGS.containsKey(key)) {
            out.append("<h2>").append(t(HEADINGS.get(key))).append("</h2>\n");
        }
        switch (key) {
            case "notListedReason" -> {
                if (m.isGradeSix()) {
                    textArea(f);
                }
            }
            case "ageGroup" -> {
                if (preschool()) {
                    ageGroup();
                }
            }
            case "boardingMeals" -> {
                if (preschool()) {
                    out.append("<div class=\"field\">\n<label><input type=\"checkbox\" id=\"boardingMeals\" name=\"boardingMeals\" value=\"true\"")
                            .append(checked("true".equals(m.value(key)))).append("/> ").append(t(f.label())).append("</label>\n</div>\n");
                }
            }
            case "preschool" -> previousSchool(f);
            case "preference2", "preference3" -> {
                if (preferences() && (key.equals("preference2") || m.campaign.getMaxPreferences() >= 3)) {
                    preference(key);
                }
            }
            case "criteria" -> criteria();
            case "consent" -> consent();
            default -> {
                if (f.type() == FieldType.FILE) {
                    paper(f);
                } else if (f.type() == FieldType.CHOICE) {
                    radios(f);
                } else {
                    input(f, t(SHORT_LABELS.getOrDefault(key, f.label())));
                }
            }
        }
        if (HINTS.containsKey(key)) {
            out.append("<p class=\"hint\">").append(t(HINTS.get(key))).append("</p>\n");
        }
    }

    private void ageGroup() {
        out.append("<div class=\"field\">\n<label for=\"ageGroup\">").append(t("admission.f.ageGroup"))
                .append(" *</label>\n<select id=\"ageGroup\" name=\"ageGroup\" aria-describedby=\"ageGroup-hint ageGroup-msg\">\n<option value=\"\">")
                .append(t("admission.f.choose")).append("</option>\n");
        for (AgeGroups.Group g : m.ageGroups) {
            option(g.code(), g.name(), g.code().equals(m.value("ageGroup")));
        }
        out.append("</select>\n<p class=\"hint\" id=\"ageGroup-hint\">")
                .append(e(Texts.get(locale, "admission.f.ageGroup.hint", m.ageReferenceText))).append("</p>\n<span id=\"ageGroup-msg\">");
        error("ageGroup");
        out.append("</span>\n</div>\n");
    }

    /** The school before: grade 6 reads it from the grade-5 list when the child is on it; preschool asks none. */
    private void previousSchool(FormField f) {
        if (m.isGradeSix() && !m.primaryListed.isEmpty()) {
            out.append("<p class=\"notice\" id=\"primary-listed\">").append(e(m.primaryListed)).append("</p>\n");
        } else if (m.isGradeSix()) {
            input(f, t("admission.f.primary"));
        } else if (!preschool()) {
            input(f, t("admission.f.preschool"));
        }
    }

    private void preference(String key) {
        out.append("<div class=\"field\">\n<label for=\"").append(key).append("\">").append(t("admission.f." + key))
                .append("</label>\n<select id=\"").append(key).append("\" name=\"").append(key).append("\">\n<option value=\"\">—</option>\n");
        for (var s : m.otherSchools) {
            String id = String.valueOf(s.site().id());
            option(id, s.getName(), id.equals(m.value(key)));
        }
        out.append("</select>\n");
        error(key);
        out.append("</div>\n");
    }

    private void criteria() {
        out.append("<div class=\"field\">\n<fieldset>\n<legend>").append(t("admission.f.criteria")).append("</legend>\n");
        List<PublicApplication.CriterionChoice> choices = m.criteriaChoices;
        for (int i = 0; i < choices.size(); i++) {
            PublicApplication.CriterionChoice c = choices.get(i);
            out.append("<label class=\"check\"><input type=\"checkbox\" id=\"criteria-").append(i).append("\" name=\"criteria\" value=\"")
                    .append(e(c.value())).append('"').append(checked(m.criteria.contains(c.value()))).append("/> ").append(e(c.label()))
                    .append("</label>\n");
        }
        out.append("</fieldset>\n<p class=\"hint\">").append(t("admission.f.criteria.hint")).append("</p>\n<span id=\"criteria\"></span>\n");
        error("criteria");
        out.append("</div>\n");
    }

    private void consent() {
        out.append("<div class=\"field consent\">\n<p class=\"consent-text\" id=\"consent-text\">")
                .append(e(vn.edu.portal.admission.AdmissionConsent.text(locale, m.campaign)))
                .append("</p>\n<input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"true\" aria-describedby=\"consent-text consent-msg\"")
                .append(m.error("consent") != null ? " aria-invalid=\"true\"" : "").append(checked(m.consent))
                .append("/>\n<label for=\"consent\">").append(t("admission.consent.label")).append(" *</label>\n<span id=\"consent-msg\">");
        error("consent");
        out.append("</span>\n</div>\n");
    }

    /**
     * Step 6: everything that will be sent, field by field as the steps asked it (the family declares it
     * true here), the zone group, the e-mail code.
     */
    private void review() {
        out.append("<dl class=\"summary\">\n");
        for (int step = 1; step < PublicApplication.STEPS; step++) {
            for (FormField f : AdmissionFormDefinition.fieldsOf(step)) {
                summary(f);
            }
        }
        out.append("</dl>\n");
        groupingNote();
        out.append("<p>").append(t("admission.code.hint")).append("</p>\n<button type=\"submit\" id=\"sendCode\" name=\"action\" value=\"send\" class=\"button secondary\">")
                .append(t("admission.code.send")).append("</button>\n<div class=\"field\">\n<label for=\"code\">").append(t("admission.code.label"))
                .append(" *</label>\n<input type=\"text\" id=\"code\" name=\"code\" maxlength=\"6\" inputmode=\"numeric\" autocomplete=\"one-time-code\"")
                .append(m.codeSent ? " autofocus=\"autofocus\"" : "").append(" value=\"").append(e(m.value("code"))).append("\"/>\n");
        error("code");
        out.append("</div>\n");
        error("birthCert");
        error("residence");
        // The declaration that the data is true is the press of "submit", said beside it; the consent to processing is a
        // box of its own (step 4), not bundled with it.
        out.append("<p class=\"declaration\">").append(t("admission.declaration")).append("</p>\n");
        out.append("<button type=\"submit\" id=\"submit\" name=\"action\" value=\"submit\" class=\"button\">").append(t("admission.apply.submit"))
                .append("</button>\n");
    }

    private String tooLarge(long bytes) {
        return e(Texts.get(locale, "admission.upload.requestTooLarge", bytes / (1024.0 * 1024)));
    }

    /** One row of the summary: a field as it was answered, none for a field left empty or not asked. */
    private void summary(FormField f) {
        String key = f.key();
        String typed = m.value(key);
        if (key.equals("curProvince") || key.equals("permProvince")) { // an address on one line, under its heading
            String at = key.startsWith("cur") ? "cur" : "perm";
            String line = String.join(", ", java.util.stream.Stream.of(m.value(at + "Street"), m.value(at + "Ward"), typed)
                    .filter(part -> !part.isBlank()).toList());
            if (!line.isEmpty()) {
                row(HEADINGS.get(key), line);
            }
            return;
        }
        String shown = switch (key) {
            case "consent", "boardingMeals", "curWard", "curStreet", "permWard", "permStreet" -> "";
            case "birthDate" -> m.birthDateShown;
            case "ageGroup" -> preschool() ? m.getAgeGroupName()
                    + ("true".equals(m.value("boardingMeals")) ? " · " + Texts.get(locale, "admission.f.boardingMeals") : "") : "";
            case "notListedReason" -> m.isGradeSix() ? typed : "";
            case "preference2", "preference3" -> m.otherSchools.stream().filter(s -> String.valueOf(s.site().id()).equals(typed))
                    .map(AdmissionRounds.SchoolView::getName).findFirst().orElse("");
            case "criteria" -> String.join("; ", m.criteriaChoices.stream().filter(c -> m.criteria.contains(c.value()))
                    .map(PublicApplication.CriterionChoice::label).toList());
            default -> f.type() == FieldType.FILE ? (m.value(key + "Path").isEmpty() ? "" : Texts.get(locale, "admission.review.paperAttached"))
                    : f.type() == FieldType.CHOICE && !typed.isEmpty() ? Texts.get(locale, "admission." + key + "." + typed) : typed;
        };
        if (!shown.isBlank()) {
            row(f.label(), shown); // the full label: "Nơi thường trú: phường, xã", not its short form under a heading
        }
    }

    private void row(String label, String value) {
        out.append("<dt>").append(t(label)).append("</dt><dd>").append(e(value)).append("</dd>\n");
    }

    private boolean preschool() {
        return m.campaign != null && m.campaign.isPreschool();
    }

    private boolean preferences() {
        return m.campaign != null && m.campaign.isPreferencesAllowed();
    }

}
