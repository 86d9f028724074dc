package vn.edu.portal.tenant.web;

import java.util.Set;
import java.util.StringJoiner;

/**
 * The query of a cached public page as its cache key holds it. Links shared on Zalo or Facebook
 * come back with a tag of their own ({@code fbclid}, {@code zarsrc}, {@code utm_*}), different for
 * every reader: no page reads them, so they leave the key (and the page's own address) and every
 * such reader is served the page already kept. A query naming anything else no public page reads is
 * answered rendered and not kept: a flood of made-up addresses cannot fill the cache.
 */
public final class PageQueries {

    /** Every parameter a cached public page reads (pages, filters, years, a document's number). */
    static final Set<String> READ = Set.of("trang", "nam", "loai", "so", "cap", "phuong", "q", "theo", "ma");

    private static final int LONGEST = 512;

    private PageQueries() {
    }

    /**
     * The query for the cache key: {@code ""} for none, the parameters pages read in the order sent,
     * without the sharing tags; null when the page is not to be kept (a parameter no page reads, or
     * a query over 512 characters).
     */
    public static String forCache(String query) {
        if (query != null && query.length() > LONGEST) {
            return null;
        }
        String kept = withoutSharingTags(query);
        if (kept == null) {
            return "";
        }
        for (String part : kept.split("&")) {
            if (!READ.contains(name(part))) {
                return null;
            }
        }
        return kept;
    }

    /** The query without the sharing tags, null if nothing else is left (a page's own address). */
    public static String withoutSharingTags(String query) {
        return without(query, false);
    }

    /**
     * The query without the sharing tags and the language's choice, null if nothing else is left: where the
     * language switch leads back to (the same search, the same step of a form, the same page of a list).
     */
    public static String withoutLanguage(String query) {
        return without(query, true);
    }

    /**
     * Where the language switch leads back to: this page with its query, or, when the link carried none (a page
     * written once for many visitors, such as a form's step, links to {@code ?lang=} only), the query of the page
     * the switch was pressed on, taken from the {@code Referer} when that is this very address (host and path).
     */
    static String languageReturn(String query, String host, String path, String referer) {
        String kept = withoutLanguage(query);
        if (kept != null || referer == null || host == null) {
            return kept;
        }
        try {
            java.net.URI from = new java.net.URI(referer);
            return host.equalsIgnoreCase(from.getRawAuthority()) && path.equals(from.getRawPath())
                    ? withoutLanguage(from.getRawQuery()) : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String without(String query, boolean language) {
        if (query == null) {
            return null;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String part : query.split("&")) {
            if (!part.isEmpty() && !sharingTag(name(part)) && !(language && name(part).equals("lang"))) {
                kept.add(part);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    private static String name(String part) {
        int equals = part.indexOf('=');
        return equals < 0 ? part : part.substring(0, equals);
    }

    /** Tags sharing sites and newsletters add to a link: Facebook, Zalo, Google, campaign tags. */
    static boolean sharingTag(String name) {
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("zarsrc")
                || name.equals("_zl") || name.equals("gidzl") || name.equals("mibextid");
    }
}
