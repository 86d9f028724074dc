package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Which schools serve my address" with the ward typed as an address is written (the department probe). */
class ServingSchoolsTest {

    private final List<String> named = List.of("Phường Bến Thành", "Phường Sài Gòn");

    @Test
    void theWardIsThePartBetweenCommasThatAZoneNames() {
        assertEquals("Bến Thành", ServingSchools.knownWard("Bến Thành, TP.HCM", named));
        assertEquals("P. Sài Gòn", ServingSchools.knownWard("12 Lê Lợi, P. Sài Gòn, TP. Hồ Chí Minh", named));
        assertEquals("Phường Bến Thành", ServingSchools.knownWard("Phường Bến Thành", named));
        assertEquals("Phường Khác, TP.HCM", ServingSchools.knownWard("Phường Khác, TP.HCM", named), "none named: as typed");
    }
}
