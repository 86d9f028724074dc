package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionVerification;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.platform.PortalClock;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** The Excel list of a school's admitted children, on its admission queue's page ({@link AdmissionQueuePage}). */
@Named
@RequestScoped
public class AdmissionExportPage {

    @Inject
    PortalClock clock;

    @Inject
    AdminShell shell;

    @Inject
    AdmissionVerification admission;

    @Inject
    AdmissionLists lists;

    private vn.edu.portal.admission.AdmissionCampaign round() {
        return lists.roundOfSchool(shell.staff().siteId()).orElse(null);
    }

    /** The round the admitted list is of (the school's current round), null if none. */
    public String getExportRound() {
        vn.edu.portal.admission.AdmissionCampaign round = round();
        return round == null ? null : round.getName();
    }

    /**
     * Whether the admitted list can be taken: once the current round's results are shown. Before,
     * the page says so rather than give a file of headings (the list above may show earlier rounds).
     */
    public boolean isExportReady() {
        vn.edu.portal.admission.AdmissionCampaign round = round();
        return round != null && round.resultsVisibleAt(clock.now());
    }

    public java.time.Instant getExportResultsAt() {
        vn.edu.portal.admission.AdmissionCampaign round = round();
        return round == null ? null : round.getResultsAt();
    }

    /** The admitted list of this school, and of this school only (the site comes from the staff context). */
    public void exportAdmitted() throws IOException {
        StaffContext staff = shell.staff();
        List<AdmissionApplication> admitted = lists.admittedOf(staff.siteId(), clock.now());
        List<List<?>> rows = new java.util.ArrayList<>();
        for (AdmissionApplication a : admitted) {
            rows.add(java.util.Arrays.asList(rows.size() + 1, a.getCode(), a.getChildName(), a.getBirthDate().toString(),
                    Texts.get("admission.sex." + a.getSex()), a.getPersonalId(), a.getCurrent().line(),
                    a.getDeclarant().getName(), a.getPhone(), a.getEmail(), Texts.get("admission.status." + a.getStatus())));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Exports.spreadsheetResponse(faces.getExternalContext(), "trung-tuyen-" + staff.site().slug() + ".xlsx")) {
            Exports.sheet(book, "Trúng tuyển", List.of("STT", "Mã hồ sơ", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh",
                    "Nơi ở hiện tại", "Người khai", "Điện thoại", "E-mail", "Trạng thái"), rows);
            book.write(out);
        }
        admission.auditExport(staff.siteId(), admitted.size(), staff.username(), staff.ip());
        faces.responseComplete();
    }

}
