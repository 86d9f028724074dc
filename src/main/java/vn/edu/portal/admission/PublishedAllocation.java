package vn.edu.portal.admission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The allocation exactly as the public can re-run it: from the published files alone (the round's
 * schools and seats, its criteria in order, the seed, and one line per verified application keyed
 * by the child's lottery key), to the published result and its digest. The portal computes its
 * own result through this class, so what it stores and what the verifier
 * ({@code kiem-chung.py}, same algorithm in Python) computes from the files cannot differ.
 *
 * <pre>
 * inputs:  lottery_key,preferences,groups,criteria,released
 *          3f0c…,thnguyenhue thkimdong,1 2,CON_THUONG_BINH CON_GIAO_VIEN@thnguyenhue,0
 * result:  lottery_key,status,school,waiting
 *          3f0c…,admitted,thkimdong,thnguyenhue:4
 * </pre>
 *
 * Preferences are school slugs in order, groups the group at each (1 in the zone, 2 outside),
 * criteria the codes held ({@code CODE@slug} for a criterion that counts at one school only),
 * released 1 for a seat given back (not confirmed by the enrolment deadline). Lines are sorted by
 * key. The digest is the SHA-256 of the inputs text followed by the result text (UTF-8, "\n" line
 * ends): it seals the result to exactly these inputs, so a changed input line changes it even
 * where the outcome stays the same.
 */
public final class PublishedAllocation {

    public static final String INPUTS_HEADER = "lottery_key,preferences,groups,criteria,released";
    public static final String RESULT_HEADER = "lottery_key,status,school,waiting";

    /** One published input line. */
    public record Row(String key, List<String> preferences, List<Integer> groups, List<String> criteria, boolean released) {
        public Row {
            preferences = List.copyOf(preferences);
            groups = List.copyOf(groups);
            criteria = List.copyOf(criteria);
        }

        String line() {
            return key + "," + String.join(" ", preferences) + ","
                    + String.join(" ", groups.stream().map(String::valueOf).toList()) + ","
                    + String.join(" ", criteria) + "," + (released ? "1" : "0");
        }
    }

    /** One child's outcome: placed at {@code school} (or nowhere), waiting at each school it preferred (slug → position). */
    public record Outcome(String key, String status, String school, Map<String, Integer> waiting) {
        String line() {
            StringBuilder w = new StringBuilder();
            waiting.forEach((slug, position) -> w.append(w.length() == 0 ? "" : " ").append(slug).append(':').append(position));
            return key + "," + status + "," + (school == null ? "" : school) + "," + w;
        }
    }

    /** The result: every outcome by key, the result text, and the digest of inputs and result. */
    public record Result(Map<String, Outcome> outcomes, String text, String digest) {
    }

    private PublishedAllocation() {
    }

    public static String inputsText(List<Row> rows) {
        StringBuilder out = new StringBuilder(INPUTS_HEADER).append('\n');
        rows.stream().sorted(Comparator.comparing(Row::key)).forEach(r -> out.append(r.line()).append('\n'));
        return out.toString();
    }

    /** Reads an inputs file as published (what the verifier does too); blank lines are skipped. */
    public static List<Row> parseInputs(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(INPUTS_HEADER)) {
            throw new IllegalArgumentException("not an inputs file: the first line must be " + INPUTS_HEADER);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("line " + (i + 1) + ": 5 fields expected");
            }
            rows.add(new Row(f[0], words(f[1]), words(f[2]).stream().map(Integer::parseInt).toList(), words(f[3]),
                    f[4].equals("1")));
        }
        return rows;
    }

    private static List<String> words(String field) {
        return Arrays.stream(field.strip().split(" +")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Runs the allocation over the published inputs: deferred acceptance as in {@link Allocation},
     * then each released seat given back in the order of the lottery keys.
     *
     * @param seats seats per school slug, in the round's order
     */
    public static Result run(Map<String, Integer> seats, List<String> criteriaOrder, String seed, List<Row> rows,
            boolean preferencesAllowed) {
        List<String> slugs = new ArrayList<>(seats.keySet());
        Map<String, Long> index = new HashMap<>();
        Map<Long, Integer> seatsById = new LinkedHashMap<>();
        for (int i = 0; i < slugs.size(); i++) {
            index.put(slugs.get(i), (long) i);
            seatsById.put((long) i, seats.get(slugs.get(i)));
        }
        List<Row> sorted = rows.stream().sorted(Comparator.comparing(Row::key)).toList();
        Set<String> seen = new HashSet<>();
        List<Allocation.Applicant> applicants = new ArrayList<>();
        for (int id = 0; id < sorted.size(); id++) {
            Row row = sorted.get(id);
            if (!seen.add(row.key())) {
                throw new IllegalArgumentException("lottery key twice: " + row.key());
            }
            List<Long> prefs = row.preferences().stream().filter(index::containsKey).map(index::get).toList();
            Map<Long, Integer> groups = new HashMap<>();
            for (int p = 0; p < row.preferences().size() && p < row.groups().size(); p++) {
                Long school = index.get(row.preferences().get(p));
                if (school != null) {
                    groups.put(school, row.groups().get(p));
                }
            }
            Set<String> criteria = new HashSet<>();
            for (String c : row.criteria()) {
                int at = c.indexOf('@');
                if (at < 0) {
                    criteria.add(c);
                } else if (index.containsKey(c.substring(at + 1))) {
                    criteria.add(c.substring(0, at) + "@" + index.get(c.substring(at + 1)));
                }
            }
            applicants.add(new Allocation.Applicant(id, row.key(), prefs, groups, criteria));
        }
        Allocation allocation = Allocation.run(seatsById, criteriaOrder, seed, applicants, preferencesAllowed);
        for (int id = 0; id < sorted.size(); id++) {
            if (sorted.get(id).released()) {
                allocation.release(id);
            }
        }
        Map<Long, Map<String, Integer>> waitingBy = new HashMap<>();
        for (int s = 0; s < slugs.size(); s++) {
            List<Long> list = allocation.waiting(s);
            for (int i = 0; i < list.size(); i++) {
                waitingBy.computeIfAbsent(list.get(i), k -> new TreeMap<>()).put(slugs.get(s), i + 1);
            }
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(RESULT_HEADER).append('\n');
        for (int id = 0; id < sorted.size(); id++) {
            Row row = sorted.get(id);
            Long placed = allocation.placement(id);
            Map<String, Integer> waiting = row.released() ? Map.of() : waitingBy.getOrDefault((long) id, Map.of());
            String status = row.released() ? "released" : placed != null ? "admitted" : "waiting";
            Outcome outcome = new Outcome(row.key(), status, placed == null ? null : slugs.get(placed.intValue()), waiting);
            outcomes.put(row.key(), outcome);
            text.append(outcome.line()).append('\n');
        }
        return new Result(outcomes, text.toString(), Lottery.sha256(inputsText(rows) + text));
    }
}
