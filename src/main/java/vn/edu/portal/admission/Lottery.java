package vn.edu.portal.admission;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tie-break lottery nobody can steer (commit, then reveal), as a pure function of values
 * that are all published in the end:
 *
 * <ol>
 * <li>Before registration opens the department publishes {@code commitment = SHA-256(secret)}
 *     (hex) and names a public value that will only exist after registration closes (say, the
 *     special prize of a named state lottery draw on a named date).</li>
 * <li>After verification has closed it reveals the secret (refused unless its SHA-256 is the
 *     commitment) and enters that public value.</li>
 * <li>{@code seed = SHA-256(secret + "\n" + publicValue)} (hex): the department could not choose
 *     the secret after seeing the applications, and nobody knew the public value before the
 *     close.</li>
 * <li>Each child has a <em>lottery key</em>, 16 hex digits: a keyed digest (HMAC-SHA-256) of the
 *     child's personal ID under a random key of the round that is never published. It is the
 *     same however often the family withdraws and applies again, it is printed on the family's
 *     receipt, and without the round's key it cannot be turned back into the ID.</li>
 * <li>{@code number = first 16 hex digits of SHA-256(seed + "|" + lotteryKey)}; the lower wins.</li>
 * </ol>
 */
public final class Lottery {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Lottery() {
    }

    /** The commitment to a secret: its SHA-256 in lower-case hex. */
    public static String commitment(String secret) {
        return sha256(secret);
    }

    /** Whether {@code text} looks like a commitment: 64 hex digits. */
    public static boolean isCommitment(String text) {
        return text != null && text.matches("[0-9a-fA-F]{64}");
    }

    /** Whether the revealed secret is the one committed to (compared in constant time). */
    public static boolean matches(String commitment, String secret) {
        return commitment != null && secret != null && MessageDigest.isEqual(
                commitment.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                commitment(secret).getBytes(StandardCharsets.US_ASCII));
    }

    /** A fresh secret for a department that does not make its own: 32 random bytes in hex. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    /** The round's private key for lottery keys: 32 random bytes in hex. */
    public static String newRoundKey() {
        return newSecret();
    }

    public static String seed(String secret, String publicValue) {
        return sha256(secret + "\n" + publicValue);
    }

    /** The child's lottery key in a round: 16 lower-case hex digits. */
    public static String lotteryKey(String roundKey, String personalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(roundKey.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(personalId.getBytes(StandardCharsets.US_ASCII)), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number a lottery key draws under a seed: 16 hex digits, lower first. */
    public static String number(String seed, String lotteryKey) {
        return sha256(seed + "|" + lotteryKey).substring(0, 16);
    }

    /** A lottery key as families read it: four groups of four. */
    public static String shown(String lotteryKey) {
        if (lotteryKey == null || lotteryKey.length() != 16) {
            return lotteryKey == null ? "" : lotteryKey;
        }
        String upper = lotteryKey.toUpperCase(Locale.ROOT);
        return upper.substring(0, 4) + "-" + upper.substring(4, 8) + "-" + upper.substring(8, 12) + "-" + upper.substring(12);
    }

    static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
