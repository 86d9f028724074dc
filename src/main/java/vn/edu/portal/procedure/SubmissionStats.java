package vn.edu.portal.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.platform.Formats;

/** The department's figures of procedures: per school and procedure, how many, open, late, done, refused, how long. */
@ApplicationScoped
public class SubmissionStats {

    @jakarta.inject.Inject
    vn.edu.portal.platform.WorkingCalendar calendar;

    @PersistenceContext
    EntityManager em;

    /** One line of the department's view: a school and a procedure. */
    public record Stat(long siteId, long procedureId, long total, long open, long late, long done, long refused,
                       long withdrawn, Double averageDays) {
        public long getTotal() { return total; }
        public long getOpen() { return open; }
        public long getLate() { return late; }
        public long getDone() { return done; }
        public long getRefused() { return refused; }
        public long getWithdrawn() { return withdrawn; }
        public Double getAverageDays() { return averageDays; }
        public long getSiteId() { return siteId; }
        public long getProcedureId() { return procedureId; }
    }

    public List<Stat> stats() {
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        vn.edu.portal.platform.WorkingDays days = calendar.days();
        Map<List<Long>, long[]> counts = new LinkedHashMap<>();
        Map<List<Long>, double[]> durations = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select s.siteId, s.procedureId, s.status, s.dueOn, s.submittedAt, s.completedAt"
                + " from Submission s order by s.siteId, s.procedureId", Object[].class).getResultList()) {
            List<Long> key = List.of((Long) row[0], (Long) row[1]);
            long[] c = counts.computeIfAbsent(key, k -> new long[6]);
            SubmissionStatus st = (SubmissionStatus) row[2];
            c[0]++;
            if (st.open()) {
                c[1]++;
                if (st != SubmissionStatus.NEED_INFO && ((LocalDate) row[3]).isBefore(today)) {
                    c[2]++;
                }
            } else if (st == SubmissionStatus.DONE) {
                c[3]++;
            } else if (st == SubmissionStatus.REFUSED) {
                c[4]++;
            } else {
                c[5]++;
            }
            // A request its applicant withdrew was not handled to its end: its time says nothing of the school's.
            if (row[5] != null && st != SubmissionStatus.WITHDRAWN) {
                double[] d = durations.computeIfAbsent(key, k -> new double[2]);
                // In working days, as time limits are: from the day received to the day done, both counted.
                LocalDate received = days.receivedOn((Instant) row[4]);
                LocalDate done = ((Instant) row[5]).atZone(Formats.VIETNAM).toLocalDate();
                d[0] += done.isBefore(received) ? 1 : days.between(received.minusDays(1), done);
                d[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            double[] d = durations.get(e.getKey());
            return new Stat(e.getKey().get(0), e.getKey().get(1), c[0], c[1], c[2], c[3], c[4], c[5],
                    d == null ? null : Math.round(d[0] / d[1] * 10) / 10.0);
        }).toList();
    }
}
