package vn.edu.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    @Test
    void aSealedSecretOpensOnlyUnderItsKeyAndDoesNotShowInTheStoredText() {
        SecretBox box = new SecretBox("key-of-this-installation");
        String secret = Totp.newSecret();
        String sealed = box.seal(secret);
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains(secret), "the stored text is not the secret");
        assertNotEquals(sealed, box.seal(secret), "a fresh nonce each time");
        assertEquals(secret, box.open(sealed));
        assertNull(new SecretBox("another-key").open(sealed), "another key opens nothing");
        assertNull(box.open(sealed.substring(0, sealed.length() - 2) + "AA"), "a changed text opens nothing");
        assertNull(box.open(secret), "clear text is not sealed text");
        assertTrue(sealed.length() <= 200, "fits the column");
    }
}
