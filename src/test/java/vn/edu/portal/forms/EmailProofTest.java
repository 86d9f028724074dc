package vn.edu.portal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.edu.portal.security.OneTimeCodes;

class EmailProofTest {

    @Test
    void eachFailedCheckHasItsMessageInTheFeaturesWords() {
        assertEquals("proc.code.wrong", EmailProof.messageKey("proc", OneTimeCodes.Check.WRONG));
        assertEquals("admission.code.expired", EmailProof.messageKey("admission", OneTimeCodes.Check.EXPIRED));
        assertEquals("admission.code.too_many_tries", EmailProof.messageKey("admission", OneTimeCodes.Check.TOO_MANY_TRIES));
        assertEquals("proc.code.none", EmailProof.messageKey("proc", OneTimeCodes.Check.NONE));
        assertEquals("admission.code.wrong", EmailProof.refusal("admission", OneTimeCodes.Check.WRONG).errors().get("code").key());
    }
}
