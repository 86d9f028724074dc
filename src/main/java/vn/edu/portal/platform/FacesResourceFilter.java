package vn.edu.portal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's JSF resources ({@code /jakarta.faces.resource/*}: PrimeFaces' theme, scripts and
 * icons) sent compressed. Faces sends them as they are in their jars: the theme alone is 212 KB,
 * on every first visit of a teacher's phone to the console and on the login page. A resource that
 * compresses is compressed once (gzip 9, brotli 11, as the portal's own static files) and kept by what
 * Faces reads to find it (path, library, locale, contract: a deployment's resources do not change); it is
 * sent with an entity tag (304 on {@code If-None-Match}) and the caching headers Faces gave it. Only 200
 * answers of compressible types are kept, at most {@link #MAX_KEPT} resources and {@link #MAX_BYTES} each;
 * past that a resource is answered as Faces answers it, uncompressed and not kept.
 */
public class FacesResourceFilter extends HttpFilter {

    static final int MAX_KEPT = 256;
    static final int MAX_BYTES = 4 * 1024 * 1024;

    /** A resource as sent: its compressed forms and the headers Faces gave it. */
    record Kept(CompressedBody body, String contentType, String cacheControl, String lastModified, long modifiedSecond) {

        /** A resource as Faces answered it; its Last-Modified read once (-1: none, or unreadable). */
        static Kept of(CompressedBody body, String contentType, String cacheControl, String lastModified) {
            long second = -1;
            try {
                second = lastModified == null ? -1 : java.time.ZonedDateTime.parse(lastModified,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            } catch (java.time.format.DateTimeParseException e) {
                // no date to compare: revalidated by its tag only
            }
            return new Kept(body, contentType, cacheControl, lastModified, second);
        }

        /** Whether a client holding the copy of {@code since} (If-Modified-Since, in milliseconds) holds this one. */
        boolean unchangedSince(long since) {
            return modifiedSecond >= 0 && since >= 0 && modifiedSecond <= since / 1000;
        }
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        // What Faces reads to find the resource: its path, library, locale and contract. The version (v=) only
        // busts browsers' caches, and made-up parameters change nothing: neither makes an entry of its own,
        // so the kept resources are bounded by those that exist (each costs a brotli 11 the first time).
        String key = request.getRequestURI() + "|" + request.getParameter("ln") + "|" + request.getParameter("loc")
                + "|" + request.getParameter("con");
        Kept known = kept.get(key);
        if (known != null) {
            send(known, request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        String type = response.getContentType();
        if (buffered.status() != HttpServletResponse.SC_OK || response.isCommitted() || "HEAD".equals(method)
                || body.length < Compression.MIN_BYTES || body.length > MAX_BYTES || !Compression.compressible(type)) {
            if (!response.isCommitted() && body.length > 0) {
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
            return;
        }
        Kept made = Kept.of(CompressedBody.of(body, type, Compression.GZIP_MAX, 11), type,
                response.getHeader("Cache-Control"), response.getHeader("Last-Modified"));
        if (kept.size() < MAX_KEPT) {
            kept.putIfAbsent(key, made);
        }
        send(made, request, response);
    }

    private static void send(Kept resource, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(resource.contentType());
        if (resource.cacheControl() != null) {
            response.setHeader("Cache-Control", resource.cacheControl());
        }
        if (resource.lastModified() != null) {
            response.setHeader("Last-Modified", resource.lastModified());
        }
        if (request.getHeader("If-None-Match") == null && resource.unchangedSince(since(request))) {
            // As Faces answers a client that revalidates by date only (one that has the tag sends it, and the tag decides).
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resource.body().send(request, response);
    }

    private static long since(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return -1;
        }
    }

    /** How many resources are kept (tests). */
    int keptCount() {
        return kept.size();
    }
}
