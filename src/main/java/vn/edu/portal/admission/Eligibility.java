package vn.edu.portal.admission;

import java.time.LocalDate;

/**
 * Age for grade 1: a child born in year Y−6 for the school year starting in Y. Other children
 * may apply only where the campaign allows exceptions, and then staff decide.
 */
public final class Eligibility {

    public enum Result { ELIGIBLE, TOO_YOUNG, TOO_OLD, STAFF_DECISION }

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
        return exceptionsAllowed && birthDate.getYear() >= required - 3 ? Result.STAFF_DECISION : Result.TOO_OLD;
    }
}
