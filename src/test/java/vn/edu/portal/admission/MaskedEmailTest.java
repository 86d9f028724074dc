package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.EmailAddress;

class MaskedEmailTest {

    @Test
    void showsTheStartOfTheAddressAndItsDomainOnly() {
        assertEquals("ng***@gmail.com", MaskedEmail.mask("nguyen.van.an@gmail.com"));
        assertEquals("a***@yahoo.com", MaskedEmail.mask("abc@yahoo.com"));
        assertEquals("***", MaskedEmail.mask("not-an-address"));
    }

    @Test
    void aDecoyIsAPlausibleAddressAndTheSameForTheSameDigest() {
        String decoy = MaskedEmail.decoy("digest-of-079224000101");
        assertEquals(decoy, MaskedEmail.decoy("digest-of-079224000101"));
        assertTrue(EmailAddress.parse(decoy).isPresent(), decoy);
        assertTrue(MaskedEmail.mask(decoy).matches("[a-z]{2}\\*\\*\\*@[a-z]+\\.com"), MaskedEmail.mask(decoy));
        assertNotEquals(decoy, MaskedEmail.decoy("digest-of-079224000102"));
    }
}
