package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A class with a programme of its own: ranked by score, ties at the last seat all admitted. */
class SpecialRankingTest {

    private static Map<Long, BigDecimal> scores(String... s) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (int i = 0; i < s.length; i++) {
            out.put((long) i + 1, SpecialRanking.parse(s[i]));
        }
        return out;
    }

    @Test
    void theHighestScoresTakeTheSeatsAndTheLastSeatSetsTheCutOff() {
        SpecialRanking.Result r = SpecialRanking.rank(scores("7.5", "9", "8,25", "6"), 2);
        assertEquals(new BigDecimal("8.25"), r.cutoff());
        assertEquals(Set.of(2L, 3L), r.admitted());
    }

    @Test
    void everyPupilTiedAtTheLastSeatIsAdmitted() {
        SpecialRanking.Result r = SpecialRanking.rank(scores("9", "8", "8.00", "7.99"), 2);
        assertEquals(new BigDecimal("8.00"), r.cutoff());
        assertEquals(Set.of(1L, 2L, 3L), r.admitted(), "three pupils for two seats: two share the last one");
    }

    @Test
    void fewerPupilsThanSeatsAreAllAdmittedAndNoneGivesNoCutOff() {
        assertEquals(Set.of(1L, 2L), SpecialRanking.rank(scores("5", "4.5"), 35).admitted());
        assertEquals(new BigDecimal("4.50"), SpecialRanking.rank(scores("5", "4.5"), 35).cutoff());
        assertNull(SpecialRanking.rank(Map.of(), 35).cutoff());
        assertEquals(Set.of(), SpecialRanking.rank(Map.of(), 35).admitted());
    }

    @Test
    void scoresAreReadAsAssessmentsWriteThem() {
        assertEquals(new BigDecimal("8.25"), SpecialRanking.parse(" 8,25 "));
        assertEquals(new BigDecimal("100.00"), SpecialRanking.parse("100"));
        assertNull(SpecialRanking.parse("100.5"));
        assertNull(SpecialRanking.parse("8.125"));
        assertNull(SpecialRanking.parse("-1"));
        assertNull(SpecialRanking.parse("tám"));
        assertNull(SpecialRanking.parse(""));
    }
}
