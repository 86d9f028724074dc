package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationCodesTest {

    @Test
    void codesAreShortAndUseNoAmbiguousCharacter() {
        ApplicationCodes codes = new ApplicationCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size());
        for (char c : "0O1IL".toCharArray()) {
            assertEquals(-1, ApplicationCodes.ALPHABET.indexOf(c));
        }
    }

    @Test
    void typedCodesAreNormalised() {
        assertEquals("ABCD-EF23", ApplicationCodes.normalise(" abcd ef23 "));
        assertEquals("ABCD-EF23", ApplicationCodes.normalise("ABCDEF23"));
        assertEquals("", ApplicationCodes.normalise("ABCD-EF2O"));
        assertEquals("", ApplicationCodes.normalise("ABC"));
        assertEquals("", ApplicationCodes.normalise(null));
    }

    @Test
    void aSeededGeneratorRepeats() {
        ApplicationCodes first = new ApplicationCodes(new Random(7));
        ApplicationCodes second = new ApplicationCodes(new Random(7));
        List<String> a = List.of(first.next(), first.next(), first.next());
        assertEquals(a, List.of(second.next(), second.next(), second.next()));
        assertEquals(3, new HashSet<>(a).size(), "three codes in a row differ");
    }
}
