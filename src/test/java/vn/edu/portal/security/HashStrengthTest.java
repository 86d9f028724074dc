package vn.edu.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HashStrengthTest {

    @Test
    void aHashOfFewerIterationsThanConfiguredIsMadeAgainAndNoSettingGoesUnderTheFloor() {
        String test = "PBKDF2WithHmacSHA512:1024:c2FsdA==:a2V5";
        String strong = "PBKDF2WithHmacSHA512:210000:c2FsdA==:a2V5";
        assertTrue(HashStrength.weakerThan(test, HashStrength.ITERATIONS), "a test run's hash, in production");
        assertFalse(HashStrength.weakerThan(strong, HashStrength.ITERATIONS));
        assertFalse(HashStrength.weakerThan(strong, 1024), "never made weaker by a lower setting");
        assertTrue(HashStrength.weakerThan("PBKDF2WithHmacSHA512:x:c2FsdA==:a2V5", 1024), "no count: made again");
        assertFalse(HashStrength.weakerThan("not a hash", 1024));
        assertFalse(HashStrength.weakerThan(null, 1024));
        assertEquals(HashStrength.ITERATIONS, HashStrength.configured(HashStrength.ITERATIONS));
        assertEquals(HashStrength.FLOOR, HashStrength.configured(1), "a test run still gets a real hash");
        assertEquals(300_000, HashStrength.configured(300_000));
    }
}
