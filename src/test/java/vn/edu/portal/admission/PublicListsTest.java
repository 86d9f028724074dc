package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.PublicLists.Entry;

/** Who a public results list may name, so that no join ties a name to a priority category. */
class PublicListsTest {

    private static final long A = 1;
    private static final long B = 2;

    private static List<Entry> cell(long firstId, int size, long first, Long placed, String... criteria) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(new Entry(firstId + i, first, placed, i == 0 ? Set.of(criteria) : Set.of()));
        }
        return out;
    }

    @Test
    void aLargeMixedCellIsNamed() {
        Set<Long> named = PublicLists.nameable(cell(100, 8, A, A, "CON_THUONG_BINH"), 5);
        assertEquals(8, named.size());
    }

    @Test
    void aSingleChildPlacedAtItsSecondChoiceIsNeverNamed() {
        // Registered at A, admitted at B: the registrant list of A and the results of B would name it,
        // and its line in the data says which criterion it holds.
        List<Entry> all = new ArrayList<>(cell(100, 8, A, A));
        all.add(new Entry(200, A, B, Set.of("CON_THUONG_BINH")));
        all.addAll(cell(300, 6, B, B));
        Set<Long> named = PublicLists.nameable(all, 5);
        assertFalse(named.contains(200L));
    }

    @Test
    void aCellWhereEveryChildHoldsTheSameCriterionIsNotNamed() {
        List<Entry> all = new ArrayList<>();
        for (long i = 0; i < 6; i++) {
            all.add(new Entry(i, A, B, Set.of("CON_GIAO_VIEN@" + B)));
        }
        all.addAll(cell(100, 30, A, A));
        Set<Long> named = PublicLists.nameable(all, 5);
        assertTrue(named.stream().noneMatch(id -> id < 6), named.toString());
    }

    @Test
    void aSmallRestOfUnnamedChildrenTakesANamedCellWithIt() {
        // Two children of A wait (unnamed); with only them unnamed, the registrant list of A minus
        // the named ones would single them out: the smallest named cell of A goes unnamed too.
        List<Entry> all = new ArrayList<>(cell(100, 20, A, A));
        all.addAll(cell(200, 6, A, B));
        all.add(new Entry(300, A, null, Set.of("CON_THUONG_BINH")));
        all.add(new Entry(301, A, null, Set.of("CON_THUONG_BINH")));
        Set<Long> named = PublicLists.nameable(all, 5);
        assertTrue(named.containsAll(cell(100, 20, A, A).stream().map(Entry::id).toList()));
        assertTrue(cell(200, 6, A, B).stream().map(Entry::id).noneMatch(named::contains));
        assertFalse(named.contains(300L));
    }

    @Test
    void aSchoolWithFewRegistrantsNamesNone() {
        assertFalse(PublicLists.registrantsNameable(4, 5));
        assertTrue(PublicLists.registrantsNameable(5, 5));
        assertEquals(Set.of(), PublicLists.nameable(cell(1, 3, A, A), 5));
    }
}
