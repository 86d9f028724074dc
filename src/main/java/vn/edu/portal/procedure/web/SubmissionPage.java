package vn.edu.portal.procedure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.SignedLinks;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.Submission;
import vn.edu.portal.forms.FormEvent;
import vn.edu.portal.forms.DraftValues;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.procedure.SubmissionFile;
import vn.edu.portal.procedure.SubmissionQueue;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** One submission for the school's staff: what was sent, its history, and the next step. Each opening is logged. */
@Named
@ViewScoped
public class SubmissionPage implements Serializable {

    /** A field of the form with the applicant's answer. */
    public record Answer(String label, String value) {
        public String getLabel() { return label; }
        public String getValue() { return value; }
    }

    /** A file with a signed link valid for a few minutes. */
    public record FileRow(String name, String kind, String url) {
        public String getName() { return name; }
        public String getKind() { return kind; }
        public String getUrl() { return url; }
    }

    @Inject
    transient AdminShell shell;

    @Inject
    transient SubmissionQueue submissions;

    @Inject
    transient ProcedureService procedures;

    @Inject
    transient SignedLinks links;

    private Long id;
    private String note;
    private String reason;
    private String resultNote;
    private transient Part result;

    @PostConstruct
    void init() {
        StaffContext staff = shell.staff();
        shell.requested("id", "submission", s -> submissions.open(staff.siteId(), s, staff.username(), staff.ip()))
                .ifPresent(s -> id = s.getId());
    }

    public boolean isFound() {
        return id != null;
    }

    public Submission getSubmission() {
        return id == null ? null : submissions.submission(shell.staff().siteId(), id).orElse(null);
    }

    public String getProcedureName() {
        Submission s = getSubmission();
        return s == null ? "" : procedures.byId(s.getProcedureId()).map(p -> p.getName()).orElse("");
    }

    /** The legal basis the request was made under (its form version's), which it keeps if the procedure's changes. */
    public String getLegalBasis() {
        Submission s = getSubmission();
        return s == null ? "" : procedures.form(s.getFormId()).map(f -> f.getLegalBasis()).orElse(null);
    }

    public List<Answer> getAnswers() {
        Submission s = getSubmission();
        if (s == null || s.getData() == null) {
            return List.of();
        }
        FormDefinition definition = procedures.form(s.getFormId()).orElseThrow().definition();
        Map<String, String> values = DraftValues.parse(s.getData());
        List<Answer> answers = new ArrayList<>();
        for (FormField f : definition.fields()) {
            String value = values.getOrDefault(f.key(), "");
            // A date is kept as 2018-03-14 and read by the staff as 14/03/2018.
            if (f.type() == vn.edu.portal.forms.FieldType.DATE && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                value = java.time.LocalDate.parse(value).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            } else if (f.type() == vn.edu.portal.forms.FieldType.CHECKBOX) {
                value = Texts.get("true".equals(value) ? "proc.answer.yes" : "proc.answer.no"); // it read "true"
            }
            answers.add(new Answer(f.label(), value));
        }
        return answers;
    }

    public List<FileRow> getFiles() {
        if (id == null) {
            return List.of();
        }
        String who = shell.staff().username();
        // Each file named by what it is (the form's label, or "the result"), not by a key of the form.
        Map<String, String> labels = new java.util.HashMap<>();
        Submission s = getSubmission();
        if (s != null) {
            procedures.form(s.getFormId()).ifPresent(form -> form.definition().fields().forEach(f -> labels.put(f.key(), f.label())));
        }
        return submissions.files(shell.staff().siteId(), id).stream().map(f -> new FileRow(f.getOriginalName(),
                f.getKind() == SubmissionFile.Kind.RESULT ? Texts.get("proc.file.result")
                        : labels.getOrDefault(f.getFieldKey(), f.getFieldKey()),
                links.sign(SubmissionFileServlet.path(f.getId()), who, Duration.ofMinutes(10)))).toList();
    }

    public List<FormEvent> getEvents() {
        return id == null ? List.of() : submissions.events(shell.staff().siteId(), id);
    }

    public void assign() {
        StaffContext staff = shell.staff();
        submissions.assign(staff.siteId(), id, staff.username(), staff.ip());
        Texts.info("proc.assigned");
        reopen();
    }

    public void askForInformation() {
        StaffContext staff = shell.staff();
        try {
            submissions.askForInformation(staff.siteId(), id, note, staff.username(), staff.ip());
            note = null;
            Texts.info("proc.asked");
            reopen();
        } catch (FieldErrors e) {
            Texts.show("ask", e);
        }
    }

    public void accept() {
        StaffContext staff = shell.staff();
        try {
            UploadPolicy.Upload upload = UploadPolicy.read(result, "result", UploadPolicy.readLimit(submissions.fileLimit())).orElse(null);
            submissions.accept(staff.siteId(), id, resultNote, upload, staff.username(), staff.ip());
            resultNote = null;
            Texts.info("proc.accepted");
            reopen();
        } catch (FieldErrors e) {
            Texts.show("accept", e);
        }
    }

    /** After an action, the request's own address again ({@link AdminShell#reopen}). */
    private void reopen() {
        shell.reopen("ho-so/xem?id=" + id);
    }

    public void refuse() {
        StaffContext staff = shell.staff();
        try {
            submissions.refuse(staff.siteId(), id, reason, staff.username(), staff.ip());
            reason = null;
            Texts.info("proc.refused");
            reopen();
        } catch (FieldErrors e) {
            Texts.show("refuse", e);
        }
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getResultNote() { return resultNote; }
    public void setResultNote(String resultNote) { this.resultNote = resultNote; }
    public Part getResult() { return result; }
    public void setResult(Part result) { this.result = result; }
    public Long getId() { return id; }
}
