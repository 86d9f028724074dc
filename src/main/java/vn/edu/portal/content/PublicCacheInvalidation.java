package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.edu.portal.platform.PageCache;

/**
 * A change on a site drops that site's cached pages and the department's (its stream shows every school);
 * a change of what the department gives every school (its procedures, the disclosure catalogue) drops
 * every site's pages ({@link PageCache#invalidateShared}).
 */
@ApplicationScoped
public class PublicCacheInvalidation {

    /** The keys of changes of what every site may show (fired by {@code procedure} and {@code disclosure}). */
    static final java.util.Set<String> SHARED = java.util.Set.of("procedure", "catalogue");

    @Inject
    PageCache cache;

    /** Runs in the transaction's completion: touches memory only, never the database. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        if (SHARED.contains(change.key())) {
            cache.invalidateShared(change.siteId());
        } else {
            cache.invalidateSiteAndAggregate(change.siteId());
        }
    }
}
