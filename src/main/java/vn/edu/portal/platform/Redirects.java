package vn.edu.portal.platform;

/**
 * Redirects to an address the request itself named (the same page in another language, the page
 * an expired form came from) stay on this host: {@code //evil.example/} or {@code /\evil.example/}
 * would otherwise be read by browsers as another host (an open redirect).
 */
public final class Redirects {

    private Redirects() {
    }

    /** A path on this host: one leading slash, whatever slashes or backslashes the request started with. */
    public static String local(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        // Control characters and whitespace have no place in a Location header (header splitting;
        // browsers drop a tab, so "/<tab>/evil.example" is "//evil.example" to them).
        String clean = path.replaceAll("[\\p{Cntrl}\\s]", "").replace('\\', '/');
        int start = 0;
        while (start < clean.length() && clean.charAt(start) == '/') {
            start++;
        }
        return "/" + clean.substring(start);
    }

    /**
     * The query of the page a post came from, when the browser's {@code Referer} names {@code path}
     * itself (a console form posts to its page's path without the page's query: which article, which
     * album); null otherwise. Browsers send it for their own site's pages (Referrer-Policy
     * strict-origin-when-cross-origin).
     */
    public static String refererQuery(jakarta.servlet.http.HttpServletRequest request, String path) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.length() > 500) {
            return null;
        }
        try {
            java.net.URI from = java.net.URI.create(referer);
            return path.equals(from.getRawPath()) ? from.getRawQuery() : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
