package vn.edu.portal.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The hash the build wrote verifies the demo password the way Jakarta Security's
 * Pbkdf2PasswordHash does (algorithm:iterations:salt:hash, PBKDF2 recomputed and compared).
 */
class DemoPasswordHashTest {

    @Test
    void theBuildsHashIsTheDemoPasswordsAndNoOtherPasswords() throws GeneralSecurityException {
        String hash = DemoPasswordHash.built().orElseThrow(() -> new AssertionError("the build wrote no hash"));
        String[] parts = hash.split(":");
        assertEquals(4, parts.length, hash);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1], "as many iterations as AccountService uses");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] key = Base64.getDecoder().decode(parts[3]);
        assertEquals(32, salt.length);
        assertArrayEquals(key, derive(DemoData.PASSWORD, salt, key.length));
        assertFalse(java.util.Arrays.equals(key, derive("Demo@1234567", salt, key.length)));
    }

    private static byte[] derive(String password, byte[] salt, int bytes) throws GeneralSecurityException {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, bytes * 8)).getEncoded();
    }
}
