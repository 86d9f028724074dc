package vn.edu.portal.notify;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edu.portal.platform.PortalConfig;

/** Every 5 seconds: delivers the messages that are due, oldest first; failures wait and retry. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailJob {

    private static final Logger LOG = Logger.getLogger(MailJob.class.getName());

    @Inject
    Notifier notifier;

    @Inject
    SmtpChannel smtp;

    @Inject
    PortalConfig config;

    /** Longer than one SMTP conversation with its time-outs. */
    static final long LEASE_SECONDS = 120;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void run() {
        if (!smtp.enabled() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int maxAttempts = config.getInt("portal.mail.max-attempts", 8);
            for (Long id : notifier.due(100)) {
                // Several servers run this job: only the one that claims a message sends it.
                if (notifier.claim(id, LEASE_SECONDS)) {
                    notifier.deliver(id, maxAttempts);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery failed; it runs again in 5 seconds", e);
        } finally {
            running.set(false);
        }
    }
}
