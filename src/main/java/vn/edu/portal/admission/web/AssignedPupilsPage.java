package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.edu.portal.admission.AdmissionAssignment;
import vn.edu.portal.admission.ReviewRecord;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * A school's pupils by assignment (grade 6), on its admission page: who was assigned to it, where
 * each family stands, and the list as a spreadsheet, of this school only (the site is the staff
 * context's; every export is in the audit log).
 */
@Named
@RequestScoped
public class AssignedPupilsPage {

    /** The most pupils a page lists (the export has them all). */
    static final int SHOWN = 500;

    @Inject
    AdminShell shell;

    @Inject
    AdmissionAssignment assignment;

    private List<ReviewRecord> pupils;

    public List<ReviewRecord> getPupils() {
        if (pupils == null) {
            pupils = assignment.assignedTo(shell.staff().siteId(), SHOWN);
        }
        return pupils;
    }

    public void export() throws IOException {
        StaffContext staff = shell.staff();
        List<ReviewRecord> all = assignment.assignedTo(staff.siteId(), Integer.MAX_VALUE);
        List<List<?>> rows = new java.util.ArrayList<>();
        for (ReviewRecord r : all) {
            rows.add(java.util.Arrays.asList(rows.size() + 1, r.getChildName(), r.getBirthDate().toString(),
                    Texts.get("admission.sex." + r.getSex()), r.getPersonalId(), r.getCurStreet() + ", " + r.getCurWard(),
                    r.getPrimarySchool(), r.getPrimaryResult(), r.getEmail(),
                    Texts.get("admission.assignment.status." + r.getAssignment().getStatus())));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Exports.spreadsheetResponse(faces.getExternalContext(), "phan-tuyen-" + staff.site().slug() + ".xlsx")) {
            Exports.sheet(book, Texts.get("admission.assigned.sheet"), List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính",
                    "Số định danh", "Nơi ở hiện tại", "Trường tiểu học", "Kết quả", "E-mail", "Trạng thái"), rows);
            book.write(out);
        }
        assignment.auditExport(staff.siteId(), all.size(), staff.username(), staff.ip());
        faces.responseComplete();
    }
}
