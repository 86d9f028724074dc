package vn.edu.portal.procedure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.Submission;
import vn.edu.portal.procedure.SubmissionQueue;
import vn.edu.portal.procedure.SubmissionStatus;
import vn.edu.portal.platform.WorkingDays;
import vn.edu.portal.security.web.AdminShell;

/** A school's submissions by status, soonest due first, with the working days left. */
@Named
@RequestScoped
public class QueuePage {

    @Inject
    AdminShell shell;

    @Inject
    SubmissionQueue submissions;

    @Inject
    ProcedureService procedures;

    @Inject
    HttpServletRequest request;

    private List<Submission> list;
    private final Map<Long, String> names = new HashMap<>();
    private WorkingDays calendar;

    public SubmissionStatus getStatus() {
        String wanted = request.getParameter("trang-thai");
        for (SubmissionStatus s : SubmissionStatus.values()) {
            if (s.name().equals(wanted)) {
                return s;
            }
        }
        return null;
    }

    public List<Submission> getSubmissions() {
        if (list == null) {
            list = submissions.queue(shell.staff().siteId(), getStatus());
        }
        return list;
    }

    public Map<SubmissionStatus, Long> getCounts() {
        return submissions.counts(shell.staff().siteId());
    }

    public SubmissionStatus[] getStatuses() {
        return SubmissionStatus.values();
    }

    public String procedureName(long procedureId) {
        return names.computeIfAbsent(procedureId, id -> procedures.byId(id).map(p -> p.getName()).orElse("#" + id));
    }

    public String leftText(Submission s) {
        if (s.getStatus().open() && s.isPaused()) {
            return vn.edu.portal.platform.Texts.get("proc.queue.paused", s.getDaysLeft());
        }
        Integer left = daysLeft(s);
        if (left == null) {
            return "—";
        }
        return left < 0 ? vn.edu.portal.platform.Texts.get("proc.queue.late", -left)
                : vn.edu.portal.platform.Texts.get("proc.queue.daysLeft", left);
    }

    /** Working days left (negative: late) for open submissions; null once closed or while waiting for the applicant. */
    public Integer daysLeft(Submission s) {
        if (!s.getStatus().open() || s.isPaused()) {
            return null;
        }
        if (calendar == null) {
            calendar = submissions.workingDays();
        }
        return calendar.remaining(LocalDate.now(Formats.VIETNAM), s.getDueOn());
    }
}
