package vn.edu.portal.admission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which children a public results list may name, so that no join of the public artifacts ties a
 * name to a priority category (domain.md, section 5).
 *
 * <p>The published allocation data is keyed by lottery keys only families hold, but it shows, for
 * each child, the school registered at (the first preference), where the child was placed and the
 * criteria held. The public registrant list of a school names the children registered there; a
 * results list names children placed at a school. Someone who keeps both can form cells
 * (registered at X, placed at Y) and compare each cell's names with the cell's rows in the data:
 * a cell of one child, or a cell where every child holds the same criterion, ties names to a
 * category. So a cell is named only if it has at least {@code k} children and no criterion is
 * held by all of them; and what stays unnamed of a school's registrants (waiting children, small
 * cells) must itself be empty or such a group, else more cells of that school are left unnamed.
 * Waiting children are never named (each family sees its own position in the private look-up).
 */
public final class PublicLists {

    /** A verified application as the rule sees it: its first choice, where it was placed (null: waiting), criteria as published. */
    public record Entry(long id, long firstChoice, Long placedAt, Set<String> criteria) {
    }

    private record Cell(long firstChoice, long placedAt) {
    }

    private PublicLists() {
    }

    /** Whether a registrant list of {@code count} children may name them. */
    public static boolean registrantsNameable(int count, int k) {
        return count >= k;
    }

    /** The ids of the placed children whose masked names may appear on the results lists. */
    public static Set<Long> nameable(Collection<Entry> entries, int k) {
        Map<Long, List<Entry>> byFirst = new HashMap<>();
        for (Entry e : entries) {
            byFirst.computeIfAbsent(e.firstChoice(), x -> new ArrayList<>()).add(e);
        }
        Set<Long> named = new HashSet<>();
        for (List<Entry> registered : byFirst.values()) {
            Map<Cell, List<Entry>> cells = new HashMap<>();
            List<Entry> rest = new ArrayList<>();
            for (Entry e : registered) {
                if (e.placedAt() == null) {
                    rest.add(e);
                } else {
                    cells.computeIfAbsent(new Cell(e.firstChoice(), e.placedAt()), c -> new ArrayList<>()).add(e);
                }
            }
            List<List<Entry>> shown = new ArrayList<>();
            for (List<Entry> cell : cells.values()) {
                if (safe(cell, k)) {
                    shown.add(cell);
                } else {
                    rest.addAll(cell);
                }
            }
            // The unnamed rest must be no group at all, or a safe one: otherwise fold the smallest
            // named cell into it (ties broken by the smallest id, so the outcome is stable).
            shown.sort(Comparator.<List<Entry>>comparingInt(List::size)
                    .thenComparingLong(c -> c.stream().mapToLong(Entry::id).min().orElse(0)));
            while (!rest.isEmpty() && !safe(rest, k) && !shown.isEmpty()) {
                rest.addAll(shown.remove(0));
            }
            shown.forEach(cell -> cell.forEach(e -> named.add(e.id())));
        }
        return named;
    }

    /** At least {@code k} children, and no criterion held by every one of them. */
    static boolean safe(List<Entry> group, int k) {
        if (group.size() < k) {
            return false;
        }
        Set<String> common = new HashSet<>(group.get(0).criteria());
        for (Entry e : group) {
            common.retainAll(e.criteria());
        }
        return common.isEmpty();
    }
}
