package vn.edu.portal.admission;

import java.time.LocalDate;

/**
 * Age for grade 1: a child born in year Y−6 for the school year starting in Y (Education Law
 * 2019, article 28; the primary school charter, Circular 28/2020/TT-BGDĐT, article 33). Older
 * children may apply only where the campaign allows exceptions: up to three years older the
 * school decides; more than three years older the education authority decides (the charter's
 * article 33, clause 1), which the school records.
 */
public final class Eligibility {

    public enum Result { ELIGIBLE, TOO_YOUNG, TOO_OLD, STAFF_DECISION, OFFICE_DECISION }

    private Eligibility() {
    }

    public static int requiredBirthYear(int schoolYearStart) {
        return schoolYearStart - 6;
    }

    public static Result of(int schoolYearStart, LocalDate birthDate, boolean exceptionsAllowed) {
        int required = requiredBirthYear(schoolYearStart);
        if (birthDate.getYear() == required) {
            return Result.ELIGIBLE;
        }
        if (birthDate.getYear() > required) {
            return Result.TOO_YOUNG;
        }
        // Older children (late start, disabilities) are the exceptions staff may accept.
        if (!exceptionsAllowed) {
            return Result.TOO_OLD;
        }
        return birthDate.getYear() >= required - 3 ? Result.STAFF_DECISION : Result.OFFICE_DECISION;
    }
}
