package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    // Years no other check uses (a department runs one round per year and grade; DepartmentPages has 2071).
    private static final int YEAR = 2081;
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
        // A school's own criterion must name a school that exists.
        f.put("ageGroups", "");
        f.put("criteria", "RIENG | Quy định riêng | trường: khong-co-truong-nay");
        PortalClient.Page noSchool = admin.submit(admin.get("/admin/tuyen-sinh?moi=1"), "campaign", f, "save");
        assertTrue(noSchool.doc().select("#campaign .field-error").text()
                .contains("Tiêu chí “Quy định riêng” ghi trường “khong-co-truong-nay” nhưng không có trường nào"), noSchool.text());

        PortalClient.Page round = AdmissionSteps.createCampaign(admin, YEAR + 1, true, preschoolRound(YEAR + 1));
        // Blank groups: the defaults, written out for the department to read and change.
        assertTrue(round.doc().getElementById("campaign:ageGroups").val().contains("MG5 | Mẫu giáo 5 tuổi | 60 | 71 | ưu tiên"),
                round.text());
        // A refusal of the school's address is shown next to it (it was not: the form and its field share the id
        // "school", and the message looked for the form).
        PortalClient.Page unknown = AdmissionSteps.submitSchool(admin, round, "khong-co-truong-nay", 1, 20, "Phường Một");
        assertTrue(unknown.doc().select("#school .field-error").text().contains("Không có trường với mã hoặc tên này"), unknown.text());
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
        String youngerId = "0792" + (YEAR - 4) % 100 + "000701";
        String olderId = "0793" + (YEAR - 5) % 100 + "000702";
        Map<String, String> a = AdmissionSteps.family(youngerId, (YEAR - 4) + "-03-01", "MALE", "Phường Một",
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
        String unsent = "/s/" + preschool + "/tuyen-sinh/dang-ky?t=" + step6.doc().getElementById("token").val();
        PortalClient.Page receipt = AdmissionSteps.confirmAndSubmit(younger, admin,
                AdmissionSteps.fillAll(younger, preschool, a), a.get("email"));
        assertEquals("Mẫu giáo 4 tuổi", receipt.doc().getElementById("receipt-age-group").text());
        String receiptAddress = receipt.uri().getRawPath() + "?" + receipt.uri().getRawQuery();
        String youngerCode = AdmissionSteps.applicationCode(receipt);
        // A five-year-old in the zone, no criterion.
        PortalClient older = new PortalClient();
        Map<String, String> b = AdmissionSteps.family(olderId, (YEAR - 5) + "-11-20", "FEMALE", "Phường Một",
                "nam-tuoi@example.com");
        b.put("ageGroup", "MG5");
        String olderCode = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(older, admin,
                AdmissionSteps.fillAll(older, preschool, b), b.get("email")));
        AdmissionSteps.accept(preschool, youngerCode);
        AdmissionSteps.accept(preschool, olderCode);
        try (var allocation = AdmissionSteps.travel(4)) {
            AdmissionSteps.allocate(admin, YEAR, "Mầm non");
            AdmissionSteps.publish(admin, YEAR, "Mầm non");
        }
        try (var results = AdmissionSteps.travel(5)) {
            PortalClient anyone = new PortalClient();
            String inputs = anyone.get("/tuyen-sinh/xet-tuyen-" + YEAR + "-mam-non.csv").body();
            assertTrue(inputs.contains(",MG5,") || inputs.contains(",MG5 "), inputs);
            String json = anyone.get("/tuyen-sinh/xet-tuyen-" + YEAR + "-mam-non.json").body();
            assertTrue(json.contains("\"entryGrade\":\"mam-non\"") && json.contains("\"ageReference\":\"" + YEAR + "-12-31\""), json);
            assertEquals(404, anyone.get("/tuyen-sinh/xet-tuyen-" + YEAR + ".json").status(), "no grade 1 round that year");
            AdmissionTrustChecks.verifierReproduces(YEAR + "-mam-non");
            assertTrue(lookUp(preschool, olderCode, olderId).contains("Trúng tuyển – Trường Mầm non Kiểm Thử"));
            assertTrue(lookUp(preschool, youngerCode, youngerId).contains("Danh sách chờ"));
            PortalClient.Page overview = admin.get("/admin/tuyen-sinh/tong-hop?nam=" + YEAR);
            assertEquals("Cộng 1 1 2 2 1 1", overview.doc().select("#overview-mam-non tfoot tr").text(), overview.text());
        }
        // A later round of the school names its groups otherwise: the receipt keeps its own round's (defect: it
        // took the school's newest round, and showed "Lớp chồi").
        PortalClient.Page later = AdmissionSteps.createCampaign(admin, YEAR + 3, false, Map.of("entryGrade", "PRESCHOOL",
                "name", "Tuyển sinh mầm non kiểm thử " + (YEAR + 3), "ageGroups",
                "MG3 | Lớp mầm | 36 | 47\nMG4 | Lớp chồi | 48 | 59\nMG5 | Lớp lá | 60 | 71 | ưu tiên"));
        AdmissionSteps.addSchool(admin, later, preschool, 1, 20, "Phường Một");
        PortalClient.Page again = younger.get(receiptAddress);
        assertEquals(youngerCode, AdmissionSteps.applicationCode(again), again.text());
        assertEquals("Mẫu giáo 4 tuổi", again.doc().getElementById("receipt-age-group").text(), again.text());
        // So does a draft of the first round, not sent: its form keeps its round's groups (defect: it was drawn
        // with the school's newest round, "Lớp chồi" offered for a draft of "Mẫu giáo 4 tuổi").
        PortalClient.Page draftStep6 = younger.get(unsent);
        assertTrue(draftStep6.text().contains("Mẫu giáo 4 tuổi · Trẻ ăn bán trú tại trường"), draftStep6.text());
        PortalClient.Page draftStep1 = younger.get(unsent + "&step=1");
        assertEquals("Mẫu giáo 4 tuổi", draftStep1.doc().select("#ageGroup option[selected]").text(), draftStep1.text());
        assertTrue(draftStep1.doc().select("#ageGroup option:contains(Lớp chồi)").isEmpty(), draftStep1.text());
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

    /**
     * Grade 6 by assignment: the grade-5 list imported (a broken row refused by its line, the good ones
     * kept), the assignment by zone (a pupil no zone holds waits for the department), the family opens
     * its record, is refused a request without a reason, asks for the other school with one, the
     * department grants it and mails the family, who confirms; a confirmation after the deadline is
     * refused, and the round has no application form.
     */
    @Test
    void gradeSixPupilsAreAssignedByZoneAndFamiliesConfirmOrAskForAnotherSchool() throws Exception {
        int year = YEAR + 6;
        String near = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thcsa"), "Trường THCS Gần Nhà", "LOWER_SECONDARY",
                "thcs");
        String other = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thcsb"), "Trường THCS Bên Sông", "LOWER_SECONDARY",
                "thcs");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, year, true, Map.of("entryGrade", "GRADE_6",
                "placement", "ASSIGNMENT", "name", "Tuyển sinh lớp 6 kiểm thử " + year, "criteria", ""));
        AdmissionSteps.addSchool(admin, round, near, 4, 40, "Phường Sáu");
        AdmissionSteps.addSchool(admin, round, other, 4, 40, "Phường Bảy");
        String born = String.valueOf(year - 11);
        String yy = born.substring(2);
        String csv = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,email,truong_tieu_hoc,ket_qua\n"
                + "0792" + yy + "000801,Phan Minh Tú,03/04/" + born + ",Nam,Phường Sáu,8 Đường Một,tu@example.com,"
                + "Trường Tiểu học Một,Hoàn thành chương trình tiểu học\n"
                + "0793" + yy + "000802,Hồ Thu Trang,05/06/" + born + ",Nữ,Phường Tám,2 Đường Hai,trang@example.com,"
                + "Trường Tiểu học Hai,Hoàn thành chương trình tiểu học\n"
                + "0792" + yy + "000803,Lý Gia Bảo,07/08/" + born + ",Nam,Phường Bảy,9 Đường Ba,bao@example.com,,\n"
                + "0792" + yy + "000804,Đỗ Quốc Huy,09/10/" + born + ",Nam,Phường Bảy,4 Đường Bốn,huy@example.com,"
                + "Trường Tiểu học Một,Hoàn thành chương trình tiểu học\n";
        PortalClient.Page imported = admin.submitFile(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "reviewImport", "csv",
                "lop-5.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "import");
        assertTrue(imported.text().contains("Đã nhập 3 hồ sơ rà soát"), imported.text());
        assertTrue(imported.text().contains("Thiếu trường tiểu học hoặc kết quả"), imported.text());
        PortalClient.Page run = admin.submit(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "assignment", Map.of(), "run");
        assertTrue(run.text().contains("Đã phân tuyến 2 học sinh; 1 học sinh có nơi cư trú không thuộc tuyến trường nào"),
                run.text());
        assertTrue(run.doc().getElementById("assignment-unplaced").text().contains("Hồ Thu Trang"), run.text());
        // The department places the pupil no zone holds; the family is mailed.
        String nearId = run.doc().select("#place\\:placeSchool option:containsOwn(Gần Nhà)").val();
        PortalClient.Page placed = admin.submit(run, "place", Map.of("placeSchool", nearId), "placeButton");
        assertTrue(placed.text().contains("Đã xếp học sinh Hồ Thu Trang vào Trường THCS Gần Nhà."), placed.text());
        assertFalse(placed.doc().getElementById("assignment-unplaced").text().contains("Hồ Thu Trang"), placed.text());
        assertTrue(AdmissionSteps.mailBodies(admin, "trang@example.com", "Trường lớp 6 của học sinh").get(0)
                .contains("Trường THCS Gần Nhà"));

        // No application form in a round by assignment.
        PortalClient stranger = new PortalClient();
        PortalClient.Page form = stranger.submit(stranger.get("/s/" + near + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        assertTrue(form.text().contains("Đợt tuyển sinh này không nhận hồ sơ đăng ký"), form.text());

        PortalClient family = new PortalClient();
        String kiemTra = "/s/" + near + "/tuyen-sinh/kiem-tra";
        PortalClient.Page record = AdmissionSteps.openRecord(family, admin, kiemTra, "0792" + yy + "000801", "tu@example.com");
        assertEquals("Trường THCS Gần Nhà", record.doc().getElementById("assigned-school").text());
        // The department's admission page says what grade 6 families do now (it said "đăng ký trực tuyến"),
        // and leads to each school of the round.
        PortalClient.Page department = new PortalClient().get("/tuyen-sinh");
        var section = department.doc().select("section.round").stream()
                .filter(shown -> !shown.select(".round-schools a[href=/s/" + near + "/tuyen-sinh]").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no round leads to " + near + ": " + department.text()));
        assertEquals("Giai đoạn hiện nay: Xác nhận phân tuyến", section.selectFirst(".phase-now").text());
        // The code's mail names the grade of the round (it said "lớp 1" to grade 6 families, who are warned of scams).
        assertFalse(AdmissionSteps.mailBodies(admin, "tu@example.com", "Mã xác nhận xem dữ liệu rà soát tuyển sinh lớp 6").isEmpty());
        // In English for a family reading the page in English (it was Vietnamese whatever the page's).
        PortalClient english = new PortalClient();
        english.get("/s/" + near + "/?lang=en");
        PortalClient.Page sentInEnglish = english.submit(english.get(kiemTra), "review", Map.of("personalId", "0792" + yy + "000804"),
                "review:send");
        assertTrue(sentInEnglish.doc().getElementById("review:code") != null, sentInEnglish.text());
        assertFalse(AdmissionSteps.mailBodies(admin, "huy@example.com", "Confirmation code to see the grade 6 admission review data")
                .isEmpty(), "an English code mail");
        assertTrue(record.doc().getElementById("record-primary").text().contains("Trường Tiểu học Một"), record.text());
        PortalClient.Page noReason = family.submit(record, "review", Map.of("otherSchool", ""), "review:askAssignment");
        assertTrue(noReason.text().contains("Vui lòng chọn một trường khác trong đợt tuyển sinh."), noReason.text());
        assertTrue(noReason.text().contains("Vui lòng ghi lý do"), noReason.text());
        String otherId = noReason.doc().select("#review\\:otherSchool option:containsOwn(Bên Sông)").val();
        PortalClient.Page asked = family.submit(noReason, "review", Map.of("otherSchool", otherId,
                "assignmentReason", "Gia đình chuyển đến phường Bảy từ tháng 3"), "review:askAssignment");
        assertTrue(asked.text().contains("Đã gửi đề nghị"), asked.text());

        PortalClient.Page requests = AdmissionSteps.campaignPage(admin, year, "Lớp 6");
        assertTrue(requests.doc().getElementById("assignment-requests").text().contains("Phan Minh Tú"), requests.text());
        PortalClient.Page granted = admin.submit(requests, "requests", Map.of("note", "Đã đối chiếu nơi ở mới"), "grant");
        assertTrue(granted.text().contains("Đã ghi quyết định cho học sinh Phan Minh Tú"), granted.text());
        assertTrue(AdmissionSteps.mailBodies(admin, "tu@example.com", "Kết quả đề nghị đổi trường").get(0)
                .contains("Trường THCS Bên Sông"));

        PortalClient.Page again = AdmissionSteps.openRecord(new PortalClient(), admin, kiemTra, "0792" + yy + "000801",
                "tu@example.com");
        assertEquals("Trường THCS Bên Sông", again.doc().getElementById("assigned-school").text());
        PortalClient.Page confirmed = new PortalClient().submit(again, "review", Map.of(), "review:confirmAssignment");
        assertTrue(confirmed.text().contains("Đã xác nhận. Con sẽ học lớp 6 tại Trường THCS Bên Sông."), confirmed.text());

        // Anyone can check the assignment against the published zones: address groups and counts, no pupil.
        String file = AdmissionTrustChecks.assignmentVerifierReproduces("phan-tuyen-" + year + "-lop-6.json");
        assertFalse(file.contains("Phan Minh Tú") || file.contains("000801") || file.contains("tu@example.com")
                || file.contains("8 Đường Một"), file);
        assertTrue(file.contains("{\"ward\":\"Phường Tám\",\"street\":\"\",\"pupils\":1,\"zoneSchool\":null}"), file);
        assertTrue(file.contains("{\"slug\":\"" + other + "\",\"pupils\":2,\"confirmed\":1,\"movedIn\":1,\"placedByDepartment\":0,\"specialClass\":0}"),
                file);
        assertTrue(file.contains("{\"slug\":\"" + near + "\",\"pupils\":1,\"confirmed\":0,\"movedIn\":0,\"placedByDepartment\":1,\"specialClass\":0}"),
                file);
        assertTrue(new PortalClient().get("/tuyen-sinh").text().contains("Phân tuyến theo địa chỉ"));
        // The department's year on one page: the grade's total against quota, and no pupil left without a school.
        PortalClient.Page overview = admin.get("/admin/tuyen-sinh/tong-hop?nam=" + year);
        assertEquals("Cộng 2 320 3 1 0", overview.doc().select("#overview-lop-6 tfoot tr").text(), overview.text());
        assertTrue(overview.doc().getElementById("unplaced-lop-6").text().endsWith(": 0"), overview.text());

        // Each school sees, and exports, its own assigned pupils only.
        AdminActions.createAccount(admin, other, other + ".admin", "SCHOOL_ADMIN");
        PortalClient staff = AdminActions.loggedIn(other + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page mine = staff.get("/admin/s/" + other + "/tuyen-sinh");
        String listed = mine.doc().getElementById("assigned-pupils").text();
        assertTrue(listed.contains("Phan Minh Tú") && listed.contains("Đỗ Quốc Huy") && !listed.contains("Hồ Thu Trang"), listed);
        byte[] xlsx = staff.download(mine, "assigned", "excel");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "two pupils, this school's only");
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int r = 1; r <= 2; r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertEquals(java.util.Set.of("Phan Minh Tú", "Đỗ Quốc Huy"), names);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(403, staff.get("/admin/tuyen-sinh/tong-hop").status(), "the department's figures are not a school's");
        PortalClient.Page theirs = staff.get("/admin/s/" + near + "/tuyen-sinh");
        assertTrue(theirs.status() == 403 || theirs.status() == 404, "another school's list is not this staff's: " + theirs.status());

        // After the deadline (registration closed yesterday): the answer is refused, the school stays.
        PortalClient late = new PortalClient();
        PortalClient.Page lateRecord = AdmissionSteps.openRecord(late, admin, "/s/" + other + "/tuyen-sinh/kiem-tra",
                "0792" + yy + "000804", "huy@example.com");
        try (var next = AdmissionSteps.travel(1)) {
            PortalClient.Page refused = late.submit(lateRecord, "review", Map.of(), "review:confirmAssignment");
            assertTrue(refused.text().contains("trong thời gian xác nhận"), refused.text());
        }
    }

    /**
     * Grade 6 by assignment, a child missing from the grade-5 list: the family asks on the record page (refused
     * without a reason, what was typed kept), the department adds the child, who is assigned by zone at once and
     * whose family then opens the record and confirms; another request is refused only with a note, both mailed.
     */
    @Test
    void aChildMissingFromTheGradeFiveListIsAddedOnTheFamilysRequest() {
        int year = YEAR + 16;
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thcse"), "Trường THCS Bổ Sung", "LOWER_SECONDARY",
                "thcs");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, year, true, Map.of("entryGrade", "GRADE_6",
                "placement", "ASSIGNMENT", "name", "Tuyển sinh lớp 6 bổ sung " + year, "criteria", ""));
        AdmissionSteps.addSchool(admin, round, school, 4, 40, "Phường Mười Hai");
        String yy = String.valueOf(year - 11).substring(2);
        admin.submitFile(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "reviewImport", "csv", "lop-5.csv", "text/csv",
                ("so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,email,truong_tieu_hoc,ket_qua\n0792" + yy
                        + "000950,Có Trong Danh Sách,01/01/" + (year - 11) + ",Nam,Phường Mười Hai,1 Đường A,co@example.com,"
                        + "Trường Tiểu học A,Hoàn thành chương trình tiểu học\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "import");
        admin.submit(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "assignment", Map.of(), "run");

        String id = "0793" + yy + "000951";
        Map<String, String> child = new HashMap<>(Map.of("personalId", id, "childName", "Vũ Hải Yến",
                "birthDate", (year - 11) + "-05-06", "sex", "FEMALE", "curWard", "Phường Mười Hai", "curStreet", "6 Đường B",
                "primarySchool", "Trường Nhật Bản Tokyo", "email", "yen@example.com"));
        PortalClient family = new PortalClient();
        String kiemTra = "/s/" + school + "/tuyen-sinh/kiem-tra";
        PortalClient.Page noReason = family.submit(family.get(kiemTra), "listRequest", child, "listRequest:sendListRequest");
        assertTrue(noReason.doc().getElementById("listRequest-reason-msg").text().startsWith("Vui lòng ghi lý do con không có"),
                noReason.text());
        assertEquals("Vũ Hải Yến", noReason.doc().getElementById("listRequest:childName").val(), "what was typed is kept");
        // A day that does not exist is said to be one, not "please enter the date" (one was entered).
        Map<String, String> noSuchDay = new HashMap<>(child);
        noSuchDay.put("birthDate", (year - 11) + "-02-30");
        PortalClient.Page thirtieth = family.submit(noReason, "listRequest", noSuchDay, "listRequest:sendListRequest");
        assertTrue(thirtieth.doc().getElementById("listRequest-birthDate-msg").text().startsWith("Ngày sinh không hợp lệ"),
                thirtieth.text());
        // Where the child's data is collected, the family reads who uses it, why, until when, and its rights.
        assertTrue(noReason.doc().getElementById("list-request-notice").text().matches(
                "Sở Giáo dục và Đào tạo dùng các thông tin này chỉ để .* đến hết ngày \\d{2}/\\d{2}/\\d{4} rồi xóa\\..*91/2025/QH15\\)\\."),
                noReason.doc().getElementById("list-request-notice").text());
        child.put("reason", "Gia đình về nước tháng 7, con học hết lớp 5 tại Tokyo");
        PortalClient.Page sent = family.submit(noReason, "listRequest", child, "listRequest:sendListRequest");
        assertTrue(sent.doc().getElementById("list-request-sent").text().contains("Đã gửi đề nghị"), sent.text());
        Map<String, String> other = new HashMap<>(child);
        other.putAll(Map.of("personalId", "0792" + yy + "000952", "childName", "Lâm Quốc Bảo", "sex", "MALE",
                "email", "bao2@example.com"));
        new PortalClient().submit(new PortalClient().get(kiemTra), "listRequest", other, "listRequest:sendListRequest");
        Map<String, String> late = new HashMap<>(child);
        late.putAll(Map.of("personalId", "0793" + yy + "000953", "childName", "Mai Thu Hà", "email", "ha3@example.com"));
        // This family writes in English: the department's answer comes in English (it was Vietnamese whatever the page's).
        PortalClient inEnglish = new PortalClient();
        inEnglish.get("/s/" + school + "/?lang=en");
        inEnglish.submit(inEnglish.get(kiemTra), "listRequest", late, "listRequest:sendListRequest");

        // A stranger who knows Yến's ID, name and date of birth sends the same request with an address of their own (the
        // pupil's codes go to the address of the request added), and another asks about a child on the list already.
        Map<String, String> stranger = new HashMap<>(child);
        stranger.put("email", "nguoi-la@example.com");
        new PortalClient().submit(new PortalClient().get(kiemTra), "listRequest", stranger, "listRequest:sendListRequest");
        Map<String, String> listed = new HashMap<>(child);
        listed.putAll(Map.of("personalId", "0792" + yy + "000950", "childName", "Có Trong Danh Sách", "sex", "MALE",
                "birthDate", (year - 11) + "-01-01", "email", "do-tham@example.com"));
        new PortalClient().submit(new PortalClient().get(kiemTra), "listRequest", listed, "listRequest:sendListRequest");

        PortalClient.Page requests = AdmissionSteps.campaignPage(admin, year, "Lớp 6");
        assertTrue(requests.doc().getElementById("list-requests").text().contains("Vũ Hải Yến (0951)")
                && requests.text().contains("con học hết lớp 5 tại Tokyo"), requests.text());
        // The department sees each request's address, the requests naming one child, and a child listed already.
        org.jsoup.select.Elements items = requests.doc().select("#list-requests li");
        assertEquals(2, items.stream().filter(li -> li.text().startsWith("Vũ Hải Yến (0951)")
                && li.text().contains("Có thêm 1 đề nghị khác cho cùng số định danh")).count(), items.text());
        assertTrue(items.stream().anyMatch(li -> li.select(".list-request-email").text().equals("nguoi-la@example.com")));
        assertTrue(items.stream().anyMatch(li -> li.text().startsWith("Có Trong Danh Sách (0950)")
                && !li.select(".list-request-listed").isEmpty()), items.text());
        String yen = requests.doc().select("#listRequests\\:listRequest option:containsOwn(yen@example.com)").val();
        PortalClient.Page added = admin.submit(requests, "listRequests", Map.of("listRequest", yen), "addToList");
        assertTrue(added.text().contains("Đã bổ sung học sinh Vũ Hải Yến vào danh sách và phân tuyến"), added.text());
        assertTrue(AdmissionSteps.mailBodies(admin, "yen@example.com", "Đề nghị bổ sung vào danh sách lớp 5").get(0)
                .contains("phân tuyến vào Trường THCS Bổ Sung"));
        // The other request for Yến is closed, and its sender told the child was added on another request.
        assertTrue(added.doc().select("#listRequests\\:listRequest option:containsOwn(nguoi-la@example.com)").isEmpty(),
                added.text());
        assertTrue(AdmissionSteps.mailBodies(admin, "nguoi-la@example.com", "Đề nghị bổ sung vào danh sách lớp 5").get(0)
                .contains("theo một đề nghị khác"));
        String bao = added.doc().select("#listRequests\\:listRequest option:containsOwn(Lâm Quốc Bảo)").val();
        PortalClient.Page noNote = admin.submit(added, "listRequests", Map.of("listRequest", bao), "refuseListRequest");
        assertTrue(noNote.doc().select("#listRequests .field-error").text().contains("Vui lòng ghi lý do không bổ sung"), noNote.text());
        admin.submit(noNote, "listRequests", Map.of("listRequest", bao, "listNote", "Chưa có xác nhận hoàn thành tiểu học"),
                "refuseListRequest");
        assertTrue(AdmissionSteps.mailBodies(admin, "bao2@example.com", "Đề nghị bổ sung vào danh sách lớp 5").get(0)
                .contains("Lý do: Chưa có xác nhận hoàn thành tiểu học"));

        // Decided after the confirmation window: the family is told the school, not asked to confirm.
        try (var verification = AdmissionSteps.travel(1)) {
            PortalClient.Page page = AdmissionSteps.campaignPage(admin, year, "Lớp 6");
            String ha = page.doc().select("#listRequests\\:listRequest option:containsOwn(Mai Thu Hà)").val();
            admin.submit(page, "listRequests", Map.of("listRequest", ha), "addToList");
            assertTrue(AdmissionSteps.mailBodies(admin, "ha3@example.com", "Request to add a pupil to the grade-5 list").get(0)
                    .contains("The confirmation window is over: the pupil attends grade 6 at this school"));
        }
        PortalClient.Page record = AdmissionSteps.openRecord(new PortalClient(), admin, kiemTra, id, "yen@example.com");
        assertEquals("Trường THCS Bổ Sung", record.doc().getElementById("assigned-school").text(), record.text());
        assertTrue(record.doc().getElementById("record-primary").text().contains("Ngoài danh sách lớp 5, Sở bổ sung"));
        PortalClient.Page confirmed = new PortalClient().submit(record, "review", Map.of(), "review:confirmAssignment");
        assertTrue(confirmed.text().contains("Đã xác nhận. Con sẽ học lớp 6 tại Trường THCS Bổ Sung."), confirmed.text());
        // The school's privacy notice describes the round as it is: data from the grade-5 list, not an application form.
        String notice = new PortalClient().get("/s/" + school + "/bao-ve-du-lieu").doc().getElementById("admission-kept").text();
        assertTrue(notice.startsWith("Tuyển sinh lớp 6 bổ sung " + year + " (phân tuyến): dữ liệu không do gia đình khai"), notice);
        PortalClient.Page privacy = new PortalClient().get("/s/" + school + "/bao-ve-du-lieu");
        assertNotNull(privacy.doc().selectFirst("#rights-assignment a[href$=tuyen-sinh/kiem-tra]"), "the pupil's page, not a look-up by code");
        assertFalse(privacy.text().contains("rút hồ sơ") || privacy.text().contains("mã bốc thăm"), privacy.text());
    }

    /**
     * Grade 6, a class with a programme of its own: the department defines it at one school (a bad number of
     * seats refused next to the field), three families register, the assessment's scores are imported (a pupil
     * not registered and an ID not on the list refused by line, the others kept), ranking is refused until
     * registration closes, then ranks once: two seats, the last one shared by a tie, so three are admitted and
     * move to the class's school; the families are mailed; the published file lets anyone re-rank the class.
     */
    @Test
    void aProgrammeClassAdmitsByItsOwnScoreAndAnyoneCanReRankIt() throws Exception {
        int year = YEAR + 12;
        String old = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thcsc"), "Trường THCS Phố Cũ", "LOWER_SECONDARY",
                "thcs");
        String integrated = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thcsd"), "Trường THCS Tích Hợp",
                "LOWER_SECONDARY", "thcs");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, year, true, Map.of("entryGrade", "GRADE_6",
                "placement", "ASSIGNMENT", "name", "Tuyển sinh lớp 6 lớp riêng " + year, "criteria", ""));
        AdmissionSteps.addSchool(admin, round, old, 4, 40, "Phường Mười");
        AdmissionSteps.addSchool(admin, round, integrated, 4, 40, "Phường Mười Một");
        String yy = String.valueOf(year - 11).substring(2);
        String[] ids = new String[4];
        StringBuilder csv = new StringBuilder(
                "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,email,truong_tieu_hoc,ket_qua\n");
        for (int i = 0; i < 4; i++) {
            ids[i] = "0792" + yy + "00090" + i;
            csv.append(ids[i]).append(",Học Sinh Số ").append(i).append(",0").append(i + 1).append("/02/").append(year - 11)
                    .append(",Nam,Phường Mười,").append(i + 1).append(" Đường Xa,hs").append(i).append("@example.com,")
                    .append("Trường Tiểu học Một,Hoàn thành chương trình tiểu học\n");
        }
        admin.submitFile(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "reviewImport", "csv", "lop-5.csv", "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "import");
        PortalClient.Page run = admin.submit(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "assignment", Map.of(), "run");
        assertTrue(run.text().contains("Đã phân tuyến 4 học sinh"), run.text());

        String integratedId = run.doc().select("#special\\:specialSchool option:containsOwn(Tích Hợp)").val();
        PortalClient.Page badSeats = admin.submit(run, "special", Map.of("specialSchool", integratedId,
                "specialName", "Lớp tiếng Anh tích hợp", "specialSeats", "0"), "saveSpecial");
        assertTrue(badSeats.doc().select("#special .field-error").text().contains("Số chỗ là một số từ 1 đến 500."),
                badSeats.text());
        PortalClient.Page defined = admin.submit(badSeats, "special", Map.of("specialSchool", integratedId,
                "specialName", "Lớp tiếng Anh tích hợp", "specialSeats", "2"), "saveSpecial");
        assertTrue(defined.doc().getElementById("special-classes").text().contains("Trường THCS Tích Hợp Lớp tiếng Anh tích hợp 2"),
                defined.text());

        String kiemTra = "/s/" + old + "/tuyen-sinh/kiem-tra";
        for (int i = 0; i < 3; i++) {
            PortalClient family = new PortalClient();
            PortalClient.Page record = AdmissionSteps.openRecord(family, admin, kiemTra, ids[i], "hs" + i + "@example.com");
            String classId = record.doc().select("#review\\:specialClass option:containsOwn(tích hợp)").val();
            PortalClient.Page registered = family.submit(record, "review", Map.of("specialClass", classId), "review:registerSpecial");
            assertTrue(registered.text().contains("Đã ghi đăng ký dự tuyển"), registered.text());
            assertTrue(registered.doc().getElementById("special-registration").text().contains("Lớp tiếng Anh tích hợp"),
                    registered.text());
        }

        String scores = "so_dinh_danh,diem\n" + ids[0] + ",8.5\n" + ids[1] + ",9\n" + ids[2] + ",\"8,5\"\n" + ids[3] + ",7\n"
                + "079200999999,5\n";
        PortalClient.Page imported = admin.submitFile(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "specialScores", "scores",
                "diem.csv", "text/csv", scores.getBytes(java.nio.charset.StandardCharsets.UTF_8), "importScores");
        assertTrue(imported.text().contains("Đã nhập điểm của 3 học sinh; 2 dòng bị từ chối"), imported.text());
        String refused = imported.doc().getElementById("special-refused").text();
        assertTrue(refused.contains("Dòng 5: học sinh chưa đăng ký lớp chương trình riêng nào.")
                && refused.contains("Dòng 6: số định danh không có trong danh sách lớp 5 của đợt."), refused);
        PortalClient.Page early = admin.submit(imported, "specialRank", Map.of(), "rank");
        assertTrue(early.text().contains("sau khi hết hạn đăng ký"), early.text());

        try (var verification = AdmissionSteps.travel(1)) {
            PortalClient.Page ranked = admin.submit(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "specialRank", Map.of(),
                    "rank");
            assertTrue(ranked.text().contains("Đã xét: 3 học sinh trúng tuyển, điểm chuẩn 8.50."), ranked.text());
            PortalClient.Page again = admin.submit(ranked, "specialRank", Map.of(), "rank");
            assertTrue(again.text().contains("Lớp này đã được xét"), again.text());
            assertTrue(AdmissionSteps.mailBodies(admin, "hs0@example.com", "Kết quả xét tuyển Lớp tiếng Anh tích hợp").get(0)
                    .contains("đã trúng tuyển lớp “Lớp tiếng Anh tích hợp” tại Trường THCS Tích Hợp (điểm 8.50, điểm chuẩn 8.50)"));

            String file = AdmissionTrustChecks.assignmentVerifierReproduces("phan-tuyen-" + year + "-lop-6.json");
            assertTrue(file.contains("\"specialClasses\":[{\"school\":\"" + integrated + "\",\"name\":\"Lớp tiếng Anh tích hợp\","
                    + "\"seats\":2,\"scores\":[9.00,8.50,8.50],\"cutoff\":8.50,\"admitted\":3}]"), file);
            assertFalse(file.contains(ids[0]) || file.contains("Học Sinh Số"), file);
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lop-rieng");
            java.nio.file.Path json = java.nio.file.Files.writeString(dir.resolve("f.json"),
                    file.replace("\"cutoff\":8.50,\"admitted\":3", "\"cutoff\":9.00,\"admitted\":1"));
            java.nio.file.Path script = java.nio.file.Files.writeString(dir.resolve("kiem-chung.py"),
                    new PortalClient().get("/tuyen-sinh/kiem-chung.py").body());
            String out = AdmissionTrustChecks.run(script, json, null, null);
            assertTrue(out.startsWith("1\n") && out.contains("KHÁC: tính lại được điểm chuẩn 8.50, 3 trúng tuyển"), out);
        }
        // The class's school has the three admitted pupils; the one who did not register keeps his zone's school.
        AdminActions.createAccount(admin, integrated, integrated + ".admin", "SCHOOL_ADMIN");
        String listed = AdminActions.loggedIn(integrated + ".admin", ItAccounts.STAFF_PASSWORD)
                .get("/admin/s/" + integrated + "/tuyen-sinh").doc().getElementById("assigned-pupils").text();
        assertTrue(listed.contains("Học Sinh Số 0") && listed.contains("Học Sinh Số 2") && !listed.contains("Học Sinh Số 3"), listed);
    }

    /**
     * Grade 6 by application: a child on the grade-5 list is not asked for the primary school again; a
     * child not on it is refused without a reason, applies with one, and the school must give its grounds
     * to accept (an exception like an age exception).
     */
    @Test
    void aGradeSixApplicantNotOnTheListGivesAReasonAndTheSchoolDecides() throws Exception {
        int year = YEAR + 8;
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thcsc"), "Trường THCS Xét Tuyển", "LOWER_SECONDARY",
                "thcs");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, year, true, Map.of("entryGrade", "GRADE_6",
                "name", "Tuyển sinh lớp 6 xét tuyển " + year, "criteria", ""));
        AdmissionSteps.addSchool(admin, round, school, 4, 40, "Phường Chín");
        String born = String.valueOf(year - 11);
        String yy = born.substring(2);
        String listedId = "0792" + yy + "000901";
        String csv = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,email,truong_tieu_hoc,ket_qua\n"
                + listedId + ",Nguyễn Văn Thử,15/04/" + born + ",Nam,Phường Chín,77 Đường Riêng Tư,co-ten@example.com,"
                + "Trường Tiểu học Chín Rồng,Hoàn thành chương trình tiểu học\n";
        PortalClient.Page imported = admin.submitFile(AdmissionSteps.campaignPage(admin, year, "Lớp 6"), "reviewImport", "csv",
                "lop-5.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "import");
        assertTrue(imported.text().contains("Đã nhập 1 hồ sơ rà soát"), imported.text());

        // On the list: step 2 shows the primary school from the list instead of asking for it.
        PortalClient listed = new PortalClient();
        PortalClient.Page start = listed.submit(listed.get("/s/" + school + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        Map<String, String> l = AdmissionSteps.family(listedId, born + "-04-15", "MALE", "Phường Chín", "co-ten@example.com");
        PortalClient.Page second = AdmissionSteps.step(listed, start, AdmissionSteps.pick(l, "childName", "personalId",
                "birthDate", "sex", "birthPlace", "ethnicity"));
        assertTrue(second.text().contains("Bước 2 / 6"), second.text());
        assertEquals("Theo danh sách học sinh lớp 5 của Sở: Trường Tiểu học Chín Rồng – Hoàn thành chương trình tiểu học",
                second.doc().getElementById("primary-listed").text());
        assertEquals(null, second.doc().getElementById("preschool"), "not asked again");

        // Not on the list, no reason: refused next to the reason's field, what was typed kept.
        PortalClient family = new PortalClient();
        String otherId = "0793" + yy + "000902";
        Map<String, String> n = AdmissionSteps.family(otherId, born + "-09-09", "FEMALE", "Phường Chín", "ve-nuoc@example.com");
        PortalClient.Page first = family.submit(family.get("/s/" + school + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        PortalClient.Page refused = AdmissionSteps.step(family, first, AdmissionSteps.pick(n, "childName", "personalId",
                "birthDate", "sex", "birthPlace", "ethnicity"));
        assertTrue(refused.text().contains("Bước 1 / 6"), refused.text());
        assertTrue(refused.doc().getElementById("notListedReason-msg").text()
                .startsWith("Học sinh không có trong danh sách hoàn thành chương trình tiểu học năm nay"), refused.text());
        assertEquals(otherId, refused.doc().getElementById("personalId").val());
        n.put("notListedReason", "Gia đình từ Nhật Bản về nước tháng 6, con học hết lớp 5 tại Tokyo");
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(family, admin,
                AdmissionSteps.fillAll(family, school, n), n.get("email")));

        // The school sees why, and must give its grounds to accept.
        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page one = AdmissionSteps.openApplication(staff, school, code);
        assertTrue(one.doc().getElementById("staff-decision").text().contains("Ngoài danh sách lớp 5")
                && one.text().contains("con học hết lớp 5 tại Tokyo"), one.text());
        PortalClient.Page noGrounds = staff.submit(one, "decide", Map.of(), "accept");
        assertTrue(noGrounds.text().contains("Học sinh ngoài danh sách lớp 5: vui lòng ghi căn cứ chấp nhận"), noGrounds.text());
        PortalClient.Page accepted = staff.submit(noGrounds, "decide", Map.of("reason", "Có học bạ và xác nhận hoàn thành tiểu học"),
                "accept");
        assertEquals("Hồ sơ hợp lệ", accepted.doc().getElementById("status").text(), accepted.text());

        // Grade 6 by application is allocated as grade 1; its published result checks out with the verifier.
        try (var allocation = AdmissionSteps.travel(4)) {
            AdmissionSteps.allocate(admin, year, "Lớp 6");
            AdmissionSteps.publish(admin, year, "Lớp 6");
        }
        try (var results = AdmissionSteps.travel(5)) {
            AdmissionTrustChecks.verifierReproduces(year + "-lop-6");
        }
    }
}
