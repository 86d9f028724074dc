package vn.edu.portal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContactLookupTest {

    @Test
    void theTypedAddressIsTheRecordsWhateverItsCaseAndSpaces() {
        Function<String[], String> email = r -> r[1];
        String[] record = {"A1", "Me.An@Example.com"};
        assertEquals(Optional.of(record), ContactLookup.withEmail(Stream.<String[]>of(record), "  me.an@example.COM ", email));
        assertEquals(Optional.empty(), ContactLookup.withEmail(Stream.<String[]>of(record), "me.binh@example.com", email));
        assertEquals(Optional.empty(), ContactLookup.withEmail(Stream.<String[]>of(record), "not an address", email));
        assertEquals(Optional.empty(), ContactLookup.withEmail(Stream.<String[]>of(new String[] {"A2", null}), "a@b.vn", email));
    }
}
