package vn.edu.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

    private static OneTimeCode code(String typed, int wrongTries) {
        OneTimeCode code = new OneTimeCode("admission.show", "application:1", "me@example.com",
                OneTimeCodes.hash("admission.show", "application:1", typed), Instant.now().plus(OneTimeCodes.LIFETIME));
        for (int i = 0; i < wrongTries; i++) {
            code.tried();
        }
        return code;
    }

    private static String typed(String code) {
        return OneTimeCodes.hash("admission.show", "application:1", code);
    }

    /** A double tap mailed two codes: the first mail's code is taken, tried once on the latest. */
    @Test
    void theCodeOfADoublePressIsTaken() {
        OneTimeCode first = code("111111", 0);
        OneTimeCode latest = code("222222", 1);
        assertTrue(OneTimeCodes.typedTheOneBefore(latest, first, typed("111111"), Instant.now()));
        assertFalse(OneTimeCodes.typedTheOneBefore(latest, first, typed("333333"), Instant.now()));
    }

    /**
     * Four wrong tries on the first code, a second code asked for, four on it: the first was then still taken
     * (eight wrong tries where five are allowed). The tries on both count together.
     */
    @Test
    void theTriesOnBothCodesCountTogether() {
        OneTimeCode first = code("111111", 4);
        OneTimeCode latest = code("222222", 5);
        assertFalse(OneTimeCodes.typedTheOneBefore(latest, first, typed("111111"), Instant.now()));
        assertTrue(OneTimeCodes.typedTheOneBefore(code("222222", 3), code("111111", 2), typed("111111"), Instant.now()));
    }

    @Test
    void aUsedOrExpiredCodeIsNotTaken() {
        OneTimeCode used = code("111111", 0);
        used.used();
        assertFalse(OneTimeCodes.typedTheOneBefore(code("222222", 1), used, typed("111111"), Instant.now()));
        assertFalse(OneTimeCodes.typedTheOneBefore(code("222222", 1), code("111111", 0), typed("111111"),
                Instant.now().plus(OneTimeCodes.LIFETIME).plusSeconds(1)));
    }
}
