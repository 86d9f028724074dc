package vn.edu.portal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void rfc6238TestVectorsForSha1() {
        assertEquals("94287082", Totp.code(RFC_KEY, 59 / 30, 8));
        assertEquals("07081804", Totp.code(RFC_KEY, 1111111109L / 30, 8));
        assertEquals("14050471", Totp.code(RFC_KEY, 1111111111L / 30, 8));
        assertEquals("89005924", Totp.code(RFC_KEY, 1234567890L / 30, 8));
        assertEquals("69279037", Totp.code(RFC_KEY, 2000000000L / 30, 8));
    }

    @Test
    void base32RoundTripsAndMatchesTheRfc4648Example() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertArrayEquals(Totp.unbase32(secret), Totp.unbase32(secret.toLowerCase()));
    }

    @Test
    void aCodeMatchesItsStepAndOneStepOfDriftOnly() {
        String secret = Totp.base32(RFC_KEY);
        long now = 1_795_000_000L;
        String code = Totp.codeAt(secret, now);
        assertEquals(now / 30, Totp.matchingStep(secret, code, now).getAsLong());
        assertTrue(Totp.matchingStep(secret, code, now + 30).isPresent(), "a code from 30 s ago still works");
        assertTrue(Totp.matchingStep(secret, code, now + 90).isEmpty(), "not one from 90 s ago");
        assertTrue(Totp.matchingStep(secret, "12345a", now).isEmpty());
        assertTrue(Totp.uri("Sở GD&ĐT", "nguyenhue.admin", secret).startsWith("otpauth://totp/"));
    }
}
