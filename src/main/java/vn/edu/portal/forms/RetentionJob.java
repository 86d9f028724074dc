package vn.edu.portal.forms;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edu.portal.platform.Cluster;

/**
 * Every night at 02:30 (Vietnam time): each feature's {@link FormRetention} (procedures'
 * submissions, admission's applications and drafts), one after the other. Every server has the
 * timer; for each retention the first server to claim the night runs it, in a transaction of its
 * own. One failing does not keep the others from running; it runs again the next night.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    @Any
    Instance<FormRetention> retentions;

    @Inject
    Cluster cluster;

    @Schedule(hour = "2", minute = "30", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        for (FormRetention retention : retentions) {
            if (!cluster.claimTonight(retention.name())) {
                continue;
            }
            try {
                String done = retention.apply(Instant.now());
                LOG.info(() -> "Retention " + retention.name() + ": " + done);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention " + retention.name() + " failed; it runs again tomorrow", e);
            }
        }
    }
}
