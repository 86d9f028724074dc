package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LotteryTest {

    @Test
    void aCommitmentIsTheSha256OfTheSecretAndOnlyThatSecretMatches() {
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", Lottery.commitment("hello"));
        assertTrue(Lottery.matches("2CF24DBA5FB0A30E26E83B2AC5B9E29E1B161E5C1FA7425E73043362938B9824", "hello"));
        assertFalse(Lottery.matches(Lottery.commitment("hello"), "hello "));
        assertFalse(Lottery.matches(null, "hello"));
        assertTrue(Lottery.isCommitment(Lottery.commitment(Lottery.newSecret())));
        assertFalse(Lottery.isCommitment("xyz"));
    }

    @Test
    void theSeedNeedsBothTheSecretAndThePublicValue() {
        String seed = Lottery.seed("secret", "123456");
        assertEquals(Lottery.commitment("secret\n123456"), seed);
        assertNotEquals(seed, Lottery.seed("secret", "123457"));
        assertNotEquals(seed, Lottery.seed("secreT", "123456"));
    }

    @Test
    void aChildKeepsItsLotteryKeyAndNumberWhateverItsApplication() {
        String key = Lottery.lotteryKey("round-key", "079220001234");
        assertEquals(key, Lottery.lotteryKey("round-key", "079220001234"), "withdrawing and applying again changes nothing");
        assertEquals(16, key.length());
        assertNotEquals(key, Lottery.lotteryKey("round-key", "079220001235"));
        assertNotEquals(key, Lottery.lotteryKey("another round", "079220001234"), "rounds cannot be linked");
        assertEquals(Lottery.commitment("seed|" + key).substring(0, 16), Lottery.number("seed", key));
        assertTrue(Lottery.shown(key).matches("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"));
    }
}
