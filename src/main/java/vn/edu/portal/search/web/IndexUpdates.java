package vn.edu.portal.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.edu.portal.content.ContentChanged;

/**
 * Runs index work inside a (read-only) transaction, so the content it reads comes from a
 * transaction-scoped EntityManager even on the executor's threads.
 */
@ApplicationScoped
public class IndexUpdates {

    @Transactional
    public void apply(SearchIndexing indexing, ContentChanged change) {
        indexing.apply(change);
    }

    @Transactional
    public void reindex(SearchIndexing indexing, Long siteId) {
        indexing.reindexNow(siteId);
    }
}
