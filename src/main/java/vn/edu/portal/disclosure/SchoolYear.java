package vn.edu.portal.disclosure;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;

/** School years as typed ("2026–2027", "2026-2027") and shown; a year is named by its first calendar year. */
public final class SchoolYear {

    /** The first school year the portal accepts (Circular 36/2017 took effect for 2017–2018). */
    public static final int FIRST = 2017;
    private static final Pattern TYPED = Pattern.compile("\\s*(\\d{4})\\s*[-–—/]\\s*(\\d{4})\\s*");

    private SchoolYear() {
    }

    public static String label(int startYear) {
        return startYear + "–" + (startYear + 1);
    }

    /** The URL form, with an ASCII hyphen: {@code 2026-2027}. */
    public static String slug(int startYear) {
        return startYear + "-" + (startYear + 1);
    }

    /** The school year running today: from August it is the one starting this calendar year. */
    public static int current(LocalDate today) {
        return today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    }

    public static int current() {
        return current(LocalDate.now(Formats.VIETNAM));
    }

    /** The start year of a typed school year; refused on {@code field} unless it is Y–(Y+1) within range. */
    public static int parse(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw FieldErrors.of(field, "validation.required");
        }
        Matcher m = TYPED.matcher(typed);
        if (!m.matches()) {
            throw FieldErrors.of(field, "disclosure.year.format");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != start + 1) {
            throw FieldErrors.of(field, "disclosure.year.order", label(start));
        }
        int last = current() + 1;
        if (start < FIRST || start > last) {
            throw FieldErrors.of(field, "disclosure.year.range", label(FIRST), label(last));
        }
        return start;
    }

    /** The start year in a URL ({@code 2026-2027}), or -1. */
    public static int fromSlug(String slug) {
        Matcher m = Pattern.compile("(\\d{4})-(\\d{4})").matcher(slug == null ? "" : slug);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            return -1;
        }
        return Integer.parseInt(m.group(1));
    }
}
