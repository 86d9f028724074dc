package vn.edu.portal.procedure.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.forms.FormEvent;
import vn.edu.portal.procedure.BlankForm;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.forms.FormSection;
import vn.edu.portal.procedure.FormVersion;
import vn.edu.portal.procedure.Procedure;
import vn.edu.portal.procedure.Submission;

/**
 * What a public procedure page shows, prepared by {@link ProcedureRoutes} and read by the view
 * as {@code #{proc}}. Error messages are already in the reader's language.
 */
public class PublicProcedure {

    public static final String ATTRIBUTE = "proc";

    /** A file link as the lookup shows it. */
    public record FileLink(String name, String url) {
        public String getName() { return name; }
        public String getUrl() { return url; }
    }

    List<Procedure> procedures = List.of();
    Procedure procedure;
    List<BlankForm> blankForms = List.of();
    FormVersion form;
    List<FormSection> sections = List.of();
    String token;
    int step;
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    String notice;
    String email;
    /** The e-mail code as typed, shown again only when its submit is to be pressed again. */
    String code;
    String consentText;
    Submission submission;
    List<FormEvent> events = List.of();
    List<FileLink> results = List.of();
    String lookupCode;
    String qrSvg;
    String lookupUrl;
    boolean lookedUp;
    String legalBasis;
    /** The consent ticked and the note to the school typed, shown again when the post is refused. */
    boolean consentTicked;
    String note;
    /** The reason typed and the tick of a withdrawal that was refused, shown again. */
    String withdrawReason;
    boolean withdrawTicked;

    public List<Procedure> getProcedures() { return procedures; }
    /** The procedures that take requests now (or give information). */
    public List<Procedure> getCurrent() { return procedures.stream().filter(p -> !p.isSuperseded()).toList(); }
    /** Procedures that were replaced, kept visible with what replaced them. */
    public List<Procedure> getReplaced() { return procedures.stream().filter(Procedure::isSuperseded).toList(); }
    /** The legal basis the shown submission was made under (its form version's). */
    public String getLegalBasis() { return legalBasis; }
    public Procedure getProcedure() { return procedure; }
    public List<BlankForm> getBlankForms() { return blankForms; }
    public FormVersion getForm() { return form; }
    public List<FormSection> getSections() { return sections; }
    public String getToken() { return token; }
    public int getStep() { return step; }
    public int getStepNumber() { return step + 1; }
    public int getStepCount() { return sections.size() + 2; }
    public boolean isContactStep() { return step == sections.size(); }
    public boolean isCodeStep() { return step == sections.size() + 1; }
    public FormSection getSection() { return step < sections.size() ? sections.get(step) : null; }
    public List<FormField> getFields() { return step < sections.size() ? sections.get(step).fields() : List.of(); }
    public Map<String, String> getValues() { return values; }
    public Map<String, String> getErrors() { return errors; }
    public boolean isHasErrors() { return !errors.isEmpty(); }

    /** The first refused field of the step, which takes the focus when the step comes back (its message describes it). */
    public String getFirstRefused() {
        for (FormField f : getFields()) {
            if (errors.containsKey(f.key())) {
                return f.key();
            }
        }
        return errors.containsKey("email") ? "email" : errors.containsKey("code") ? "code" : null;
    }
    public String getNotice() { return notice; }
    public String getEmail() { return email; }
    public String getCode() { return code; }
    public String getConsentText() { return consentText; }
    public Submission getSubmission() { return submission; }
    public List<FormEvent> getEvents() { return events; }
    public List<FileLink> getResults() { return results; }
    public String getLookupCode() { return lookupCode; }
    public boolean isConsentTicked() { return consentTicked; }
    public String getNote() { return note; }
    public String getWithdrawReason() { return withdrawReason; }
    public boolean isWithdrawTicked() { return withdrawTicked; }
    public String getQrSvg() { return qrSvg; }
    public String getLookupUrl() { return lookupUrl; }
    public boolean isLookedUp() { return lookedUp; }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public String error(String key) {
        return errors.get(key);
    }
}
