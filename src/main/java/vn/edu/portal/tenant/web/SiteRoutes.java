package vn.edu.portal.tenant.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The contract through which a feature adds public addresses to a site without editing
 * {@code tenant}: an application-scoped bean implementing it is collected by CDI, and
 * {@link PublicRoutes} asks each one, after the site was found by host or slug, whether it answers
 * the rest of the path. What {@link TenantFilter} does with the answer (405, page cache, buffering)
 * follows from the declarations below and nothing else ({@link Handling#of}).
 *
 * <p>Every public address of a site but its web manifest comes through here: content
 * ({@code content.web.ContentRoutes}), feeds ({@code feed.web.FeedRoutes}), search
 * ({@code search.web.SearchRoutes}), disclosures ({@code disclosure.web.DisclosureRoutes}), the
 * department portal ({@code department.web.DepartmentRoutes}), procedures
 * ({@code procedure.web.ProcedureSiteRoutes}) and admission ({@code admission.web.AdmissionSiteRoutes}).
 * The rests the features answer must not overlap.
 */
public interface SiteRoutes {

    /** Whether this feature answers {@code rest} (the path after the site's link base) on {@code site}. */
    boolean handles(SiteInfo site, String rest);

    /** Whether the answer belongs to one visitor (a form, a look-up): rendered apart, never cached. */
    default boolean personal(SiteInfo site, String rest) {
        return false;
    }

    /**
     * Whether the answer to this request may show one person's data (what a family typed, a receipt,
     * a look-up's answer): it is then sent with {@code Cross-Origin-Opener-Policy: same-origin}
     * ({@code SecurityHeadersFilter}), which answers the same for every visitor do without. Every
     * request of a personal route unless the feature knows better (a blank form read by GET).
     */
    default boolean showsPerson(SiteInfo site, String rest, HttpServletRequest request) {
        return personal(site, rest);
    }

    /** A GET or HEAD without a query string: nothing of anyone in the request. */
    static boolean plainRead(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && request.getQueryString() == null;
    }

    /** Whether {@code rest} takes a POST (a form); any other public POST is a 405. */
    default boolean acceptsPost(SiteInfo site, String rest) {
        return false;
    }

    /** Whether the answer is open data that pages of other sites may read ({@code Access-Control-Allow-Origin: *}), from the cache too. */
    default boolean sharedWithOtherOrigins(SiteInfo site, String rest) {
        return false;
    }

    /**
     * Whether the feature's handler of this POST reads its body itself and answers a body it cannot read
     * (the forms: back to the draft, saying so). For every other POST the filter checks the body first and
     * answers 400 when it cannot be read (malformed, or over the limits), instead of a failure deeper in.
     */
    default boolean readsItsOwnBody(SiteInfo site, String rest) {
        return false;
    }

    /**
     * Whether the page cache may keep the answer for its lifetime: the same for every visitor and
     * not expected to change without a cache invalidation. Never true of a personal answer.
     */
    default boolean cacheable(SiteInfo site, String rest) {
        return !personal(site, rest);
    }

    /**
     * Whether the feature writes the whole response itself, with its own cache, validators and
     * compression (feeds): the filter then neither buffers nor caches it.
     */
    default boolean writesWholeResponse(SiteInfo site, String rest) {
        return false;
    }

    /** Called on every read of an address this feature answers, from the page cache or not (a view count). */
    default void read(SiteInfo site, String rest) {
    }

    /**
     * The view to render (a file under {@code /WEB-INF/views/public/}), "" when the answer was written
     * here (a data file), or null for a 404.
     */
    String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException;

    /** How the public filter answers a request, decided only by the declarations of its feature. */
    enum Handling {
        /** A POST where no feature takes one, or another method: 405. */
        NOT_ALLOWED,
        /** The feature writes the response itself (feeds). */
        WRITTEN_BY_FEATURE,
        /** Rendered for this request only, compressed, never from or into the page cache. */
        UNCACHED,
        /** From the page cache, or rendered and stored there (ETag, 304, kept compressed). */
        CACHED;

        /** {@code feature} null: an address no feature answers (the manifest, or a 404). */
        public static Handling of(SiteRoutes feature, SiteInfo site, String rest, boolean read) {
            if (!read && (feature == null || !feature.acceptsPost(site, rest))) {
                return NOT_ALLOWED;
            }
            if (feature == null) {
                return CACHED;
            }
            if (feature.personal(site, rest)) {
                return UNCACHED;
            }
            if (feature.writesWholeResponse(site, rest)) {
                return WRITTEN_BY_FEATURE;
            }
            return read && feature.cacheable(site, rest) ? CACHED : UNCACHED;
        }
    }
}
