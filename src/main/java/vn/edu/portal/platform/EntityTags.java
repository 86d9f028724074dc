package vn.edu.portal.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Entity-tag comparison for conditional requests (RFC 9110 §13.1.2): weak comparison, lists,
 * {@code *}. Used for feeds, cached pages and assets alike.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** Every If-None-Match header of the request joined into one list, or null when there is none. */
    public static String ifNoneMatch(HttpServletRequest request) {
        Enumeration<String> values = request.getHeaders("If-None-Match");
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String joined = String.join(",", Collections.list(values));
        return joined.isBlank() ? null : joined;
    }

    /**
     * Whether any entity tag of an If-None-Match list names one of {@code opaqueTags} (given
     * without quotes): {@code W/} ignored, {@code *} matches any current representation.
     * Entity tags may contain commas, so the list is read tag by tag rather than split.
     */
    public static boolean anyMatches(String header, String... opaqueTags) {
        if (header == null) {
            return false;
        }
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
                for (String ours : opaqueTags) {
                    if (tag.equals(ours)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The opaque part of an entity tag: without {@code W/} and the quotes. */
    public static String opaque(String etag) {
        String t = etag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }
}
