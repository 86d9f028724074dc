package vn.edu.portal.search;

import java.util.regex.Pattern;

/**
 * What a Vietnamese keyboard leaves in a word typed while it is switched off, for the search's second try
 * ({@link UserQuery#withoutKeyboardMarks}). Telex marks tones with a letter after the vowels (s sắc, f huyền,
 * r hỏi, x ngã, j nặng) and shapes with a doubled or a following letter (aa â, ee ê, oo ô, aw ă, ow ơ, uw ư,
 * dd đ); VNI with digits (1–5 tones, 6 ^, 7 horn, 8 breve, 9 đ). The word is folded (no diacritics), since
 * the search matches without them anyway. A word without marks comes back as it was.
 */
final class KeyboardMarks {

    private static final Pattern VNI = Pattern.compile("(?<=[a-z])[1-9]+|[1-9]+(?=[a-z])");
    /** A tone letter after a vowel, at the end or before the final consonants a syllable may have. */
    private static final Pattern TONE = Pattern.compile("(?<=[aeiouy])[sfrxj](?=(?:c|ch|m|n|ng|nh|p|t)?$)");
    /** A tone letter typed last, after the final consonants. */
    private static final Pattern TONE_LAST = Pattern.compile("(?<=[aeiouy](?:c|ch|m|n|ng|nh|p|t))[sfrxj]$");
    private static final Pattern SHAPE = Pattern.compile("(?<=[aou])w|(?<=([aeo]))\\1|(?<=d)d");

    private KeyboardMarks() {
    }

    static String strip(String folded) {
        if (folded.length() < 2 || !folded.matches(".*[a-z].*")) {
            return folded; // a number, or a single letter
        }
        String word = VNI.matcher(folded).replaceAll("");
        word = SHAPE.matcher(word).replaceAll("");
        word = TONE_LAST.matcher(word).replaceAll("");
        word = TONE.matcher(word).replaceAll("");
        return word.isEmpty() ? folded : word;
    }
}
