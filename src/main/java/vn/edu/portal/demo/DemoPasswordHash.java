package vn.edu.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The demo password, hashed once when the portal is built (the build runs {@link #main} after
 * compiling; see the pom), so that a start of the demo does not spend a PBKDF2 run of 210,000
 * iterations on each of its eleven accounts. The form is the one Jakarta Security's
 * {@code Pbkdf2PasswordHash} writes and verifies: {@code algorithm:iterations:salt:hash}.
 */
public final class DemoPasswordHash {

    static final String RESOURCE = "demo-password.pbkdf2";
    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;

    private DemoPasswordHash() {
    }

    /** Writes the hash of {@link DemoData#PASSWORD} into the directory given (target/classes/vn/edu/portal/demo). */
    public static void main(String[] args) throws IOException, GeneralSecurityException {
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Files.writeString(target, hash(DemoData.PASSWORD, new SecureRandom()), StandardCharsets.US_ASCII);
    }

    static String hash(String password, SecureRandom random) throws GeneralSecurityException {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance(ALGORITHM)
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    /** The hash made by the build, if this build made one. */
    static Optional<String> built() {
        try (InputStream in = DemoPasswordHash.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
