package vn.edu.portal.admission;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The assignment rule of a round by assignment (grade 6): a pupil goes to the school whose zone
 * holds his current residence (ward, and street where the zone lists streets), as the grade-5 list
 * gives it. Where two zones hold the same address the school first by name is taken, so the result
 * never depends on the order the schools were added; where none does, the pupil has no school and
 * the department places him.
 */
public final class Assignments {

    private Assignments() {
    }

    public static Optional<Long> schoolFor(List<Zones.Zone> zones, String ward, String street) {
        return zones.stream().sorted(Comparator.comparing(Zones.Zone::schoolName).thenComparingLong(Zones.Zone::schoolId))
                .filter(z -> z.contains(ward == null ? "" : ward.strip(), street == null ? "" : street.strip()))
                .map(Zones.Zone::schoolId).findFirst();
    }
}
