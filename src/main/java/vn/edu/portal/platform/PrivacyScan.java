package vn.edu.portal.platform;

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
    /** Twelve digits in one run, whatever is before them (an ID after "CCCD." is one). */
    private static final Pattern ANY_TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
    /** Format characters (Unicode Cf: zero-width spaces and joiners, the soft hyphen, the word joiner). */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d])(?:\\+84[\\s.]?|0)[35789](?:[\\s.-]?\\d){8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}(?!\\d)");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){2,4}");
    private static final Pattern BORN = Pattern.compile("sinh|\\bns\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Province codes of birth registration in a personal ID number (the 63 provinces as numbered by
     * Circular 07/2016/TT-BCA; the numbers already issued keep them after the 2025 merger).
     */
    public static final java.util.Set<String> PROVINCE_CODES = java.util.Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
            "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
            "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
            "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
            "089", "091", "092", "093", "094", "095", "096");

    private PrivacyScan() {
    }

    /**
     * The numbers in {@code text} shaped as a personal ID (số định danh cá nhân): twelve digits in one
     * run, a province code, then a century-and-sex digit of 0 to 5. A bank account or a document number
     * of that shape is rare, and written in groups ({@code 1234 5678 9012}) it is not one of these.
     */
    public static List<String> personalIds(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        // Full-width digits read as digits, and invisible characters between them (a word joiner, a zero-width
        // space, a soft hyphen) do not split a number: they did, and the ID went through.
        String plain = INVISIBLE.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).replaceAll("");
        Matcher m = ANY_TWELVE_DIGITS.matcher(plain);
        while (m.find()) {
            String n = m.group();
            if (PROVINCE_CODES.contains(n.substring(0, 3)) && n.charAt(3) <= '5') {
                found.add(n);
            }
        }
        return found;
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
