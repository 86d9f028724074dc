package vn.edu.portal.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.edu.portal.search.SearchHit;
import vn.edu.portal.search.SearchPage;
import vn.edu.portal.search.SearchService;
import vn.edu.portal.tenant.web.PublicSite;

/**
 * {@code tim-kiem?q=} on every site: that site's content only; on the department's site, every
 * school's, each hit naming its school.
 */
@Named
@RequestScoped
public class SearchResults {

    static final int PAGE_SIZE = 10;

    @Inject
    HttpServletRequest request;

    @Inject
    PublicSite pub;

    @Inject
    SearchService search;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    /**
     * The school of a hit as it is named now: the index keeps the name of when the item was indexed, and a
     * school renamed by the department was shown by its old name until each of its items was saved again.
     */
    public String siteName(vn.edu.portal.search.SearchHit hit) {
        return directory.byId(hit.siteId()).map(vn.edu.portal.tenant.SiteInfo::name).orElse(hit.siteName());
    }

    private SearchPage results;

    public String getQuery() {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip();
    }

    public int getPageNumber() {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(request.getParameter("trang"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The portal's sections the query names ("tuyen sinh", "admission"), shown above the results. */
    public java.util.List<SectionShortcuts.Shortcut> getShortcuts() {
        return SectionShortcuts.of(getQuery(), isEverywhere());
    }

    public String shortcutHref(SectionShortcuts.Shortcut shortcut) {
        return pub.getBase() + shortcut.path(isEverywhere());
    }

    public boolean isEverywhere() {
        return pub.getSite().isDepartment();
    }

    /**
     * The page asked for, or the last one when the address asks past it (page 1000 of 12 showed an empty
     * list whose "previous" led to another empty page).
     */
    public SearchPage getResults() {
        if (results == null) {
            Long site = isEverywhere() ? null : pub.getSite().id();
            results = search.search(getQuery(), site, getPageNumber(), PAGE_SIZE);
            int last = (int) Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (results.page() > last) {
                results = search.search(getQuery(), site, last, PAGE_SIZE);
            }
        }
        return results;
    }

    /** The page shown (after the clamp above). */
    public int getShownPage() {
        return getResults().page();
    }

    public int getPageCount() {
        return (int) Math.max(1, (getResults().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String url(SearchHit hit) {
        if (!isEverywhere()) {
            return pub.getBase() + hit.url();
        }
        return request.getContextPath() + (hit.siteId() == pub.getSite().id() ? "/" : "/s/" + hit.siteSlug() + "/") + hit.url();
    }

    public String getEncodedQuery() {
        return java.net.URLEncoder.encode(getQuery(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
