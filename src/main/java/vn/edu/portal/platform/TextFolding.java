package vn.edu.portal.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Vietnamese text for matching: "Trường Đông" and "truong dong" fold to the same string. */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Invisible format characters (a zero-width space pasted inside a word): dropped, never matched. */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(FORMAT.matcher(text).replaceAll(""), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT).strip();
    }
}
