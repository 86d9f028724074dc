package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small text formats of admission: zones, criteria and dates as staff and parents type them. */
class AdmissionTextsTest {

    @Test
    void zonesAreOneWardALineWithOptionalStreets() {
        List<Zones.Area> areas = AdmissionRounds.parseZone("Phường Bến Thành\n\n  Phường Đa Kao : Đinh Tiên Hoàng, , Mạc Đĩnh Chi \n");
        assertEquals(2, areas.size());
        assertEquals(new Zones.Area("Phường Bến Thành", List.of()), areas.get(0));
        assertEquals(new Zones.Area("Phường Đa Kao", List.of("Đinh Tiên Hoàng", "Mạc Đĩnh Chi")), areas.get(1));
        assertEquals(List.of(), AdmissionRounds.parseZone(null));
    }

    @Test
    void criteriaKeepTheirOrderAndGetACodeWhenNoneIsGiven() {
        var criteria = AdmissionRounds.parseCriteria("CON_THUONG_BINH | Con thương binh\nCó anh chị em học tại trường\ncon_thuong_binh | lặp lại");
        assertEquals(2, criteria.size());
        assertEquals("CON_THUONG_BINH", criteria.get(0).code());
        assertEquals("CO_ANH_CHI_EM_HOC_TAI_TRUONG", criteria.get(1).code());
        assertEquals("Có anh chị em học tại trường", criteria.get(1).label());
        assertEquals(false, criteria.get(0).atSchool());
    }

    @Test
    void aCriterionMarkedTruongCountsAtOneSchoolOnly() {
        var criteria = AdmissionRounds.parseCriteria("CON_THUONG_BINH | Con thương binh\n"
                + "CON_GIAO_VIEN | Con giáo viên của trường | trường\nANH_CHI_EM | Anh chị em | School");
        assertEquals(List.of(false, true, true), criteria.stream().map(AdmissionRounds.Criterion::atSchool).toList());
        assertEquals("CON_THUONG_BINH | Con thương binh\nCON_GIAO_VIEN | Con giáo viên của trường | trường\n"
                + "ANH_CHI_EM | Anh chị em | trường", AdmissionRounds.criteriaText(criteria));
    }

    @Test
    void aSchoolsOwnCriterionNamesTheSchoolsThatOfferIt() {
        var criteria = AdmissionRounds.parseCriteria("CON_HOI_VIEN | Con hội viên sáng lập | trường: MNVietUc , mnvietuc2,\n"
                + "ANH_CHI_EM | Anh chị em | trường");
        assertEquals(List.of("mnvietuc", "mnvietuc2"), criteria.get(0).onlyAt());
        assertEquals(true, criteria.get(0).atSchool());
        assertEquals(true, criteria.get(0).appliesAt("mnvietuc"));
        assertEquals(false, criteria.get(0).appliesAt("mnhoasen"));
        assertEquals(true, criteria.get(1).appliesAt("mnhoasen"));
        assertEquals("CON_HOI_VIEN | Con hội viên sáng lập | trường: mnvietuc, mnvietuc2\nANH_CHI_EM | Anh chị em | trường",
                AdmissionRounds.criteriaText(criteria));
        // Only a criterion of the child at a school can belong to some schools.
        assertEquals(List.of(), AdmissionRounds.parseCriteria("CON_THUONG_BINH | Con thương binh | tất cả: mnvietuc").get(0).onlyAt());
    }

    @Test
    void aSchoolsOwnCriterionIsRefusedAtAnotherSchool() {
        AdmissionCampaign round = new AdmissionCampaign();
        round.setCriteria("CON_HOI_VIEN | Con hội viên sáng lập | trường: mnvietuc\nANH_CHI_EM | Anh chị em | trường");
        Map<Integer, String> schools = Map.of(1, "mnhoasen", 2, "mnvietuc");
        vn.edu.portal.platform.FieldErrors ok = new vn.edu.portal.platform.FieldErrors();
        StepChecks.criteria(round, Map.of("preference2", "9", "criteria", "CON_HOI_VIEN@2,ANH_CHI_EM@1"), schools::get, ok);
        assertEquals(true, ok.isEmpty(), ok.errors().toString());
        vn.edu.portal.platform.FieldErrors refused = new vn.edu.portal.platform.FieldErrors();
        StepChecks.criteria(round, Map.of("preference2", "9", "criteria", "CON_HOI_VIEN@1"), schools::get, refused);
        assertEquals("admission.criteria.onlyAt", refused.errors().get("criteria").key());
    }

    @Test
    void claimedCriteriaAtAPreferenceBecomeThatSchool() {
        Map<String, String> v = Map.of("preference2", "77");
        assertEquals("CON_THUONG_BINH,CON_GIAO_VIEN@5,ANH_CHI_EM@77",
                AdmissionForm.criteriaHeld("CON_THUONG_BINH,CON_GIAO_VIEN@1,ANH_CHI_EM@2,ANH_CHI_EM@3", v, 5));
    }

    @Test
    void datesAreReadAsTypedOrAsADateInputSendsThem() {
        assertEquals(LocalDate.of(2020, 3, 14), AdmissionService.date("14/03/2020"));
        assertEquals(LocalDate.of(2020, 3, 4), AdmissionService.date("4/3/2020"));
        assertEquals(LocalDate.of(2020, 3, 14), AdmissionService.date("2020-03-14"));
        assertNull(AdmissionService.date("31/02/2020"));
        assertNull(AdmissionService.date("hôm qua"));
        assertNull(AdmissionService.date(""));
    }

    @Test
    void aCorrectionRequestKeepsVietnameseTextExactly() {
        Map<String, String> values = Map.of("childName", "Nguyễn Thị Ánh Tuyết", "curStreet", "12/3 Đường số 7: hẻm = 2");
        assertEquals(values, AdmissionService.values(AdmissionService.serialise(values)));
    }
}
