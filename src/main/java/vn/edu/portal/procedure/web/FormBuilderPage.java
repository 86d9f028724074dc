package vn.edu.portal.procedure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.forms.FormSection;
import vn.edu.portal.procedure.FormVersion;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * Builds a procedure's online form from rows of fields; rows with the same section title form
 * one step. Saving makes a draft version; publishing makes it the one parents use.
 */
@Named
@ViewScoped
public class FormBuilderPage implements Serializable {

    /** One editable row of the builder. */
    public static class Row implements Serializable {
        private String section = "";
        private String key = "";
        private FieldType type = FieldType.TEXT;
        private String label = "";
        private String help = "";
        private boolean required;
        private String options = "";
        private String min = "";
        private String max = "";
        private boolean pastOnly;
        private String fileTypes = "pdf, image";
        private String maxKb = "";

        public String getSection() { return section; }
        public void setSection(String section) { this.section = section; }
        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public FieldType getType() { return type; }
        public void setType(FieldType type) { this.type = type; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getHelp() { return help; }
        public void setHelp(String help) { this.help = help; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public String getOptions() { return options; }
        public void setOptions(String options) { this.options = options; }
        public String getMin() { return min; }
        public void setMin(String min) { this.min = min; }
        public String getMax() { return max; }
        public void setMax(String max) { this.max = max; }
        public boolean isPastOnly() { return pastOnly; }
        public void setPastOnly(boolean pastOnly) { this.pastOnly = pastOnly; }
        public String getFileTypes() { return fileTypes; }
        public void setFileTypes(String fileTypes) { this.fileTypes = fileTypes; }
        public String getMaxKb() { return maxKb; }
        public void setMaxKb(String maxKb) { this.maxKb = maxKb; }
    }

    @Inject
    transient AdminShell shell;

    @Inject
    transient ProcedureService procedures;

    private Long procedureId;
    private String procedureName;
    private final List<Row> rows = new ArrayList<>();
    private FormDefinition preview;

    @PostConstruct
    void init() {
        shell.requested("id", "procedure", p -> procedures.find(shell.staff().siteId(), p)).ifPresent(p -> {
            procedureId = p.getId();
            procedureName = p.getName();
            procedures.editable(p.getId()).ifPresent(f -> load(f.definition()));
        });
    }

    private void load(FormDefinition definition) {
        rows.clear();
        for (FormSection s : definition.sections()) {
            for (FormField f : s.fields()) {
                Row r = new Row();
                r.section = s.title();
                r.key = f.key();
                r.type = f.type();
                r.label = f.label();
                r.help = f.help();
                r.required = f.required();
                r.options = String.join("\n", f.options());
                r.min = f.min() == null ? "" : f.min().toString();
                r.max = f.max() == null ? "" : f.max().toString();
                r.pastOnly = f.pastOnly();
                r.fileTypes = String.join(", ", f.fileTypes());
                r.maxKb = f.maxKb() == 0 ? "" : String.valueOf(f.maxKb());
                rows.add(r);
            }
        }
        preview = definition;
    }

    /** The rows as a form definition; numbers that are not numbers are refused with the row. */
    FormDefinition definition() {
        Map<String, List<FormField>> sections = new LinkedHashMap<>();
        FieldErrors errors = new FieldErrors();
        int n = 0;
        for (Row r : rows) {
            n++;
            Long min = number(r.min, n, errors);
            Long max = number(r.max, n, errors);
            Long maxKb = number(r.maxKb, n, errors);
            List<String> options = Arrays.stream(r.options == null ? new String[0] : r.options.split("[\\n;]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> types = Arrays.stream(r.fileTypes == null ? new String[0] : r.fileTypes.split(","))
                    .map(String::strip).filter(s -> s.equals("pdf") || s.equals("image") || s.equals("docx")).toList();
            String section = r.section == null || r.section.isBlank() ? "" : r.section.strip();
            sections.computeIfAbsent(section, k -> new ArrayList<>()).add(new FormField(
                    r.key == null ? "" : r.key.strip(), r.type, r.label == null ? "" : r.label.strip(), r.help,
                    r.required, options, min, max, r.pastOnly, types, maxKb == null ? 0 : maxKb.intValue()));
        }
        errors.throwIfAny();
        return new FormDefinition(sections.entrySet().stream().map(e -> new FormSection(e.getKey(), e.getValue())).toList());
    }

    private static Long number(String text, int row, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.add("fields", "proc.form.numberInRow", row);
            return null;
        }
    }

    public void addRow() {
        Row r = new Row();
        if (!rows.isEmpty()) {
            r.section = rows.get(rows.size() - 1).section;
        }
        rows.add(r);
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public void save() {
        StaffContext staff = shell.staff();
        try {
            FormDefinition definition = definition();
            FormVersion draft = procedures.saveDraft(staff.siteId(), procedureId, definition, staff.username(), staff.ip());
            preview = definition;
            Texts.info("proc.form.saved", draft.getVersion());
        } catch (FieldErrors e) {
            Texts.show("builder", e);
        }
    }

    public void publish() {
        StaffContext staff = shell.staff();
        try {
            // What is on the screen is what gets published: it published the last saved draft, and the
            // edits made since stayed on the screen as if they were out.
            preview = definition();
            procedures.saveDraft(staff.siteId(), procedureId, preview, staff.username(), staff.ip());
            FormVersion active = procedures.publishDraft(staff.siteId(), procedureId, staff.username(), staff.ip());
            Texts.info("proc.form.published", active.getVersion());
        } catch (FieldErrors e) {
            Texts.show("builder", e);
        }
    }

    public List<FormVersion> getVersions() {
        return procedureId == null ? List.of() : procedures.versions(procedureId);
    }

    public FieldType[] getTypes() {
        return FieldType.values();
    }

    public Long getProcedureId() { return procedureId; }
    public String getProcedureName() { return procedureName; }
    public List<Row> getRows() { return rows; }
    public FormDefinition getPreview() { return preview; }
    public boolean isFound() { return procedureId != null; }
}
