package vn.edu.portal.forms;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The codes a submitted form gets (a procedure's tracking code, an admission application's
 * code, an enrolment receipt): eight random characters written {@code XXXX-XXXX}, from an alphabet
 * without 0/O, 1/I/L, so they survive being read aloud, typed on a phone or copied from paper.
 * 31^8 ≈ 8.5 × 10^11 codes: guessing one is hopeless, and a code alone shows nothing without the
 * contact it was sent to (look-ups are throttled).
 */
public final class FormCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private final RandomGenerator random;

    public FormCodes() {
        this(new SecureRandom());
    }

    public FormCodes(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A typed code in the stored form (upper case, dash in the middle, spaces and dashes dropped); empty if it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String clean = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (clean.length() != LENGTH) {
            return "";
        }
        for (char c : clean.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return "";
            }
        }
        return clean.substring(0, LENGTH / 2) + "-" + clean.substring(LENGTH / 2);
    }
}
