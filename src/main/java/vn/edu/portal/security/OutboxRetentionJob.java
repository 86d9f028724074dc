package vn.edu.portal.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edu.portal.platform.Cluster;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.notify.Notifier;

/**
 * Every night at 02:40, on one server: parents' addresses do not outlive what they were for.
 * One-time codes are deleted a day after they expired; outbox messages older than
 * {@code portal.mail.keep-days} (60) lose their recipient (masked) and body. Messages about a
 * procedure submission go earlier, when the submission is anonymised at the end of its retention.
 */
@Singleton
public class OutboxRetentionJob {

    private static final Logger LOG = Logger.getLogger(OutboxRetentionJob.class.getName());

    @Inject
    Notifier notifier;

    @Inject
    OneTimeCodes codes;

    @Inject
    PortalConfig config;

    @Inject
    Cluster cluster;

    @Schedule(hour = "2", minute = "40", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    void run() {
        if (!cluster.claimTonight("outbox-retention")) {
            return;
        }
        try {
            Instant now = Instant.now();
            int codesDeleted = codes.purgeExpired(now.minus(Duration.ofDays(1)));
            int messages = notifier.forgetBefore(now.minus(Duration.ofDays(config.getLong("portal.mail.keep-days", 60))));
            LOG.info(() -> "Outbox retention: " + codesDeleted + " expired codes deleted, " + messages + " messages erased");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox retention failed; it runs again tomorrow", e);
        }
    }
}
