package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionReview;
import vn.edu.portal.admission.CorrectionStatus;
import vn.edu.portal.admission.ReviewImport;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * The department's side of the data review, on {@code /admin/tuyen-sinh}: the import of pre-filled
 * records (with the report of refused rows) and the parents' correction requests, with their
 * evidence (every view logged) and the decision.
 */
@Named
@RequestScoped
public class AdmissionReviewPage {

    /** A refused line of an import as the page shows it. */
    public record RefusedLine(int line, String reasons) {
    }

    /** Refused lines shown after an import; the count says how many more there were. */
    static final int SHOWN = 200;

    @Inject
    AdminShell shell;

    @Inject
    AdmissionReview review;

    @Inject
    AdmissionCampaignPage campaignPage;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    private Part csv;
    private AdmissionReview.ImportReport report;
    private AdmissionReview.CorrectionView selected;
    private String reason;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("yeu-cau");
        if (id != null && id.matches("\\d{1,18}")) {
            selected = review.correction(departmentId(), Long.parseLong(id))
                    .filter(v -> campaign() != null && v.request().getCampaignId().equals(campaign().getId())).orElse(null);
        }
    }

    private long departmentId() {
        return directory.departmentSite().orElseThrow().id();
    }

    private AdmissionCampaign campaign() {
        return campaignPage.getCampaign();
    }

    public void importRecords() {
        StaffContext staff = shell.staff();
        if (campaign() == null) {
            Texts.error("admission.notFound");
            return;
        }
        try {
            // The servlet caps a file at 20 MiB; the import reads no more than that.
            byte[] data = Uploads.read(csv, "csv", 20L * 1024 * 1024);
            report = review.importRecords(departmentId(), campaign().getId(), data, staff.username(), staff.ip());
            Texts.info("admission.review.import.done", report.imported(), report.refused().size());
        } catch (FieldErrors e) {
            Texts.show("reviewImport", e);
        }
    }

    public List<RefusedLine> getRefusedLines() {
        if (report == null) {
            return List.of();
        }
        return report.refused().stream().limit(SHOWN).map(r -> new RefusedLine(r.line(), r.reasons().stream()
                .map(reason -> Texts.get(reason.key(), reason.args().toArray())).collect(Collectors.joining(" "))))
                .toList();
    }

    public int getMoreRefused() {
        return report == null ? 0 : Math.max(0, report.refused().size() - SHOWN);
    }

    public String getHeader() {
        return campaign() != null && campaign().getEntryGrade() == vn.edu.portal.admission.EntryGrade.GRADE_6
                ? ReviewImport.gradeFiveHeader() : ReviewImport.header();
    }

    public long getRecordCount() {
        return campaign() == null ? 0 : review.recordCount(departmentId(), campaign().getId());
    }

    public List<AdmissionReview.CorrectionView> getCorrections() {
        return campaign() == null ? List.of() : review.corrections(departmentId(), campaign().getId(), 300);
    }

    public List<ReviewFields.Change> changes(AdmissionReview.CorrectionView v) {
        return ReviewFields.changes(v.request());
    }

    public String fieldNames(AdmissionReview.CorrectionView v) {
        return v.request().getRequestedValues().keySet().stream().map(ReviewFields::label).collect(Collectors.joining(", "));
    }

    /** The value on record now, as shown, for the selected request's table. */
    public String current(String field) {
        return selected == null ? "" : ReviewFields.shown(field, switch (field) {
            case "childName" -> selected.record().getChildName();
            case "birthDate" -> selected.record().getBirthDate().toString();
            case "sex" -> selected.record().getSex().name();
            case "curWard" -> selected.record().getCurWard();
            case "curStreet" -> selected.record().getCurStreet();
            case "permWard" -> selected.record().getPermWard();
            case "permStreet" -> selected.record().getPermStreet();
            default -> "";
        });
    }

    public void accept() {
        decide(true);
    }

    public void refuse() {
        decide(false);
    }

    private void decide(boolean accept) {
        StaffContext staff = shell.staff();
        if (selected == null) {
            Texts.error("admission.notFound");
            return;
        }
        try {
            review.decide(departmentId(), selected.request().getId(), accept, reason, staff.username(), staff.ip());
            selected = review.correction(departmentId(), selected.request().getId()).orElse(null);
            reason = null;
            Texts.info("admission.review.decidedMsg");
        } catch (FieldErrors e) {
            Texts.show("correction", e);
        }
    }

    public void viewEvidence() throws IOException {
        StaffContext staff = shell.staff();
        if (selected == null) {
            return;
        }
        Optional<Path> file = review.evidence(departmentId(), selected.request().getId(), staff.username(), staff.ip());
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            Texts.error("admission.notFound");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(selected.request().getEvidenceType());
        ext.setResponseHeader("Cache-Control", "no-store");
        ext.setResponseHeader("Content-Disposition", "inline; filename=\"chung-minh-" + selected.request().getId() + "\"");
        try (OutputStream out = ext.getResponseOutputStream()) {
            Files.copy(file.get(), out);
        }
        faces.responseComplete();
    }

    public boolean isDecidable() {
        return selected != null && selected.request().getStatus() == CorrectionStatus.PENDING;
    }

    public Part getCsv() { return csv; }
    public void setCsv(Part csv) { this.csv = csv; }
    public AdmissionReview.ImportReport getReport() { return report; }
    public AdmissionReview.CorrectionView getSelected() { return selected; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
