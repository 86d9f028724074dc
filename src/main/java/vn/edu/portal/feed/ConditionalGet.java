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
            fresh = etag != null && anyMatches(String.join(",", ifNoneMatch), etag);
        } else {
            Instant since = parseHttpDate(request.getHeader("If-Modified-Since"));
            fresh = hasDate && since != null && !since.isBefore(modified);
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
     * Entity tags may contain commas, so the list is read tag by tag rather than split.
     */
    static boolean anyMatches(String header, String etag) {
        String ours = opaque(etag);
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                if (header.startsWith("W/", i)) {
                    i += 2;
                }
                String tag;
                if (i < n && header.charAt(i) == '"') {
                    int end = header.indexOf('"', i + 1);
                    end = end < 0 ? n : end;
                    tag = header.substring(i + 1, end);
                    i = end + 1;
                } else {
                    // Not a quoted tag (a sloppy client): take the token as it stands.
                    int end = header.indexOf(',', i);
                    end = end < 0 ? n : end;
                    tag = header.substring(i, end).strip();
                    i = end;
                }
                if (tag.equals(ours)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        String t = etag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values).stream().filter(v -> !v.isBlank()).toList();
    }
}
