package vn.edu.portal.department;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;

/** The directory's filter from raw GET parameters: whatever a visitor or a crawler sends. */
class SchoolDirectoryTest {

    private static final List<String> WARDS = List.of("Phường Bến Thành", "Xã Bình Hưng");

    @Test
    void knownValuesAreKeptAndAWardMatchesWithoutAccents() {
        SchoolDirectory.Filter f = SchoolDirectory.Filter.parse(" Nguyễn Huệ ", "PRIMARY", "phuong ben thanh", "PRIVATE", WARDS);
        assertEquals("Nguyễn Huệ", f.query());
        assertEquals(SchoolLevel.PRIMARY, f.level());
        assertEquals("Phường Bến Thành", f.ward());
        assertEquals(Ownership.PRIVATE, f.ownership());
    }

    @Test
    void unknownOrHostileValuesFilterNothing() {
        SchoolDirectory.Filter f = SchoolDirectory.Filter.parse("", "XYZ", "Quận 1", "' OR 1=1 --", WARDS);
        assertTrue(f.isEmpty());
        assertNull(SchoolDirectory.Filter.parse(null, "x".repeat(10_000), "x".repeat(10_000), null, WARDS).level());
        assertEquals(SchoolDirectory.MAX_QUERY, SchoolDirectory.Filter.parse("a".repeat(10_000), null, null, null, WARDS)
                .query().length());
        assertTrue(SchoolDirectory.Filter.parse(null, null, "   ", null, WARDS).isEmpty());
    }
}
