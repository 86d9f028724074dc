package vn.edu.portal.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total    how many documents match in all
 * @param page     the page shown, from 1 (after limits were applied)
 * @param pageSize the page size used (after limits were applied)
 */
public record SearchPage(List<SearchHit> hits, long total, int page, int pageSize, boolean partial, String readAs) {

    /**
     * @param partial no document had every word: these have some of them, the most words first
     * @param readAs  nothing matched what was typed, and these match it read without the leftovers of a
     *                Vietnamese keyboard left off (Telex "truowngf", VNI "tru7o72ng"): the words searched; else null
     */
    public SearchPage {
        hits = List.copyOf(hits);
    }

    public SearchPage(List<SearchHit> hits, long total, int page, int pageSize) {
        this(hits, total, page, pageSize, false, null);
    }
}
