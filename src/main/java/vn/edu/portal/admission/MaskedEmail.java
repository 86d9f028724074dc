package vn.edu.portal.admission;

import java.util.List;

/**
 * An e-mail address as a page shows it to someone who has not proved he reads it
 * ({@code nguyen.an@gmail.com} → {@code ng***@gmail.com}), and the decoy shown for a number the
 * portal does not know, so that the answer does not tell which numbers exist.
 */
public final class MaskedEmail {

    // Beginnings of addresses as Vietnamese parents' usually start (family and given names),
    // and the providers most of them use, so a decoy looks like any other answer.
    private static final List<String> STARTS = List.of("ng", "tr", "le", "ph", "hu", "ho", "vo", "vu", "da", "bu",
            "do", "du", "ly", "th", "ha", "an", "kh", "mi", "li", "ta", "qu", "ca", "la", "ma");
    private static final List<String> DOMAINS = List.of(
            "gmail.com gmail.com gmail.com gmail.com gmail.com gmail.com yahoo.com outlook.com icloud.com hotmail.com"
                    .split(" "));

    private MaskedEmail() {
    }

    /** The first two characters of the local part (one when it is short), then {@code ***@domain}. */
    public static String mask(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        String local = email.substring(0, at);
        return local.substring(0, local.length() <= 3 ? 1 : 2) + "***" + email.substring(at);
    }

    /** A full decoy address, the same for the same digest (a keyed digest of the number asked for). */
    public static String decoy(String digest) {
        int a = Math.floorMod(digest.hashCode(), STARTS.size());
        int b = Math.floorMod(digest.hashCode() / STARTS.size(), DOMAINS.size());
        return STARTS.get(a) + Integer.toHexString(digest.hashCode() & 0xffff) + "@" + DOMAINS.get(b);
    }
}
