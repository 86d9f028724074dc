package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ext.setResponseHeader("Cache-Control", "no-store");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"phan-tuyen-" + staff.site().slug() + ".xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = ext.getResponseOutputStream()) {
            Sheet sheet = book.createSheet(Texts.get("admission.assigned.sheet"));
            String[] head = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh", "Nơi ở hiện tại", "Trường tiểu học",
                "Kết quả", "E-mail", "Trạng thái"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                Exports.cell(h, i, head[i]);
            }
            int n = 1;
            for (ReviewRecord r : all) {
                Row row = sheet.createRow(n);
                Exports.cell(row, 0, n);
                Exports.cell(row, 1, r.getChildName());
                Exports.cell(row, 2, r.getBirthDate().toString());
                Exports.cell(row, 3, Texts.get("admission.sex." + r.getSex()));
                Exports.cell(row, 4, r.getPersonalId());
                Exports.cell(row, 5, r.getCurStreet() + ", " + r.getCurWard());
                Exports.cell(row, 6, r.getPrimarySchool());
                Exports.cell(row, 7, r.getPrimaryResult());
                Exports.cell(row, 8, r.getEmail());
                Exports.cell(row, 9, Texts.get("admission.assignment.status." + r.getAssignment().getStatus()));
                n++;
            }
            book.write(out);
        }
        assignment.auditExport(staff.siteId(), all.size(), staff.username(), staff.ip());
        faces.responseComplete();
    }
}
