package vn.edu.portal.admission.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RoundChoiceTest {

    /** A browser posts the form's own field "campaign" (its name as value) before the round's number. */
    @Test
    void theRoundIsTheNumberWhicheverComesFirst() {
        assertEquals("5521", RoundChoice.of(new String[] {"campaign", "5521"}));
        assertEquals("5521", RoundChoice.of(new String[] {"5521"}));
        assertEquals("", RoundChoice.of(new String[] {"campaign", ""}), "a new round");
        assertEquals("", RoundChoice.of(new String[] {"abc"}));
        assertNull(RoundChoice.of(null), "nothing sent: the current round");
    }
}
