package vn.edu.portal.forms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a public form keeps of a typed value, the same in every form: Vietnamese letters in one
 * form (NFC: a phone or an input method may send "ễ" as "e" with two combining marks, which then
 * neither matches, sorts nor masks like the same name typed elsewhere), without the invisible
 * characters a paste brings along (zero-width spaces, byte-order marks, direction marks), tabs and
 * line breaks as spaces (long texts keep their line breaks), runs of spaces as one, nothing around.
 */
public final class TypedText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\x{00AD}]");
    private static final Pattern CONTROL_IN_LINE = Pattern.compile("[\\p{Cntrl}\\x{2028}\\x{2029}\\x{00A0}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}]");
    private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** A person's name: letters (with their marks), spaces, and the apostrophe, hyphen and dot some names have. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*");

    private TypedText() {
    }

    /** A single-line value as kept. */
    public static String line(String typed) {
        if (typed == null) {
            return "";
        }
        String text = INVISIBLE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll("");
        return SPACES.matcher(CONTROL_IN_LINE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** A long text as kept: its line breaks too (as {@code \n}), each line's spaces as in {@link #line}. */
    public static String text(String typed) {
        if (typed == null) {
            return "";
        }
        String text = INVISIBLE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll("")
                .replace("\r\n", "\n").replace('\r', '\n');
        return SPACES.matcher(CONTROL_IN_TEXT.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** A value of a field of this type as kept. */
    public static String of(FieldType type, String typed) {
        return type == FieldType.LONG_TEXT ? text(typed) : line(typed);
    }

    /** Whether a kept value is a person's name: letters and spaces (no digit, no emoji, no symbol). */
    public static boolean isName(String kept) {
        return NAME.matcher(kept).matches();
    }

    /**
     * Whether a kept telephone number is one: in Vietnam 0 and 9 digits (a mobile) or 10 (a landline
     * with its area code: 028 3822 1234); abroad + and 8 to 14 digits.
     */
    public static boolean isPhone(String kept) {
        return kept.matches("0\\d{9,10}|\\+\\d{8,14}");
    }

    /**
     * A telephone number as kept: without the spaces, dots, dashes and brackets people write in it,
     * a Vietnamese number with +84 written with its leading 0; anything else as typed.
     */
    public static String phone(String kept) {
        String digits = kept.replaceAll("[\\s.()-]", "");
        for (String country : new String[] {"+840", "+84", "0084"}) {
            if (digits.startsWith(country) && digits.length() > country.length()) {
                digits = "0" + digits.substring(country.length());
                break;
            }
        }
        return digits.matches("\\+?\\d+") ? digits : kept;
    }
}
