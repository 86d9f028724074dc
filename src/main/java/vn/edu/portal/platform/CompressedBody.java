package vn.edu.portal.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A response body kept the way it is sent: compressed (gzip, and brotli where available) when
 * that saves anything, with the entity tag of its uncompressed bytes. A body that compresses is
 * kept only compressed; the rare client that takes no gzip gets it inflated on the way out.
 *
 * <p>Each coding is its own representation (RFC 9110 §8.8.3), so the tag sent carries a suffix
 * per coding ({@code "abc"}, {@code "abc-gz"}, {@code "abc-br"}); a conditional request matches
 * whichever of them the client holds, because the content behind them is the same.
 */
public final class CompressedBody {

    private final byte[] identity;
    private final byte[] gzip;
    private final byte[] brotli;
    private final int length;
    private final String tag;

    private CompressedBody(byte[] identity, byte[] gzip, byte[] brotli, int length, String tag) {
        this.identity = identity;
        this.gzip = gzip;
        this.brotli = brotli;
        this.length = length;
        this.tag = tag;
    }

    /** A body compressed for many requests: {@code gzipLevel} 1–9, {@code brotliQuality} 0–11 (negative: none). */
    public static CompressedBody of(byte[] body, String contentType, int gzipLevel, int brotliQuality) {
        String tag = hash(body);
        if (body.length < Compression.MIN_BYTES || !Compression.compressible(contentType)) {
            return new CompressedBody(body, null, null, body.length, tag);
        }
        byte[] gz = Compression.gzip(body, gzipLevel);
        if (gz.length >= body.length) {
            return new CompressedBody(body, null, null, body.length, tag);
        }
        byte[] br = brotliQuality < 0 ? null : Compression.brotli(body, brotliQuality);
        if (br != null && br.length >= gz.length) {
            br = null;
        }
        return new CompressedBody(null, gz, br, body.length, tag);
    }

    /** A page stored in the cache: fast settings, since the first visitor waits for them. */
    public static CompressedBody page(byte[] body, String contentType) {
        return of(body, contentType, 6, 5);
    }

    /**
     * Sends a body rendered for one request (a form, a receipt, a search; never kept): compressed
     * in the one coding the client takes, without an entity tag. A cached page is compressed in
     * every coding and hashed because many requests share that work; done for every personal page
     * it cost a sixth of the admission receipt's time at the peak (JFR, docs/benchmarks.md).
     */
    public static void sendOnce(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        if (response.getHeader("Content-Encoding") != null) {
            // Compressed already by what wrote it (a kept page's fixed parts, SplicedGzip): sent as it is.
            response.setContentLength(body.length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(body);
            }
            return;
        }
        Compression.Coding coding = body.length < Compression.MIN_BYTES || !Compression.compressible(response.getContentType())
                ? Compression.Coding.IDENTITY
                : Compression.choose(request.getHeader("Accept-Encoding"), true, Compression.brotliAvailable());
        byte[] out = switch (coding) {
            case BROTLI -> Compression.brotli(body, 5);
            case GZIP -> Compression.gzip(body, 6);
            case IDENTITY -> body;
        };
        if (coding != Compression.Coding.IDENTITY) {
            response.setHeader("Vary", "Accept-Encoding");
            if (out == null || out.length >= body.length) {
                out = body;
            } else {
                response.setHeader("Content-Encoding", coding.token());
            }
        }
        response.setContentLength(out.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(out);
        }
    }

    /** The opaque part of the entity tag: 22 base64url characters of the body's SHA-256. */
    public static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The uncompressed length. */
    public int length() {
        return length;
    }

    /** The uncompressed bytes (inflated when only the compressed form is kept). */
    public byte[] bytes() {
        return identity != null ? identity : Compression.gunzip(gzip);
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Bytes kept in memory for this body. */
    public int storedBytes() {
        return (identity == null ? 0 : identity.length) + (gzip == null ? 0 : gzip.length)
                + (brotli == null ? 0 : brotli.length);
    }

    public boolean isCompressed() {
        return gzip != null;
    }

    /** The entity tag of the identity representation, quoted. */
    public String etag() {
        return "\"" + tag + "\"";
    }

    /** The entity tag sent with {@code coding}. */
    public String etag(Compression.Coding coding) {
        return switch (coding) {
            case IDENTITY -> "\"" + tag + "\"";
            case GZIP -> "\"" + tag + "-gz\"";
            case BROTLI -> "\"" + tag + "-br\"";
        };
    }

    /** Whether an If-None-Match header names any representation of this body (weak comparison, lists, *). */
    public boolean matches(String ifNoneMatch) {
        return EntityTags.anyMatches(ifNoneMatch, tag, tag + "-gz", tag + "-br");
    }

    /** The coding this request gets. */
    public Compression.Coding codingFor(HttpServletRequest request) {
        if (gzip == null) {
            return Compression.Coding.IDENTITY;
        }
        return Compression.choose(request.getHeader("Accept-Encoding"), true, brotli != null);
    }

    /**
     * Sends the body: {@code Content-Encoding}, {@code Vary}, {@code ETag} and the length of the
     * chosen coding; a {@code GET} or {@code HEAD} whose If-None-Match names this body gets 304
     * and no body. The content type and caching headers are the caller's.
     */
    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Compression.Coding coding = codingFor(request);
        response.setHeader("ETag", etag(coding));
        String method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && matches(EntityTags.ifNoneMatch(request))) {
            if (gzip != null) {
                response.setHeader("Vary", "Accept-Encoding");
            }
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(request, response, coding);
    }

    /** Writes the body in {@code coding}, without looking at validators (the caller did). */
    public void write(HttpServletRequest request, HttpServletResponse response, Compression.Coding coding)
            throws IOException {
        if (gzip != null) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        byte[] out = switch (coding) {
            case BROTLI -> brotli != null ? brotli : gzip;
            case GZIP -> gzip != null ? gzip : identity;
            case IDENTITY -> bytes();
        };
        Compression.Coding sent = out == identity || coding == Compression.Coding.IDENTITY ? Compression.Coding.IDENTITY
                : out == brotli ? Compression.Coding.BROTLI : Compression.Coding.GZIP;
        if (sent.token() != null) {
            response.setHeader("Content-Encoding", sent.token());
        }
        response.setContentLength(out.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(out);
        }
    }
}
