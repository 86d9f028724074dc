package vn.edu.portal.admission;

import java.util.Locale;

/**
 * The name as public lists show it: the family name, then initials (“Nguyễn Văn An” → “Nguyễn V. A.”).
 * Enough for a family to find their line, not enough to identify a child to a stranger.
 */
public final class NameMask {

    private NameMask() {
    }

    public static String mask(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        // Names kept before they were normalised may hold combining marks or invisible characters.
        String clean = vn.edu.portal.forms.TypedText.line(fullName);
        if (clean.isEmpty()) {
            return "";
        }
        String[] words = clean.split(" ");
        StringBuilder out = new StringBuilder(capitalise(words[0]));
        if (words.length == 1) {
            return out.substring(0, out.offsetByCodePoints(0, 1)) + ".";
        }
        for (int i = 1; i < words.length; i++) {
            int first = words[i].codePointAt(0);
            out.append(' ').appendCodePoint(Character.toUpperCase(first)).append('.');
        }
        return out.toString();
    }

    private static String capitalise(String word) {
        String lower = word.toLowerCase(new Locale("vi"));
        int first = lower.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(lower.substring(Character.charCount(first))).toString();
    }
}
