package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;

/**
 * Every entry grade (issue 19) over HTTP, preschool first: a preschool round's age groups are data
 * the department edits (a broken line refused by its number, nothing saved), it takes preschools
 * only, a school cannot sit in two rounds of one grade whose registrations meet; a family is
 * refused the wrong age group with the right one named, keeps what it typed, and applies; in the
 * allocation the five-year-olds come before a younger child holding a criterion, and the public
 * verifier reproduces the published preschool result.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class EntryGradeChecks {

    private static final int YEAR = 2071;
    private PortalClient admin;
    private String preschool;
    private String rounds;
    private String primary;

    @BeforeAll
    void schools() {
        admin = AdminActions.loginAsDepartmentAdmin();
        preschool = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("mnk"), "Trường Mầm non Kiểm Thử", "PRESCHOOL",
                "mam-non");
        AdminActions.createAccount(admin, preschool, preschool + ".admin", "SCHOOL_ADMIN");
        // The set-up checks list this one: a school sits in one round of a grade at a time.
        rounds = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("mnr"), "Trường Mầm non Hai Đợt", "PRESCHOOL",
                "mam-non");
        primary = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thk"), "Trường Tiểu học Cạnh Bên");
    }

    private static Map<String, String> preschoolRound(int year) {
        return Map.of("entryGrade", "PRESCHOOL", "name", "Tuyển sinh mầm non kiểm thử " + year, "ageGroups", "");
    }

    @Test
    void aPreschoolRoundTakesItsAgeGroupsAsDataAndPreschoolsOnly() {
        // A broken line of age groups: refused by its number next to the field, no round made.
        PortalClient.Page form = admin.get("/admin/tuyen-sinh?moi=1");
        Map<String, String> f = new HashMap<>(AdmissionSteps.dates(1, 1, 2, 2, 3, 5, 6));
        f.putAll(Map.of("schoolYear", String.valueOf(YEAR + 1), "name", "Tuyển sinh mầm non sai", "entryGrade", "PRESCHOOL",
                "retentionUntil", AdmissionSteps.today(365), "maxPreferences", "1", "criteria", "",
                "ageGroups", "MG5 | Mẫu giáo 5 tuổi | 60 | 71 | ưu tiên\nMG4 | Mẫu giáo 4 tuổi | bốn mươi tám | 59"));
        PortalClient.Page refused = admin.submit(form, "campaign", f, "save");
        assertTrue(refused.text().contains("Dòng 2: ghi \"MÃ | tên nhóm | từ tháng | đến tháng\""), refused.text());
        assertFalse(admin.get("/admin/tuyen-sinh").text().contains((YEAR + 1) + "–" + (YEAR + 2) + " Mầm non"));

        PortalClient.Page round = AdmissionSteps.createCampaign(admin, YEAR + 1, true, preschoolRound(YEAR + 1));
        // Blank groups: the defaults, written out for the department to read and change.
        assertTrue(round.doc().getElementById("campaign:ageGroups").val().contains("MG5 | Mẫu giáo 5 tuổi | 60 | 71 | ưu tiên"),
                round.text());
        // A refusal of the school's address is shown next to it (it was not: the form and its field share the id
        // "school", and the message looked for the form).
        PortalClient.Page unknown = AdmissionSteps.submitSchool(admin, round, "khong-co-truong-nay", 1, 20, "Phường Một");
        assertTrue(unknown.doc().select("#school .field-error").text().contains("Không có trường với mã này"), unknown.text());
        PortalClient.Page wrongLevel = AdmissionSteps.submitSchool(admin, round, primary, 1, 20, "Phường Một");
        assertTrue(wrongLevel.text().contains("Trường này không thuộc cấp học của đợt tuyển sinh"), wrongLevel.text());
        AdmissionSteps.addSchool(admin, round, rounds, 1, 20, "Phường Một");
        // The grade cannot change once the round exists.
        assertTrue(round.doc().getElementById("campaign:entryGrade").hasAttr("disabled"));

        // A second preschool round whose registration meets this one's cannot list the same school.
        PortalClient.Page other = AdmissionSteps.createCampaign(admin, YEAR + 2, true, preschoolRound(YEAR + 2));
        PortalClient.Page overlap = AdmissionSteps.submitSchool(admin, other, rounds, 1, 20, "Phường Một");
        assertTrue(overlap.text().contains("Trường đã có trong đợt “Tuyển sinh mầm non kiểm thử " + (YEAR + 1) + "” cùng cấp"),
                overlap.text());
    }

    @Test
    void fiveYearOldsComeFirstAndTheVerifierReproducesThePreschoolResult() throws Exception {
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, YEAR, true, preschoolRound(YEAR));
        AdmissionSteps.addSchool(admin, round, preschool, 1, 1, "Phường Một");
        // A four-year-old in the zone whose parent is a war invalid, applying first for the five-year-olds' group.
        PortalClient younger = new PortalClient();
        Map<String, String> a = AdmissionSteps.family("079267000701", (YEAR - 4) + "-03-01", "MALE", "Phường Một",
                "bon-tuoi@example.com");
        a.put("ageGroup", "MG5");
        a.put("boardingMeals", "true");
        PortalClient.Page start = younger.submit(younger.get("/s/" + preschool + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        PortalClient.Page wrong = AdmissionSteps.step(younger, start, AdmissionSteps.pick(a, "childName", "personalId",
                "birthDate", "sex", "birthPlace", "ethnicity", "ageGroup", "boardingMeals"));
        assertTrue(wrong.text().contains("Bước 1 / 6"), wrong.text());
        assertTrue(wrong.text().contains("không thuộc nhóm “Mẫu giáo 5 tuổi”: theo ngày sinh, trẻ thuộc nhóm “Mẫu giáo 4 tuổi”"),
                wrong.text());
        assertEquals("Nguyễn Văn Thử", wrong.doc().getElementById("childName").val(), "what was typed is kept");
        a.put("ageGroup", "MG4");
        PortalClient.Page step6 = AdmissionSteps.fillAll(younger, preschool, a);
        assertTrue(step6.text().contains("Mẫu giáo 4 tuổi · Trẻ ăn bán trú tại trường"), step6.text());
        PortalClient.Page receipt = AdmissionSteps.confirmAndSubmit(younger, admin,
                AdmissionSteps.fillAll(younger, preschool, a), a.get("email"));
        assertEquals("Mẫu giáo 4 tuổi", receipt.doc().getElementById("receipt-age-group").text());
        String youngerCode = AdmissionSteps.applicationCode(receipt);
        // A five-year-old in the zone, no criterion.
        PortalClient older = new PortalClient();
        Map<String, String> b = AdmissionSteps.family("079366000702", (YEAR - 5) + "-11-20", "FEMALE", "Phường Một",
                "nam-tuoi@example.com");
        b.put("ageGroup", "MG5");
        String olderCode = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(older, admin,
                AdmissionSteps.fillAll(older, preschool, b), b.get("email")));
        AdmissionSteps.accept(preschool, youngerCode);
        AdmissionSteps.accept(preschool, olderCode);
        try (var allocation = AdmissionSteps.travel(4)) {
            AdmissionSteps.allocate(admin, YEAR);
            AdmissionSteps.publish(admin, YEAR);
        }
        try (var results = AdmissionSteps.travel(5)) {
            PortalClient anyone = new PortalClient();
            String inputs = anyone.get("/tuyen-sinh/xet-tuyen-" + YEAR + "-mam-non.csv").body();
            assertTrue(inputs.contains(",MG5,") || inputs.contains(",MG5 "), inputs);
            String json = anyone.get("/tuyen-sinh/xet-tuyen-" + YEAR + "-mam-non.json").body();
            assertTrue(json.contains("\"entryGrade\":\"mam-non\"") && json.contains("\"ageReference\":\"" + YEAR + "-12-31\""), json);
            assertEquals(404, anyone.get("/tuyen-sinh/xet-tuyen-" + YEAR + ".json").status(), "no grade 1 round that year");
            AdmissionTrustChecks.verifierReproduces(YEAR + "-mam-non");
            assertTrue(lookUp(preschool, olderCode, "079366000702").contains("Trúng tuyển – Trường Mầm non Kiểm Thử"));
            assertTrue(lookUp(preschool, youngerCode, "079267000701").contains("Danh sách chờ"));
        }
    }

    /** The results look-up's answer for a code and ID number. */
    private static String lookUp(String school, String code, String personalId) {
        PortalClient parent = new PortalClient();
        PortalClient.Page page = parent.get("/s/" + school + "/tuyen-sinh/ket-qua");
        PortalClient.Page answer = parent.submitPlain(page, "result", Map.of("code", code, "personalId", personalId), null,
                null, null, null, null);
        var found = answer.doc().getElementById("result-found");
        return found == null ? answer.text() : found.text();
    }
}
