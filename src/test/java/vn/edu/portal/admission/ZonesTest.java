package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.Zones.Area;
import vn.edu.portal.admission.Zones.Zone;

class ZonesTest {

    private final Zone nguyenHue = new Zone(1, "Trường Tiểu học Nguyễn Huệ",
            List.of(new Area("Phường Bến Nghé", List.of()), new Area("Phường 5", List.of()),
                    new Area("Phường Đa Kao", List.of("Đinh Tiên Hoàng", "Nguyễn Đình Chiểu"))));
    private final Zone kimDong = new Zone(2, "Trường Tiểu học Kim Đồng",
            List.of(new Area("Phường Tân Định", List.of()), new Area("Đa Kao", List.of())));
    private final List<Zone> all = List.of(nguyenHue, kimDong);

    /**
     * The assignment file groups pupils by a street a zone names, never by what a family typed: a lane,
     * a floor or a house number left in the text was published before ("Ngõ 83 Phố X").
     */
    @Test
    void aGroupIsPublishedUnderTheZonesStreetNeverUnderWhatWasTyped() {
        List<String> named = List.of("Đinh Tiên Hoàng", "Nguyễn Đình Chiểu", "30 Tháng 4");
        assertEquals("Đinh Tiên Hoàng", Zones.publishedStreet("12/3A đường đinh tiên hoàng", named));
        assertEquals("Nguyễn Đình Chiểu", Zones.publishedStreet("số 5, Nguyễn Đình Chiểu", named));
        assertEquals("", Zones.publishedStreet("Ngõ 83 Phố Mạc Đĩnh Chi", named), "a street no zone names: nothing of it");
        assertEquals("", Zones.publishedStreet("5 Hẻm Cao Thắng\nlầu 2", named));
        String numbered = Zones.publishedStreet("7 30 Tháng 4", named);
        assertEquals("Đường 30 Tháng 4", numbered, "its number kept when read back");
        // Read back as the published check reads it, each label matches the zone's street it stands for.
        for (String s : named) {
            String label = Zones.publishedStreet("1 " + s, named);
            assertEquals(true, Zones.sameName(s, Zones.streetName(label)), s + " -> " + label);
        }
    }

    @Test
    void aWardOfTheZoneIsGroupOneWhateverTheSpelling() {
        var g = Zones.group(nguyenHue, all, "phuong ben nghe", "Lê Lợi");
        assertEquals(1, g.group());
        assertEquals("admission.zone.group1", g.key());
        assertEquals(List.of("Trường Tiểu học Nguyễn Huệ", "phuong ben nghe"), g.args());
        assertEquals(1, Zones.group(nguyenHue, all, "Bến Nghé", null).group());
        assertEquals(1, Zones.group(nguyenHue, all, "P. 05", null).group());
        assertEquals(1, Zones.group(nguyenHue, all, "Phường 5", "").group());
        // Written in English: it was group 2 ("Ben Nghe Ward is in no school's zone").
        assertEquals(1, Zones.group(nguyenHue, all, "Ben Nghe Ward", null).group());
        assertEquals(1, Zones.group(nguyenHue, all, "Ward 5", null).group());
        assertEquals(1, Zones.group(nguyenHue, all, "Da Kao Ward", "12 Dinh Tien Hoang Street").group());
        assertEquals(1, Zones.group(nguyenHue, all, "Da Kao", "15 Nguyen Dinh Chieu St.").group());
        assertEquals(2, Zones.group(nguyenHue, all, "Da Kao Ward", "Mac Dinh Chi Road").group());
        // Written as one word, as English maps do ("Saigon"): the same ward.
        assertEquals(1, Zones.group(nguyenHue, all, "Dakao Ward", "12 Dinh Tien Hoang").group());
        assertEquals(1, Zones.group(nguyenHue, all, "Bennghe", null).group());
    }

    @Test
    void aWardListedByStreetIsGroupOneOnlyOnThoseStreets() {
        var in = Zones.group(nguyenHue, all, "Phường Đa Kao", "đường Đinh Tiên Hoàng");
        assertEquals(1, in.group());
        assertEquals("admission.zone.group1Street", in.key());
        assertEquals(1, Zones.group(nguyenHue, all, "Đa Kao", "12/3A Đinh Tiên Hoàng").group());
        assertEquals(1, Zones.group(nguyenHue, all, "Đa Kao", "số 5, Nguyễn Đình Chiểu").group());
        var out = Zones.group(nguyenHue, all, "Phường Đa Kao", "Mạc Đĩnh Chi");
        assertEquals(2, out.group());
        // The ward is in the zone for some streets only: the message says which, never that the
        // ward is both outside and inside the zone.
        assertEquals("admission.zone.group2StreetOther", out.key());
        assertEquals(List.of("Trường Tiểu học Nguyễn Huệ", "Mạc Đĩnh Chi", "Phường Đa Kao",
                "Đinh Tiên Hoàng, Nguyễn Đình Chiểu", "Trường Tiểu học Kim Đồng"), out.args());
        var nowhere = Zones.group(nguyenHue, List.of(nguyenHue), "Đa Kao", "Mạc Đĩnh Chi");
        assertEquals("admission.zone.group2Street", nowhere.key());
        assertEquals(4, nowhere.args().size());
    }

    @Test
    void anAddressOutsideEveryZoneIsGroupTwoAndSaysWhichWardsAreIn() {
        var g = Zones.group(nguyenHue, all, "Phường Thảo Điền", "Xuân Thủy");
        assertEquals(2, g.group());
        assertEquals("admission.zone.group2None", g.key());
        assertEquals("Phường Bến Nghé; Phường 5; Phường Đa Kao (Đinh Tiên Hoàng, Nguyễn Đình Chiểu)", g.args().get(2));
    }

    @Test
    void aWardNamedByANumberOfAnyLengthIsANameNotAFailure() {
        assertTrue(Zones.sameName("Phường 05", "5"));
        assertTrue(Zones.sameName("Phường 3000000000", "3000000000"), "past an int: was a NumberFormatException, a 500");
        assertFalse(Zones.sameName("Phường 3000000000", "Phường 3"));
    }

    @Test
    void anEmptyWardMatchesNothing() {
        assertEquals(2, Zones.group(nguyenHue, all, "", "").group());
        assertEquals(2, Zones.group(nguyenHue, all, null, null).group());
    }
}
