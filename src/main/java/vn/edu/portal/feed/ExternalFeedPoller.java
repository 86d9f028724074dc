package vn.edu.portal.feed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edu.portal.platform.PortalConfig;

/**
 * Polls the external feeds that are due, every five minutes, in the background. Pages never
 * wait for this: they read what the last polls stored.
 *
 * <p>No transaction around a run (bean-managed, none begun): each claim and each result is
 * its own short transaction in {@link ExternalFeedService}, and no database connection is held
 * while a remote server takes its time. Concurrency is bean-managed too: a run that outlasts
 * five minutes makes the next tick skip rather than queue up behind a lock.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ExternalFeedPoller {

    private static final Logger LOG = Logger.getLogger(ExternalFeedPoller.class.getName());
    /** Feeds polled per run at most; the rest wait for the next tick. */
    static final int BATCH = 100;
    /** No new poll starts after this much of a run, so that runs do not pile up. */
    static final Duration RUN_BUDGET = Duration.ofMinutes(4);

    @Inject
    ExternalFeedService feeds;

    @Inject
    PortalConfig config;

    private final AtomicBoolean running = new AtomicBoolean();
    private FeedFetcher fetcher;

    @PostConstruct
    void init() {
        String userAgent = "SchoolPortal-FeedPoller/1.0 (+https://" + config.departmentDomain() + "/)";
        fetcher = new FeedFetcher(userAgent, ExternalFeedService.allowPrivateHosts(config));
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void pollDueFeeds() {
        if (!Boolean.parseBoolean(config.get("portal.feed.poll.enabled", "true").strip())
                || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            pollDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Polling external feeds failed", e);
        } finally {
            running.set(false);
        }
    }

    private void pollDue(Instant start) {
        List<Long> due = feeds.dueFeedIds(start, BATCH);
        Instant stop = start.plus(RUN_BUDGET);
        for (long feedId : due) {
            if (Instant.now().isAfter(stop)) {
                break;
            }
            Optional<ExternalFeedService.PollTarget> target;
            try {
                target = feeds.claim(feedId, Instant.now());
            } catch (RuntimeException e) {
                // Another node claimed it first (optimistic lock) or it was just removed.
                LOG.fine(() -> "Feed " + feedId + " not claimed: " + e);
                continue;
            }
            target.ifPresent(this::poll);
        }
    }

    private void poll(ExternalFeedService.PollTarget target) {
        FetchResult result = fetcher.fetch(target.url(), target.etag(), target.lastModified());
        try {
            int added = feeds.recordPoll(target.feedId(), result, Instant.now());
            if (result.status() == FetchResult.Status.FAILED) {
                LOG.info(() -> "External feed " + target.url() + " failed: " + result.reason());
            } else if (added > 0) {
                LOG.fine(() -> "External feed " + target.url() + ": " + added + " new items");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store the poll of " + target.url(), e);
            try {
                // Counted as a failure, so that a feed the database keeps refusing backs off too.
                feeds.recordPoll(target.feedId(), FetchResult.failed("could not store the items"), Instant.now());
            } catch (RuntimeException again) {
                // The claim holds the feed back for a while; the next run tries again.
                LOG.log(Level.WARNING, "Could not record the failure either", again);
            }
        }
    }
}
