package vn.edu.portal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codes of every public form (procedures' tracking codes, admission's application codes). */
class FormCodesTest {

    @Test
    void codesAreShortAndUseNoAmbiguousCharacter() {
        FormCodes codes = new FormCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size());
        for (char c : "0O1IL".toCharArray()) {
            assertEquals(-1, FormCodes.ALPHABET.indexOf(c));
        }
    }

    @Test
    void typedCodesAreNormalised() {
        assertEquals("ABCD-EF23", FormCodes.normalise(" abcd ef23 "));
        assertEquals("ABCD-EF23", FormCodes.normalise("ABCDEF23"));
        assertEquals("AB23-CD45", FormCodes.normalise(" ab23-cd45 "), "a procedure's tracking code as printed");
        assertEquals("", FormCodes.normalise("ABCD-EF2O"));
        assertEquals("", FormCodes.normalise("ABC"));
        assertEquals("", FormCodes.normalise(null));
    }

    @Test
    void aSeededGeneratorRepeats() {
        FormCodes first = new FormCodes(new Random(7));
        FormCodes second = new FormCodes(new Random(7));
        List<String> a = List.of(first.next(), first.next(), first.next());
        assertEquals(a, List.of(second.next(), second.next(), second.next()));
        assertEquals(3, new HashSet<>(a).size(), "three codes in a row differ");
    }
}
