package vn.edu.portal.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key failsafe gives the server under test ({@code PORTAL_SECURITY_LINK_SECRET}), so that a
 * test can sign a link the way a second node would: one that expired a moment ago, or one for a
 * person the link was not made for. Production sets its own secret.
 */
public final class SignedLinkKey {

    public static final String SECRET = "it-link-secret-not-for-production-0123456789";

    private SignedLinkKey() {
    }

    /** {@code path?u=<who>&e=<expiry>&s=<signature>}, as {@code platform.SignedLinks} makes it. */
    public static String sign(String path, String who, long expiryEpochSecond) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((path + "|" + who + "|" + expiryEpochSecond).getBytes(StandardCharsets.UTF_8)));
            return path + "?u=" + URLEncoder.encode(who, StandardCharsets.UTF_8) + "&e=" + expiryEpochSecond + "&s=" + signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
