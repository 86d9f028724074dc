package vn.edu.portal.admission;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule of a class with a programme of its own: its registered pupils by score, highest first; the
 * score of the last seat is the cut-off, and every pupil at or above it is admitted, so pupils tied at
 * the last seat are all admitted (the class may then exceed its seats by the tie; nobody, not even the
 * department, chooses among equal scores). A pupil without a score (absent from the assessment) is not
 * ranked. With fewer scored pupils than seats, all are admitted. The same rule is in kiem-chung.py.
 */
public final class SpecialRanking {

    /** The cut-off (null when no one has a score) and the pupils admitted. */
    public record Result(BigDecimal cutoff, Set<Long> admitted) {
    }

    private SpecialRanking() {
    }

    public static Result rank(Map<Long, BigDecimal> scores, int seats) {
        List<BigDecimal> sorted = scores.values().stream().sorted(Comparator.reverseOrder()).toList();
        if (sorted.isEmpty() || seats < 1) {
            return new Result(null, Set.of());
        }
        BigDecimal cutoff = sorted.get(Math.min(seats, sorted.size()) - 1);
        return new Result(cutoff, scores.entrySet().stream().filter(e -> e.getValue().compareTo(cutoff) >= 0)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * A score as typed in the assessment's file: 0 to 100 with at most two decimals, a comma or a point
     * ("8,25", "8.25"); null when it is not one.
     */
    public static BigDecimal parse(String typed) {
        String s = typed == null ? "" : typed.strip().replace(',', '.');
        if (!s.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal score = new BigDecimal(s);
        return score.compareTo(BigDecimal.valueOf(100)) > 0 ? null : score.setScale(2);
    }
}
