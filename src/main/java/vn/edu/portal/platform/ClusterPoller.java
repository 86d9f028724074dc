package vn.edu.portal.platform;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every second: the changes other servers made are applied here; every hour, old ones go. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterPoller {

    private static final Logger LOG = Logger.getLogger(ClusterPoller.class.getName());

    @Inject
    Cluster cluster;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            cluster.poll();
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next read looks back far enough.
            LOG.log(Level.FINE, "Reading the change log failed; it is read again in a second", e);
        } finally {
            running.set(false);
        }
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    void prune() {
        try {
            cluster.prune();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pruning the change log failed; it runs again in an hour", e);
        }
    }
}
