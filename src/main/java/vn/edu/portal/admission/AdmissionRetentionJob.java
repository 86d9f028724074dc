package vn.edu.portal.admission;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every night at 02:45: admission data past its campaign's retention date, and week-old drafts, are removed. */
@Singleton
public class AdmissionRetentionJob {

    private static final Logger LOG = Logger.getLogger(AdmissionRetentionJob.class.getName());

    @Inject
    AdmissionRetention retention;

    @Inject
    vn.edu.portal.platform.Cluster cluster;

    @Schedule(hour = "2", minute = "45", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    void run() {
        // Every server has this timer; one of them runs it each night.
        if (!cluster.claimTonight("admission-retention")) {
            return;
        }
        try {
            AdmissionRetention.Result r = retention.apply(Instant.now(), "retention-job", null);
            LOG.info(() -> "Admission retention: " + r.applications() + " applications anonymised, " + r.records()
                    + " review records, " + r.corrections() + " correction requests, " + r.drafts() + " drafts deleted");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Admission retention failed; it runs again tomorrow", e);
        }
    }
}
