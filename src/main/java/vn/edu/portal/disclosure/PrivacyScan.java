package vn.edu.portal.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for what seems to be personal data in a disclosure, which must hold aggregates only:
 * 12-digit citizen ID numbers, mobile phone numbers, e-mail addresses (other than the school's own)
 * and dates next to a person's name or the word "sinh". A warning, not a proof: the editor decides.
 * Landline numbers (02x) are the school's own contacts and are not flagged.
 */
public final class PrivacyScan {

    /** What was found: the kind ({@code id}, {@code phone}, {@code email}, {@code birth}) and the text. */
    public record Finding(String kind, String text) {
    }

    /** The kinds of finding, as {@link #summary} writes them before each found text. */
    public static final List<String> KINDS = List.of("id", "phone", "email", "birth");

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\d.,])\\d{12}(?![\\d])");
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d])(?:\\+84[\\s.]?|0)[35789](?:[\\s.-]?\\d){8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}(?!\\d)");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){2,4}");
    private static final Pattern BORN = Pattern.compile("sinh|\\bns\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PrivacyScan() {
    }

    public static List<Finding> scan(String text, Collection<String> allowedEmails) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Matcher m = ID_NUMBER.matcher(text);
        while (m.find()) {
            found.add(new Finding("id", m.group()));
        }
        m = MOBILE.matcher(text);
        while (m.find()) {
            found.add(new Finding("phone", m.group()));
        }
        m = EMAIL.matcher(text);
        while (m.find()) {
            String email = m.group().toLowerCase(Locale.ROOT);
            if (allowedEmails.stream().noneMatch(a -> a != null && a.equalsIgnoreCase(email))) {
                found.add(new Finding("email", m.group()));
            }
        }
        m = DATE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 60), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            if (BORN.matcher(before).find() || NAME.matcher(before).find() || NAME.matcher(after).find()) {
                found.add(new Finding("birth", m.group()));
            }
        }
        return found;
    }

    /** The findings in one line, as kept on the version and shown to the editor. */
    public static String summary(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            if (out.length() > 900) {
                break;
            }
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(f.kind()).append(':').append(f.text());
        }
        return out.toString();
    }
}
