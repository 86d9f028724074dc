package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;

/** Grade 6 by application: the grade-5 list decides, and a pupil missing from it gives a reason. */
class GradeFiveListTest {

    private static FieldErrors check(boolean listed, String reason) {
        FieldErrors errors = new FieldErrors();
        StepChecks.gradeFiveList(listed, reason, errors);
        return errors;
    }

    @Test
    void aPupilOnTheListNeedsNoReason() {
        assertTrue(check(true, null).isEmpty());
        assertTrue(check(true, "").isEmpty());
    }

    @Test
    void aPupilMissingFromTheListIsRefusedWithoutAReasonOfTenCharacters() {
        assertEquals("admission.grade6.notListed", check(false, null).errors().get("notListedReason").key());
        assertEquals("admission.grade6.notListed", check(false, "  chuyển   ").errors().get("notListedReason").key());
        assertEquals("admission.grade6.notListed", check(false, "123456789").errors().get("notListedReason").key());
        assertTrue(check(false, "1234567890").isEmpty(), "ten characters: the school decides");
        assertTrue(check(false, "Học ở Nhật Bản đến hết lớp 5").isEmpty());
        assertTrue(check(false, "x".repeat(1000)).isEmpty());
        assertEquals("admission.grade6.notListed", check(false, "x".repeat(1001)).errors().get("notListedReason").key());
    }
}
