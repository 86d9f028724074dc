package vn.edu.portal.procedure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.procedure.BlankForm;
import vn.edu.portal.procedure.Procedure;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.ServiceLevel;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.SchoolLevel;

/** The procedures a site owns (edit, blank forms) and, for a school, those the department gives it. */
@Named
@ViewScoped
public class ProceduresPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient ProcedureService procedures;

    @Inject
    transient vn.edu.portal.content.MediaService media;

    private Long id;
    private String slug;
    private String name;
    private String legalBasis;
    private String applicants;
    private String steps;
    private String documents;
    private String timeLimitDays = "5";
    private String fee;
    private String result;
    private ServiceLevel serviceLevel = ServiceLevel.PARTIAL;
    private String retentionDays = "365";
    private boolean published = true;
    private String level;
    private String blankTitle;
    private String replacedBy;
    private java.time.Instant supersededAt;
    private transient Part blankFile;

    @PostConstruct
    void init() {
        shell.requested("id", "procedure", p -> procedures.find(shell.staff().siteId(), p)).ifPresent(this::load);
    }

    private void load(Procedure p) {
        id = p.getId();
        slug = p.getSlug();
        name = p.getName();
        legalBasis = p.getLegalBasis();
        applicants = p.getApplicants();
        steps = p.getSteps();
        documents = p.getDocuments();
        timeLimitDays = String.valueOf(p.getTimeLimitDays());
        fee = p.getFee();
        result = p.getResult();
        serviceLevel = p.getServiceLevel();
        retentionDays = String.valueOf(p.getRetentionDays());
        published = p.isPublished();
        level = p.getLevel() == null ? null : p.getLevel().name();
        replacedBy = p.getReplacedBy();
        supersededAt = p.getSupersededAt();
    }

    /** Marks the procedure as replaced, saying by what: it takes no new requests from then on. */
    public void supersede() {
        StaffContext staff = shell.staff();
        try {
            load(procedures.supersede(staff.siteId(), id, replacedBy, staff.username(), staff.ip()));
            Texts.info("proc.supersede.done");
        } catch (FieldErrors e) {
            Texts.show("supersede", e);
        }
    }

    public boolean isSuperseded() { return supersededAt != null; }
    public java.time.Instant getSupersededAt() { return supersededAt; }
    public String getReplacedBy() { return replacedBy; }
    public void setReplacedBy(String replacedBy) { this.replacedBy = replacedBy; }

    /** The list as drawn: its rows' buttons act on the procedures the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<Procedure> getOwned() {
        return owned.get(() -> procedures.owned(shell.staff().siteId()));
    }

    private final vn.edu.portal.platform.AsDrawn<Procedure> owned = new vn.edu.portal.platform.AsDrawn<>();

    public List<Procedure> getInherited() {
        return procedures.inherited(shell.staff().site());
    }

    public List<BlankForm> getBlankForms() {
        return id == null ? List.of() : procedures.blankForms(id);
    }

    public boolean isDepartment() {
        return shell.staff().site().isDepartment();
    }

    public ServiceLevel[] getServiceLevels() {
        return ServiceLevel.values();
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    public void save() {
        StaffContext staff = shell.staff();
        try {
            Procedure saved = procedures.save(staff.siteId(), id, new ProcedureService.ProcedureForm(slug, name,
                    legalBasis, applicants, steps, documents, timeLimitDays, fee, result, serviceLevel, retentionDays,
                    published, isDepartment() ? level : null), staff.username(), staff.ip());
            load(saved);
            Texts.info("proc.saved", saved.getName());
        } catch (FieldErrors e) {
            Texts.show("proc", e);
        }
    }

    public void addBlankForm() {
        StaffContext staff = shell.staff();
        try {
            if (id == null) {
                throw FieldErrors.of("blankTitle", "proc.blank.saveFirst");
            }
            if (!Uploads.present(blankFile)) {
                throw FieldErrors.of("blankFile", "upload.empty");
            }
            byte[] data = Uploads.read(blankFile, "blankFile", media.fileLimit());
            procedures.addBlankForm(staff.siteId(), id, blankTitle, blankFile.getSubmittedFileName(), data,
                    staff.username(), staff.ip());
            blankTitle = null;
            Texts.info("proc.blank.added");
        } catch (FieldErrors e) {
            Texts.show("blank", e);
        }
    }

    public void delete(long procedureId) {
        StaffContext staff = shell.staff();
        try {
            procedures.delete(staff.siteId(), procedureId, staff.username(), staff.ip());
            Texts.info("proc.deleted");
        } catch (FieldErrors e) {
            Texts.error("proc.delete.refused");
        }
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getApplicants() { return applicants; }
    public void setApplicants(String applicants) { this.applicants = applicants; }
    public String getSteps() { return steps; }
    public void setSteps(String steps) { this.steps = steps; }
    public String getDocuments() { return documents; }
    public void setDocuments(String documents) { this.documents = documents; }
    public String getTimeLimitDays() { return timeLimitDays; }
    public void setTimeLimitDays(String timeLimitDays) { this.timeLimitDays = timeLimitDays; }
    public String getFee() { return fee; }
    public void setFee(String fee) { this.fee = fee; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public ServiceLevel getServiceLevel() { return serviceLevel; }
    public void setServiceLevel(ServiceLevel serviceLevel) { this.serviceLevel = serviceLevel; }
    public String getRetentionDays() { return retentionDays; }
    public void setRetentionDays(String retentionDays) { this.retentionDays = retentionDays; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getBlankTitle() { return blankTitle; }
    public void setBlankTitle(String blankTitle) { this.blankTitle = blankTitle; }
    public Part getBlankFile() { return blankFile; }
    public void setBlankFile(Part blankFile) { this.blankFile = blankFile; }
}
