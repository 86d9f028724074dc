package vn.edu.portal.content;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 30 seconds: articles whose scheduled time has come are announced (caches, search, feeds
 * pick them up), and the views counted in memory are written.
 */
@Singleton
@Startup
public class PublishingJob {

    private static final Logger LOG = Logger.getLogger(PublishingJob.class.getName());

    @Inject
    PublishedArticles articles;

    @Inject
    ViewCounter views;

    @Inject
    Event<ContentChanged> changed;

    private Instant lastRun = Instant.now();

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void run() {
        Instant now = Instant.now();
        try {
            for (Article article : articles.becameVisible(lastRun, now)) {
                changed.fire(new ContentChanged(article.getSiteId(), ArticleService.key(article)));
            }
            lastRun = now;
            views.drain().forEach((viewed, n) -> articles.addViews(viewed.siteId(), viewed.slug(), n));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing job failed; it runs again in 30 seconds", e);
        }
    }
}
