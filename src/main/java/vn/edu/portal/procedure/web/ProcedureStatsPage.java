package vn.edu.portal.procedure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.SubmissionRetention;
import vn.edu.portal.procedure.SubmissionStats;
import vn.edu.portal.tenant.SiteDirectory;

/** The department's view of procedures: counts per school and procedure, late ones, average time; Excel export. */
@Named
@RequestScoped
public class ProcedureStatsPage {

    @Inject
    SubmissionStats submissions;

    @Inject
    SubmissionRetention retention;

    @Inject
    ProcedureService procedures;

    @Inject
    SiteDirectory directory;

    private List<SubmissionStats.Stat> stats;

    public List<SubmissionStats.Stat> getStats() {
        if (stats == null) {
            // By school in Vietnamese order (they came in the order of internal ids), then by procedure.
            List<SubmissionStats.Stat> all = submissions.stats();
            procedureNames = procedures.names(all.stream().map(SubmissionStats.Stat::procedureId).toList());
            stats = all.stream().sorted(vn.edu.portal.platform.NameOrder.of(all, (SubmissionStats.Stat s) -> schoolName(s.siteId()))
                    .thenComparing(s -> procedureName(s.procedureId()))).toList();
        }
        return stats;
    }

    public String schoolName(long siteId) {
        return directory.byId(siteId).map(s -> s.name()).orElse("#" + siteId);
    }

    private Map<Long, String> procedureNames;

    /** Every row's procedure is named from one query, not one per row. */
    public String procedureName(long procedureId) {
        if (procedureNames == null) {
            procedureNames = procedures.names(getStats().stream().map(SubmissionStats.Stat::procedureId).toList());
        }
        String name = procedureNames.get(procedureId);
        return name != null ? name : "#" + procedureId;
    }

    public long getTotalLate() {
        return getStats().stream().mapToLong(SubmissionStats.Stat::late).sum();
    }

    @Inject
    vn.edu.portal.security.web.AdminShell shell;

    @Inject
    vn.edu.portal.platform.AuditLog audit;

    /** Applies the retention periods now, as the nightly job does (after a change of periods, say). */
    public void applyRetention() {
        int n = retention.applyRetention(java.time.Instant.now());
        audit.record(shell.staff().username(), null, "procedure.retention", n + " anonymised", shell.staff().ip());
        stats = null;
        procedureNames = null;
        Texts.info("proc.retention.done", n);
    }

    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        // streamed: a window of rows in memory, the rest in a temporary file, whatever the number of schools
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        book.setCompressTempFiles(true);
        try (OutputStream out = Exports.spreadsheetResponse(faces.getExternalContext(), "thu-tuc-hanh-chinh.xlsx")) {
            write(book);
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
        faces.responseComplete();
    }

    void write(Workbook book) {
        Sheet sheet = book.createSheet(Texts.get("proc.stats.sheet"));
        String[] headers = {Texts.get("proc.stats.school"), Texts.get("proc.stats.procedure"), Texts.get("proc.stats.total"),
                Texts.get("proc.stats.open"), Texts.get("proc.stats.late"), Texts.get("proc.stats.done"),
                Texts.get("proc.stats.refused"), Texts.get("proc.stats.withdrawn"), Texts.get("proc.stats.average")};
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Exports.cell(head, i, headers[i]);
        }
        int r = 1;
        for (SubmissionStats.Stat s : getStats()) {
            Row row = sheet.createRow(r++);
            Exports.cell(row, 0, schoolName(s.siteId()));
            Exports.cell(row, 1, procedureName(s.procedureId()));
            Exports.cell(row, 2, s.total());
            Exports.cell(row, 3, s.open());
            Exports.cell(row, 4, s.late());
            Exports.cell(row, 5, s.done());
            Exports.cell(row, 6, s.refused());
            Exports.cell(row, 7, s.withdrawn());
            if (s.averageDays() != null) {
                Exports.cell(row, 8, s.averageDays());
            }
        }
        for (int i = 0; i < headers.length; i++) {
            sheet.setColumnWidth(i, i < 2 ? 40 * 256 : 14 * 256);
        }
    }
}
