package vn.edu.portal.admission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The allocation of seats, as a pure function of its published inputs, so anyone can re-run it.
 *
 * <p>Each school ranks the children who listed it by: group (1 = the residence lies in the
 * school's zone, before 2), then the campaign's priority criteria in their published order (a
 * child holding the first criterion <em>at that school</em> comes before any child who does
 * not, and so on: a criterion of the child counts everywhere, a criterion of the child at one
 * school, such as a parent on its staff, only there), then the lottery number
 * ({@link Lottery#number}: from the seed and the child's lottery key, so it depends neither on
 * the application nor on the order of the input), then the lottery key itself. Children are
 * placed by their preferences in order (deferred acceptance: a
 * child keeps a seat at a more wanted school whenever its ranking there allows), which gives group 1
 * first, then group 2 for the remaining seats. A child not placed at a school it preferred to the
 * school it got waits on that school's list, in the school's ranking order.
 */
public final class Allocation {

    /**
     * One verified application: the child's lottery key, the schools in order of preference, its
     * group at each, the criteria it holds ({@code CODE} for the child, {@code CODE@schoolId} for
     * the child at one school).
     */
    public record Applicant(long id, String key, List<Long> preferences, Map<Long, Integer> groups, Set<String> criteria) {
        public Applicant {
            preferences = List.copyOf(preferences);
            groups = Map.copyOf(groups);
            criteria = Set.copyOf(criteria);
        }

        public int groupAt(long schoolId) {
            return groups.getOrDefault(schoolId, 2);
        }

        /** Whether the criterion counts at the school: held by the child, or by the child at that school. */
        public boolean holdsAt(String criterion, long schoolId) {
            return criteria.contains(criterion) || criteria.contains(criterion + "@" + schoolId);
        }
    }

    /** A child's standing at one school, all public: what the ranking was made of. */
    public record Standing(long applicantId, long schoolId, int group, String criteriaMark, String lottery) {
    }

    /** The move of a child when a seat is released: from a school (or nowhere, null) to another. */
    public record Move(long applicantId, Long from, long to) {
    }

    private final Map<Long, Integer> seats;
    private final List<String> criteriaOrder;
    private final String seed;
    private final Map<Long, Applicant> applicants = new LinkedHashMap<>();
    private final Map<Long, Long> placed = new HashMap<>();
    private final Map<Long, TreeSet<Long>> admitted = new HashMap<>();
    private final Map<Long, TreeSet<Long>> waiting = new HashMap<>();
    private final Map<Long, Map<Long, Standing>> standings = new HashMap<>();

    private Allocation(Map<Long, Integer> seats, List<String> criteriaOrder, String seed) {
        this.seats = Map.copyOf(seats);
        this.criteriaOrder = List.copyOf(criteriaOrder);
        this.seed = seed;
    }

    /** Runs the allocation. {@code seats} per school; preferences beyond the first are ignored unless allowed. */
    public static Allocation run(Map<Long, Integer> seats, List<String> criteriaOrder, String seed,
            List<Applicant> input, boolean preferencesAllowed) {
        Allocation a = new Allocation(seats, criteriaOrder, seed);
        List<Applicant> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(Applicant::key));
        for (Applicant applicant : sorted) {
            List<Long> prefs = applicant.preferences().stream().filter(seats::containsKey).distinct()
                    .limit(preferencesAllowed ? Long.MAX_VALUE : 1).toList();
            Applicant kept = new Applicant(applicant.id(), applicant.key(), prefs, applicant.groups(), applicant.criteria());
            a.applicants.put(kept.id(), kept);
            for (long school : prefs) {
                a.standings.computeIfAbsent(school, s -> new HashMap<>()).put(kept.id(), a.standing(kept, school));
            }
        }
        for (long school : seats.keySet()) {
            a.admitted.put(school, new TreeSet<>(a.ranking(school)));
            a.waiting.put(school, new TreeSet<>(a.ranking(school)));
        }
        a.defer();
        return a;
    }

    private Standing standing(Applicant applicant, long school) {
        StringBuilder mark = new StringBuilder();
        for (String criterion : criteriaOrder) {
            mark.append(applicant.holdsAt(criterion, school) ? '1' : '0');
        }
        return new Standing(applicant.id(), school, applicant.groupAt(school), mark.toString(),
                Lottery.number(seed, applicant.key()));
    }

    /** A school's order: group, then criteria (holding an earlier one first), then lottery, then key. */
    private Comparator<Long> ranking(long school) {
        Map<Long, Standing> at = standings.getOrDefault(school, Map.of());
        Comparator<Standing> order = Comparator.comparingInt(Standing::group)
                .thenComparing(Standing::criteriaMark, Comparator.reverseOrder())
                .thenComparing(Standing::lottery);
        return (x, y) -> {
            int c = order.compare(at.get(x), at.get(y));
            return c != 0 ? c : applicants.get(x).key().compareTo(applicants.get(y).key());
        };
    }

    private void defer() {
        Deque<Long> free = new ArrayDeque<>(applicants.keySet());
        Map<Long, Integer> next = new HashMap<>();
        while (!free.isEmpty()) {
            long id = free.poll();
            Applicant applicant = applicants.get(id);
            int index = next.getOrDefault(id, 0);
            if (index >= applicant.preferences().size()) {
                continue;
            }
            next.put(id, index + 1);
            long school = applicant.preferences().get(index);
            TreeSet<Long> held = admitted.get(school);
            held.add(id);
            placed.put(id, school);
            if (held.size() > seats.get(school)) {
                long rejected = held.pollLast();
                placed.remove(rejected);
                waiting.get(school).add(rejected);
                free.push(rejected);
            }
        }
    }

    public Map<Long, Long> placements() {
        return Map.copyOf(placed);
    }

    /** The school a child was placed at, or null when it waits everywhere it applied. */
    public Long placement(long applicantId) {
        return placed.get(applicantId);
    }

    /** Admitted children of a school, in its ranking order. */
    public List<Long> admitted(long school) {
        return List.copyOf(admitted.getOrDefault(school, new TreeSet<>()));
    }

    /** The waiting list of a school, in its ranking order (position 1 first). */
    public List<Long> waiting(long school) {
        return List.copyOf(waiting.getOrDefault(school, new TreeSet<>()));
    }

    public Standing standing(long applicantId, long school) {
        return standings.getOrDefault(school, Map.of()).get(applicantId);
    }

    /**
     * A child gives up its seat (enrolment not confirmed by the deadline, or withdrawn): the first
     * child on that school's waiting list takes it, which may free a seat at a less wanted school,
     * and so on down. The child leaves every waiting list too. Returns the moves in order.
     */
    public List<Move> release(long applicantId) {
        List<Move> moves = new ArrayList<>();
        Long school = placed.remove(applicantId);
        // Only the lists of the schools it listed: another school's order has no standing for it.
        for (long listed : applicants.get(applicantId).preferences()) {
            waiting.get(listed).remove(applicantId);
        }
        if (school == null) {
            return moves;
        }
        admitted.get(school).remove(applicantId);
        Deque<Long> freed = new ArrayDeque<>();
        freed.add(school);
        while (!freed.isEmpty()) {
            long free = freed.poll();
            TreeSet<Long> list = waiting.get(free);
            if (list.isEmpty() || admitted.get(free).size() >= seats.get(free)) {
                continue;
            }
            long next = list.pollFirst();
            Long from = placed.get(next);
            placed.put(next, free);
            admitted.get(free).add(next);
            moves.add(new Move(next, from, free));
            // The child now holds a school it prefers to every school listed after it.
            List<Long> prefs = applicants.get(next).preferences();
            for (int i = prefs.indexOf(free) + 1; i < prefs.size(); i++) {
                waiting.get(prefs.get(i)).remove(next);
            }
            if (from != null) {
                admitted.get(from).remove(next);
                freed.add(from);
            }
        }
        return moves;
    }
}
