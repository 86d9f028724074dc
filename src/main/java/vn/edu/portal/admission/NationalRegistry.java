package vn.edu.portal.admission;

import java.time.LocalDate;
import java.util.Set;

/**
 * A register of children to check an application against: the national population database
 * where a deployment has access to it, or the records the department imported and parents
 * reviewed ({@link AdmissionReview#registry}). The portal itself only checks the form of a number
 * ({@link PersonalId}); this answers whether the person is known and which typed facts disagree.
 */
public interface NationalRegistry {

    enum Answer { CONFIRMED, MISMATCH, UNKNOWN }

    /** What was typed that the register knows otherwise. */
    enum Field { NAME, BIRTH_DATE, SEX }

    record Result(Answer answer, Set<Field> mismatched) {
        public static final Result UNKNOWN = new Result(Answer.UNKNOWN, Set.of());
        public static final Result CONFIRMED = new Result(Answer.CONFIRMED, Set.of());
    }

    Result check(String personalId, String fullName, LocalDate birthDate, Sex sex);

    /** No register: every answer is {@link Answer#UNKNOWN}, staff check the papers. */
    NationalRegistry NONE = (id, name, date, sex) -> Result.UNKNOWN;
}
