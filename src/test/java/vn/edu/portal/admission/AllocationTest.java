package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.Allocation.Applicant;
import vn.edu.portal.admission.Allocation.Move;

class AllocationTest {

    private static final long A = 100;
    private static final long B = 200;
    private static final List<String> CRITERIA = List.of("THUONG_BINH", "CON_GIAO_VIEN", "ANH_CHI_EM");

    private static Applicant child(long id, List<Long> prefs, Map<Long, Integer> groups, String... criteria) {
        return new Applicant(id, String.format("%016x", id * 7919), prefs, groups, Set.of(criteria));
    }

    private static Applicant atA(long id, int group, String... criteria) {
        return child(id, List.of(A), Map.of(A, group), criteria);
    }

    @Test
    void groupOneIsAdmittedBeforeGroupTwoWhateverItsPriorities() {
        var result = Allocation.run(Map.of(A, 2), CRITERIA, "seed",
                List.of(atA(1, 2, "THUONG_BINH", "CON_GIAO_VIEN"), atA(2, 1), atA(3, 1)), false);
        assertEquals(Set.of(2L, 3L), Set.copyOf(result.admitted(A)));
        assertEquals(List.of(1L), result.waiting(A));
        assertNull(result.placement(1));
    }

    @Test
    void groupTwoTakesTheSeatsGroupOneLeaves() {
        var result = Allocation.run(Map.of(A, 3), CRITERIA, "seed",
                List.of(atA(1, 2), atA(2, 1), atA(3, 2, "ANH_CHI_EM"), atA(4, 2)), false);
        assertEquals(2L, result.admitted(A).get(0));
        assertEquals(3L, result.admitted(A).get(1), "the group 2 child with a criterion comes next");
        assertEquals(3, result.admitted(A).size());
        assertEquals(1, result.waiting(A).size());
    }

    @Test
    void prioritiesCountInTheirPublishedOrder() {
        var result = Allocation.run(Map.of(A, 2), CRITERIA, "seed",
                List.of(atA(1, 1), atA(2, 1, "ANH_CHI_EM"), atA(3, 1, "CON_GIAO_VIEN", "ANH_CHI_EM"), atA(4, 1, "THUONG_BINH")),
                false);
        assertEquals(List.of(4L, 3L), result.admitted(A));
        assertEquals(List.of(2L, 1L), result.waiting(A));
    }

    @Test
    void tiesAreBrokenByTheSeededLotteryAndTheDrawRepeats() {
        List<Applicant> children = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            children.add(atA(id, 1));
        }
        var first = Allocation.run(Map.of(A, 10), CRITERIA, "2026-so-gddt", children, false);
        // Anyone can check: sort by the lottery number of each lottery key.
        List<Applicant> byLottery = new ArrayList<>(children);
        byLottery.sort(Comparator.comparing(c -> Lottery.number("2026-so-gddt", c.key())));
        assertEquals(byLottery.subList(0, 10).stream().map(Applicant::id).toList(), first.admitted(A));
        assertEquals(byLottery.subList(10, 40).stream().map(Applicant::id).toList(), first.waiting(A));

        List<Applicant> shuffled = new ArrayList<>(children);
        Collections.shuffle(shuffled, new Random(3));
        var again = Allocation.run(Map.of(A, 10), CRITERIA, "2026-so-gddt", shuffled, false);
        assertEquals(first.admitted(A), again.admitted(A));
        assertEquals(first.waiting(A), again.waiting(A));

        var otherSeed = Allocation.run(Map.of(A, 10), CRITERIA, "another seed", children, false);
        assertNotEquals(first.admitted(A), otherSeed.admitted(A));
    }

    @Test
    void aCriterionOfTheChildAtOneSchoolCountsThereOnly() {
        // Child 1 is a staff member's child at B, child 2 at A: each criterion counts at its school only.
        List<Applicant> children = List.of(
                child(1, List.of(A, B), Map.of(), "CON_GIAO_VIEN@" + B),
                child(2, List.of(A, B), Map.of(), "CON_GIAO_VIEN@" + A),
                child(3, List.of(A, B), Map.of(), "THUONG_BINH"));
        var result = Allocation.run(Map.of(A, 1, B, 1), CRITERIA, "seed", children, true);
        assertEquals("000", result.standing(1, A).criteriaMark());
        assertEquals("010", result.standing(1, B).criteriaMark());
        assertEquals("100", result.standing(3, A).criteriaMark());
        assertEquals("100", result.standing(3, B).criteriaMark());
        assertEquals(A, result.placement(3), "the war invalid's child comes first at A");
        assertEquals(B, result.placement(1), "the staff member's child of B comes first at B, not at A");
        assertNull(result.placement(2));
    }

    @Test
    void lotteryNumbersArePublicAndStable() {
        assertEquals(Lottery.number("s", "0123456789abcdef"), Lottery.number("s", "0123456789abcdef"));
        assertEquals(16, Lottery.number("s", "0123456789abcdef").length());
        var result = Allocation.run(Map.of(A, 1), CRITERIA, "s", List.of(atA(1, 1, "ANH_CHI_EM")), false);
        assertEquals("001", result.standing(1, A).criteriaMark());
        assertEquals(1, result.standing(1, A).group());
    }

    @Test
    void preferencesAreTriedInOrderWhereAllowed() {
        Map<Long, Integer> zoneA = Map.of(A, 1, B, 2);
        Map<Long, Integer> zoneB = Map.of(A, 2, B, 1);
        List<Applicant> children = List.of(
                child(1, List.of(A, B), zoneA),
                child(2, List.of(A, B), zoneA),
                child(3, List.of(A, B), zoneB),   // group 2 at A: loses to 1 and 2, gets B
                child(4, List.of(B, A), zoneB),
                child(5, List.of(B), zoneA));     // group 2 at B, only B
        var result = Allocation.run(Map.of(A, 2, B, 2), CRITERIA, "seed", children, true);
        assertEquals(A, result.placement(1));
        assertEquals(A, result.placement(2));
        assertEquals(B, result.placement(3));
        assertEquals(B, result.placement(4));
        assertNull(result.placement(5));
        assertEquals(List.of(3L), result.waiting(A), "3 preferred A and waits there");
        assertEquals(List.of(5L), result.waiting(B));
    }

    @Test
    void withoutPreferencesOnlyTheFirstChoiceCounts() {
        List<Applicant> children = List.of(
                child(1, List.of(A, B), Map.of(A, 1)),
                child(2, List.of(A, B), Map.of(A, 1)));
        var result = Allocation.run(Map.of(A, 1, B, 5), CRITERIA, "seed", children, false);
        assertEquals(1, result.admitted(A).size());
        assertEquals(0, result.admitted(B).size());
        assertEquals(1, result.waiting(A).size());
    }

    @Test
    void aGroupOneChildOfAnotherZoneIsBumpedBackToItsSecondChoice() {
        // Child 1 (group 2 at A) holds A until child 2 (group 1 at A) arrives, then falls back to B.
        List<Applicant> children = List.of(
                child(1, List.of(A, B), Map.of(B, 1)),
                child(2, List.of(A), Map.of(A, 1)),
                child(3, List.of(B), Map.of(B, 2)));
        var result = Allocation.run(Map.of(A, 1, B, 1), CRITERIA, "seed", children, true);
        assertEquals(A, result.placement(2));
        assertEquals(B, result.placement(1));
        assertNull(result.placement(3));
        assertEquals(List.of(1L), result.waiting(A));
        assertEquals(List.of(3L), result.waiting(B));
    }

    @Test
    void releasedSeatsGoDownTheWaitingListAndCascade() {
        // 3 waits at A (its first choice) while holding B; 5 waits at B.
        Map<Long, Integer> zoneA = Map.of(A, 1, B, 2);
        Map<Long, Integer> zoneB = Map.of(A, 2, B, 1);
        List<Applicant> children = List.of(
                child(1, List.of(A, B), zoneA),
                child(2, List.of(A, B), zoneA),
                child(3, List.of(A, B), zoneB),
                child(4, List.of(B, A), zoneB),
                child(5, List.of(B), zoneA));
        var result = Allocation.run(Map.of(A, 2, B, 2), CRITERIA, "seed", children, true);
        List<Move> moves = result.release(1);
        assertEquals(List.of(new Move(3, B, A), new Move(5, null, B)), moves);
        assertEquals(A, result.placement(3));
        assertEquals(B, result.placement(5));
        assertNull(result.placement(1));
        assertEquals(List.of(), result.waiting(A));
        assertEquals(List.of(), result.waiting(B));
        assertEquals(List.of(), result.release(1), "releasing twice does nothing");
    }

    @Test
    void aChildWhoListedOneSchoolOnlyCanGiveItsSeatBack() {
        // Found by the demo: releasing looked the child up in the order of every school (NPE).
        List<Applicant> children = List.of(atA(1, 1), atA(2, 1), child(3, List.of(B), Map.of(B, 1)),
                child(4, List.of(B), Map.of(B, 2)));
        var result = Allocation.run(Map.of(A, 1, B, 1), CRITERIA, "seed", children, true);
        long admitted = result.admitted(A).get(0);
        long waiting = result.waiting(A).get(0);
        assertEquals(List.of(4L), result.waiting(B), "another school's waiting list is not empty");
        assertEquals(List.of(new Move(waiting, null, A)), result.release(admitted));
        assertEquals(B, result.placement(3));
        assertEquals(List.of(4L), result.waiting(B));
    }

    @Test
    void theWaitingListKeepsItsOrderWhenTheFirstMovesUp() {
        List<Applicant> children = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            children.add(atA(id, id <= 2 ? 1 : 2));
        }
        var result = Allocation.run(Map.of(A, 2), CRITERIA, "seed", children, false);
        List<Long> before = result.waiting(A);
        long admittedFirst = result.admitted(A).get(0);
        assertEquals(List.of(new Move(before.get(0), null, A)), result.release(admittedFirst));
        assertEquals(before.subList(1, before.size()), result.waiting(A));
    }

    @Test
    void schoolsNotInTheCampaignAndDuplicatePreferencesAreIgnored() {
        var result = Allocation.run(Map.of(A, 1), CRITERIA, "seed",
                List.of(child(1, List.of(999L, A, A), new HashMap<>(Map.of(A, 1)))), true);
        assertEquals(A, result.placement(1));
    }
}
