package vn.edu.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived signed links to private files: {@code ?u=<who>&e=<expiry>&s=<signature>}. The
 * signature covers the path, the person and the expiry, so a link cannot be altered or reused
 * for another file. The key comes from {@code portal.security.link-secret}; without it a random
 * key lives as long as the process (set it when running more than one node).
 */
@ApplicationScoped
public class SignedLinks {

    @Inject
    PortalConfig config;

    private byte[] key;

    @PostConstruct
    void init() {
        String secret = config.get("portal.security.link-secret", "");
        if (secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    public String sign(String path, String who, Duration validFor) {
        long expiry = Instant.now().plus(validFor).getEpochSecond();
        String user = java.net.URLEncoder.encode(who, StandardCharsets.UTF_8);
        return path + "?u=" + user + "&e=" + expiry + "&s=" + mac(path + "|" + who + "|" + expiry);
    }

    public boolean valid(String path, String who, String expiry, String signature) {
        if (who == null || expiry == null || signature == null || !expiry.matches("\\d{1,12}")) {
            return false;
        }
        if (Instant.now().getEpochSecond() > Long.parseLong(expiry)) {
            return false;
        }
        return MessageDigest.isEqual(mac(path + "|" + who + "|" + expiry).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** A keyed digest of {@code text}: the same under the same key, unguessable without it (tokens, decoys). */
    public String digest(String text) {
        return mac(text);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
