package vn.edu.portal.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every five minutes, drops throttle counts whose window has passed (every server does it; the deletes are idempotent). */
@Singleton
public class ThrottleSweep {

    private static final Logger LOG = Logger.getLogger(ThrottleSweep.class.getName());

    @Inject
    Throttles throttles;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            throttles.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sweeping the throttle counts failed; it runs again in five minutes", e);
        }
    }
}
