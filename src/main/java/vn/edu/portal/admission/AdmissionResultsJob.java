package vn.edu.portal.admission;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute: the families of a round whose results have just become visible (published, and
 * their day has come) are mailed their result. Every server has the timer; each round is claimed
 * by one of them ({@link AdmissionDraw#mailResults}).
 */
@Singleton
public class AdmissionResultsJob {

    private static final Logger LOG = Logger.getLogger(AdmissionResultsJob.class.getName());

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    AdmissionDraw draw;

    @Schedule(hour = "*", minute = "*", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    void run() {
        try {
            int sent = draw.mailResults(clock.now());
            if (sent > 0) {
                LOG.info(() -> "Admission results mailed to " + sent + " families");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Admission result mails failed; the next minute tries again", e);
        }
    }
}
