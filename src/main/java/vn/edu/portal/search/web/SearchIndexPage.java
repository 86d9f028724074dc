package vn.edu.portal.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.edu.portal.platform.Texts;

/** The department admin rebuilds the search index and watches its progress. */
@Named
@RequestScoped
public class SearchIndexPage {

    @Inject
    SearchIndexing indexing;

    public SearchIndexing getIndexing() {
        return indexing;
    }

    public void reindexAll() {
        if (indexing.reindex(null)) {
            Texts.info("search.reindex.started");
        } else {
            Texts.error("search.reindex.busy");
        }
    }
}
