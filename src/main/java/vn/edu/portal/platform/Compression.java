package vn.edu.portal.platform;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Compressed bodies: gzip always (the JDK's), brotli when the brotli4j native library loads on
 * this machine (Linux x86-64 and aarch64 are packaged; elsewhere gzip alone). Bodies are
 * compressed once, when a page is cached or an asset is loaded, never per request; and which
 * one a client gets is decided from its {@code Accept-Encoding} by {@link #choose}.
 */
public final class Compression {

    private static final Logger LOG = Logger.getLogger(Compression.class.getName());

    /** What a response body is sent as. */
    public enum Coding {
        IDENTITY(null), GZIP("gzip"), BROTLI("br");

        private final String token;

        Coding(String token) {
            this.token = token;
        }

        /** The {@code Content-Encoding} value, or null for identity. */
        public String token() {
            return token;
        }
    }

    /** Below this size a compressed body saves less than its headers cost. */
    public static final int MIN_BYTES = 512;

    private static final boolean BROTLI = loadBrotli();

    private Compression() {
    }

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            // No native library for this platform (or it was loaded by an earlier deployment): gzip only.
            LOG.log(Level.INFO, "brotli unavailable, responses are gzip-compressed only: {0}", e.toString());
            return false;
        }
    }

    public static boolean brotliAvailable() {
        return BROTLI;
    }

    /** Text types worth compressing; images and PDFs are compressed already. */
    public static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("xml") || type.contains("json")
                || type.contains("javascript") || type.contains("manifest") || type.startsWith("image/svg")
                || type.startsWith("image/x-icon") || type.startsWith("image/vnd.microsoft.icon");
    }

    public static byte[] gzip(byte[] data, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] gunzip(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brotli at {@code quality} (0–11), or null when brotli is unavailable or fails. */
    public static byte[] brotli(byte[] data, int quality) {
        if (!BROTLI) {
            return null;
        }
        try {
            return Encoder.compress(data, new Encoder.Parameters().setQuality(quality));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "brotli compression failed", e);
            return null;
        }
    }

    /** The best level for bodies compressed once and sent many times (assets). */
    public static final int GZIP_MAX = Deflater.BEST_COMPRESSION;

    /**
     * The coding to send, from the request's {@code Accept-Encoding} (RFC 9110 §12.5.3): the
     * client's preference by q-value, brotli before gzip at equal weight, {@code q=0} refuses,
     * {@code *} stands for codings not named. A header that cannot be read (garbage, a value
     * out of range) offers nothing but identity, which is always acceptable here: a page is
     * never refused for its encoding.
     */
    public static Coding choose(String acceptEncoding, boolean gzipStored, boolean brotliStored) {
        if (acceptEncoding == null || acceptEncoding.isBlank() || acceptEncoding.length() > 1000) {
            return Coding.IDENTITY;
        }
        // Browsers send a handful of distinct values: each is read once, not on every request.
        String key = (gzipStored ? "g" : "-") + (brotliStored ? "b" : "-") + acceptEncoding;
        Coding known = CHOSEN.get(key);
        if (known == null) {
            known = parse(acceptEncoding, gzipStored, brotliStored);
            if (CHOSEN.size() < 256) {
                CHOSEN.put(key, known);
            }
        }
        return known;
    }

    private static final java.util.Map<String, Coding> CHOSEN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern Q_VALUE = java.util.regex.Pattern.compile("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");

    private static Coding parse(String acceptEncoding, boolean gzipStored, boolean brotliStored) {
        double gzip = -1;
        double br = -1;
        double star = -1;
        for (String part : acceptEncoding.split(",", 32)) {
            String[] pieces = part.split(";", -1);
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    q = quality(param.substring(2));
                }
            }
            if (q < 0) {
                continue;
            }
            switch (coding) {
                case "gzip", "x-gzip" -> gzip = Math.max(gzip, q);
                case "br" -> br = Math.max(br, q);
                case "*" -> star = Math.max(star, q);
                default -> {
                    // identity, deflate, zstd and unknown codings: nothing stored in them
                }
            }
        }
        if (gzip < 0) {
            gzip = star;
        }
        if (br < 0) {
            br = star;
        }
        boolean useBr = brotliStored && br > 0;
        boolean useGzip = gzipStored && gzip > 0;
        if (useBr && (!useGzip || br >= gzip)) {
            return Coding.BROTLI;
        }
        return useGzip ? Coding.GZIP : Coding.IDENTITY;
    }

    /** A q-value (0 to 1, at most three decimals); -1 when it is not one. */
    private static double quality(String value) {
        if (!Q_VALUE.matcher(value).matches()) {
            return -1;
        }
        return Double.parseDouble(value);
    }
}
