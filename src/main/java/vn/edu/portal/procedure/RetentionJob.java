package vn.edu.portal.procedure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every night at 02:30: personal data of submissions past their retention period is removed. */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    SubmissionService submissions;

    @Inject
    vn.edu.portal.platform.Cluster cluster;

    @Schedule(hour = "2", minute = "30", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    void run() {
        // Every server has this timer; one of them runs it each night.
        if (!cluster.claimTonight("retention")) {
            return;
        }
        try {
            int n = submissions.applyRetention(Instant.now());
            LOG.info(() -> "Retention: " + n + " submissions anonymised");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention job failed; it runs again tomorrow", e);
        }
    }
}
