package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.Eligibility.Result;

class EligibilityTest {

    @Test
    void bornInYearMinusSixIsEligibleAllYearRound() {
        assertEquals(2020, Eligibility.requiredBirthYear(2026));
        assertEquals(Result.ELIGIBLE, Eligibility.of(2026, LocalDate.of(2020, 1, 1), false));
        assertEquals(Result.ELIGIBLE, Eligibility.of(2026, LocalDate.of(2020, 12, 31), false));
    }

    @Test
    void youngerChildrenAreRefusedEvenWithExceptions() {
        assertEquals(Result.TOO_YOUNG, Eligibility.of(2026, LocalDate.of(2021, 1, 1), false));
        assertEquals(Result.TOO_YOUNG, Eligibility.of(2026, LocalDate.of(2021, 1, 1), true));
    }

    @Test
    void olderChildrenGoToStaffOnlyWhereTheCampaignAllowsExceptions() {
        assertEquals(Result.TOO_OLD, Eligibility.of(2026, LocalDate.of(2019, 12, 31), false));
        assertEquals(Result.STAFF_DECISION, Eligibility.of(2026, LocalDate.of(2019, 12, 31), true));
        assertEquals(Result.STAFF_DECISION, Eligibility.of(2026, LocalDate.of(2017, 6, 1), true));
        // More than three years older: no longer refused, the education authority decides.
        assertEquals(Result.OFFICE_DECISION, Eligibility.of(2026, LocalDate.of(2016, 12, 31), true));
        assertEquals(Result.OFFICE_DECISION, Eligibility.of(2026, LocalDate.of(2012, 6, 1), true));
        assertEquals(Result.TOO_OLD, Eligibility.of(2026, LocalDate.of(2016, 6, 1), false));
    }
}
