package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.edu.portal.platform.PageCache;

/** A change on a site drops that site's cached pages and the department's (its stream shows every school). */
@ApplicationScoped
public class PublicCacheInvalidation {

    @Inject
    PageCache cache;

    /** Runs in the transaction's completion: touches memory only, never the database. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        cache.invalidateSiteAndAggregate(change.siteId());
    }
}
