package vn.edu.portal.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total    how many documents match in all
 * @param page     the page shown, from 1 (after limits were applied)
 * @param pageSize the page size used (after limits were applied)
 */
public record SearchPage(List<SearchHit> hits, long total, int page, int pageSize) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
