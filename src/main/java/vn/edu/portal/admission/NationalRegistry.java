package vn.edu.portal.admission;

import java.time.LocalDate;

/**
 * The national population database, where a deployment has access to it. The portal itself only
 * checks the form of a number ({@link PersonalId}); this answers whether the person exists.
 */
public interface NationalRegistry {

    enum Answer { CONFIRMED, MISMATCH, UNKNOWN }

    Answer check(String personalId, String fullName, LocalDate birthDate);

    /** No connection to the national database: every answer is {@link Answer#UNKNOWN}, staff check the papers. */
    NationalRegistry NONE = (id, name, date) -> Answer.UNKNOWN;
}
