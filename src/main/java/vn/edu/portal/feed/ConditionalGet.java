package vn.edu.portal.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import vn.edu.portal.platform.EntityTags;

/**
 * HTTP validators for generated documents (feeds, sitemaps), so that readers polling every few
 * minutes get a 304 without a body. Rules of RFC 9110 §13: If-None-Match wins over
 * If-Modified-Since, entity tags compare weakly, and only GET and HEAD answer 304.
 */
public final class ConditionalGet {

    static final String CACHE_CONTROL = "public, max-age=60";

    /** IMF-fixdate, the one form HTTP dates are sent in. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** The two obsolete forms that recipients must still accept (RFC 9110 §5.6.7). */
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    private ConditionalGet() {
    }

    /**
     * Sets ETag, Last-Modified (HTTP date, seconds precision) and Cache-Control: public, max-age=60;
     * answers 304 (and returns true) when If-None-Match matches (weak comparison, handles lists
     * and *) or, absent If-None-Match, If-Modified-Since >= lastModified. When this returns false
     * the caller writes the body; when true, it writes nothing more.
     */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag,
                                      Instant lastModified) {
        return notModified(request, response, etag, lastModified,
                header -> etag != null && anyMatches(header, etag));
    }

    /**
     * The same, with the If-None-Match list compared by {@code matches} (a body sent compressed
     * has one tag per coding, and a client may hold any of them).
     */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag,
                                      Instant lastModified, java.util.function.Predicate<String> matches) {
        Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        // No Last-Modified for "never" (an empty feed): 1970 would only confuse caches.
        boolean hasDate = modified != null && modified.isAfter(Instant.EPOCH);
        if (hasDate) {
            response.setHeader("Last-Modified", httpDate(modified));
        }
        response.setHeader("Cache-Control", CACHE_CONTROL);

        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        List<String> ifNoneMatch = headers(request, "If-None-Match");
        boolean fresh;
        if (!ifNoneMatch.isEmpty()) {
            fresh = matches.test(String.join(",", ifNoneMatch));
        } else {
            Instant since = parseHttpDate(request.getHeader("If-Modified-Since"));
            // A date later than the server's clock is not a valid one (RFC 9110, 13.1.3): ignored, unless it is
            // the validator this server sent (a clock set forward, as the tests' is, stamps entries ahead of it).
            fresh = hasDate && since != null && !since.isBefore(modified)
                    && (!since.isAfter(Instant.now()) || since.equals(modified));
        }
        if (fresh) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return fresh;
    }

    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** Any of the three HTTP date forms, or null when the value is none of them. */
    static Instant parseHttpDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(v, Instant::from);
        } catch (DateTimeParseException notImf) {
            try {
                // The weekday is left out: with a two-digit year it would not match the guessed century.
                LocalDateTime t = LocalDateTime.parse(v.substring(v.indexOf(',') + 1).strip(), RFC_850);
                // Two-digit years: more than 50 years in the future means the previous century.
                if (t.getYear() > LocalDateTime.now(ZoneOffset.UTC).getYear() + 50) {
                    t = t.minusYears(100);
                }
                return t.toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notRfc850) {
                try {
                    return LocalDateTime.parse(v, ASCTIME).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notAsctime) {
                    return null;
                }
            }
        }
    }

    /**
     * Weak comparison of {@code etag} with each entity tag of an If-None-Match list: the opaque
     * parts are compared, {@code W/} ignored, {@code *} matches any current representation.
     */
    static boolean anyMatches(String header, String etag) {
        return EntityTags.anyMatches(header, EntityTags.opaque(etag));
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values).stream().filter(v -> !v.isBlank()).toList();
    }
}
