package vn.edu.portal.procedure;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Tracking codes people read aloud and type on phones: eight characters from an alphabet without
 * 0/O, 1/I/L, shown as {@code ABCD-EFGH}. 31^8 ≈ 8.5 × 10^11 codes, so guessing one is hopeless,
 * and the code alone reveals nothing without the e-mail address.
 */
public final class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed (any case, spaces, with or without the dash), or null if it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String clean = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (clean.length() != 8) {
            return null;
        }
        for (char c : clean.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return clean.substring(0, 4) + "-" + clean.substring(4);
    }
}
