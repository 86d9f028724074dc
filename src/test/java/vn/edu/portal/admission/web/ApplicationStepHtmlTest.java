package vn.edu.portal.admission.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.AdmissionFormDefinition;
import vn.edu.portal.admission.AgeGroups;
import vn.edu.portal.admission.EntryGrade;
import vn.edu.portal.admission.TestRounds;
import vn.edu.portal.forms.FormField;

/**
 * A step of the application form, written from the form's definition without a render: every field
 * of the step is there with its label and what the draft holds, escaped; each message stands next
 * to its field; the round decides the fields that are its own (age group, school before,
 * preferences); the draft's token goes into the form's address and nowhere a copy could keep it.
 */
class ApplicationStepHtmlTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static PublicApplication step(int step, EntryGrade grade, int preferences) {
        PublicApplication m = new PublicApplication();
        m.campaign = TestRounds.of(grade, preferences);
        m.step = step;
        m.token = "tok+en/1";
        m.criteriaChoices = List.of(new PublicApplication.CriterionChoice("ho-ngheo", "Hộ nghèo <1>"));
        return m;
    }

    private static Document html(PublicApplication m) {
        return Jsoup.parse(ApplicationStepHtml.of(m, "/s/thnguyenhue/", 0, VI));
    }

    @Test
    void theLastStepShowsEverythingTheFamilyIsAboutToDeclareTrue() {
        PublicApplication m = step(6, EntryGrade.GRADE_1, 2);
        m.v.putAll(java.util.Map.of("childName", "Lê Văn <An>", "sex", "MALE", "birthPlace", "Bệnh viện Từ Dũ",
                "permWard", "Phường Bến Thành", "permStreet", "12 Lê Lợi", "fatherName", "Lê Văn Bố", "birthCertPath", "x/y.pdf",
                "consent", "true"));
        m.criteria = List.of("ho-ngheo");
        Document d = html(m);
        List<String> rows = d.select("dl.summary dt").stream().map(dt -> dt.text() + ": " + dt.nextElementSibling().text()).toList();
        // Before: the child's name, date of birth, ID, current address and e-mail only.
        for (String expected : List.of("Họ và tên của trẻ: Lê Văn <An>", "Giới tính: Nam", "Nơi sinh: Bệnh viện Từ Dũ",
                "Nơi thường trú: 12 Lê Lợi, Phường Bến Thành", "Họ và tên cha: Lê Văn Bố", "Giấy khai sinh (PDF, JPEG hoặc PNG): Đã tải lên")) {
            assertTrue(rows.contains(expected), expected + " in " + rows);
        }
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(": Hộ nghèo <1>")), "the criteria claimed: " + rows);
        assertTrue(rows.stream().noneMatch(r -> r.contains("true")), "no raw values: " + rows);
    }

    @Test
    void everyTypedFieldOfTheDefinitionIsOnItsStepWithItsLabel() {
        for (int s = 1; s <= AdmissionFormDefinition.TYPED_STEPS + 1; s++) {
            Document d = html(step(s, EntryGrade.GRADE_1, 3));
            for (FormField f : AdmissionFormDefinition.fieldsOf(s)) {
                boolean roundsOwn = List.of("ageGroup", "boardingMeals", "notListedReason").contains(f.key());
                assertEquals(!roundsOwn, !d.select("[name=" + f.key() + "]").isEmpty(), "step " + s + ": " + f.key());
            }
            assertEquals(String.valueOf(s), d.getElementById("step").val());
            assertEquals("/s/thnguyenhue/tuyen-sinh/dang-ky?t=tok%2Ben%2F1" + (s == 5 ? "&step=5" : ""),
                    d.getElementById("apply").attr("action"), "the papers' step names itself in the address too");
            assertEquals("tok+en/1", d.getElementById("token").val());
        }
        Document one = html(step(1, EntryGrade.GRADE_1, 1));
        assertEquals("Họ và tên của trẻ *", one.select("label[for=childName]").text());
        // The order of the name (the public lists show the family name and initials), and what a child without an ID does.
        assertTrue(one.text().contains("Như trên giấy khai sinh: họ trước, rồi tên đệm và tên."), one.text());
        assertTrue(one.text().contains("nộp hồ sơ trực tiếp tại trường"), one.text());
        assertEquals("date", one.getElementById("birthDate").attr("type"));
        assertEquals(2, one.select("input[type=radio][name=sex]").size());
        assertEquals("numeric", one.getElementById("personalId").attr("inputmode"), "a phone shows its number pad for the ID");
        PublicApplication refused = step(1, EntryGrade.GRADE_1, 1);
        refused.errors.put("personalId", "Số định danh gồm 12 chữ số.");
        assertEquals("true", html(refused).getElementById("personalId").attr("aria-invalid"));
        assertEquals("", one.getElementById("personalId").attr("aria-invalid"));
        Document two = html(step(2, EntryGrade.GRADE_1, 1));
        assertEquals(List.of("Nơi ở hiện tại", "Nơi thường trú"), two.select("h2").eachText(), "where one lives, then the permanent address");
        assertEquals("Phường, xã *", two.select("label[for=curWard]").text(), "under its heading, the short label");
        assertEquals("multipart/form-data", html(step(5, EntryGrade.GRADE_1, 1)).getElementById("apply").attr("enctype"));
        assertTrue(html(step(6, EntryGrade.GRADE_1, 1)).getElementById("next") == null, "the last step submits");
    }

    /** A post over the server's limits cannot be read: the papers' step says so above the papers, with the form's own limit. */
    @Test
    void aPaperTooLargeToBeReadIsSaidAboveThePapersWithThisFormsLimit() {
        Document papers = Jsoup.parse(ApplicationStepHtml.of(step(5, EntryGrade.GRADE_1, 1), "/", 5L * 1024 * 1024, VI));
        var tooLarge = papers.getElementById("too-large");
        assertTrue(tooLarge.hasClass("field-error"), tooLarge.outerHtml());
        assertTrue(tooLarge.text().contains("tối đa 5 MB"), tooLarge.text());
        assertEquals("birthCert", tooLarge.nextElementSibling().selectFirst("input[type=file]").id());
        Document other = Jsoup.parse(ApplicationStepHtml.of(step(6, EntryGrade.GRADE_1, 1), "/", 5L * 1024 * 1024, VI));
        assertTrue(other.getElementById("too-large").hasClass("notice"), "on another step, a notice at the top");
        assertTrue(html(step(5, EntryGrade.GRADE_1, 1)).getElementById("too-large") == null);
    }

    @Test
    void whatWasTypedComesBackEscapedWithItsMessageNextToIt() {
        PublicApplication m = step(1, EntryGrade.GRADE_1, 1);
        m.v.put("childName", "\"><script>alert(1)</script>");
        m.v.put("sex", "FEMALE");
        m.errors.put("childName", "Sai <b>");
        m.notices.add("<i>chú ý</i>");
        String raw = ApplicationStepHtml.of(m, "/", 0, VI);
        assertFalse(raw.contains("<script>"), raw);
        assertFalse(raw.contains("<b>") || raw.contains("<i>"), raw);
        Document d = Jsoup.parse(raw);
        assertEquals("\"><script>alert(1)</script>", d.getElementById("childName").val());
        assertEquals("Sai <b>", d.getElementById("childName-msg").text());
        assertTrue(d.getElementById("sex-female").hasAttr("checked"));
        assertFalse(d.getElementById("sex-male").hasAttr("checked"));
        assertEquals("<i>chú ý</i>", d.selectFirst("ul.notice li").text());
    }

    @Test
    void theRoundDecidesItsOwnFields() {
        PublicApplication pre = step(1, EntryGrade.PRESCHOOL, 1);
        pre.ageGroups = AgeGroups.of(pre.campaign).groups();
        pre.v.put("ageGroup", pre.ageGroups.get(0).code());
        Document d = html(pre);
        assertTrue(d.getElementById("ageGroup").select("option[selected]").val().equals(pre.ageGroups.get(0).code()));
        assertTrue(d.getElementById("boardingMeals") != null);
        assertTrue(d.getElementById("notListedReason") == null);
        assertTrue(html(step(2, EntryGrade.PRESCHOOL, 1)).getElementById("preschool") == null, "no school before preschool");

        Document six = html(step(1, EntryGrade.GRADE_6, 1));
        assertTrue(six.getElementById("notListedReason") != null && six.getElementById("ageGroup") == null);
        PublicApplication listed = step(2, EntryGrade.GRADE_6, 1);
        listed.primaryListed = "Theo danh sách: TH <A>";
        Document two = html(listed);
        assertEquals("Theo danh sách: TH <A>", two.getElementById("primary-listed").text());
        assertTrue(two.getElementById("preschool") == null, "read from the list, not asked");
        assertEquals("Trường tiểu học đã học", html(step(2, EntryGrade.GRADE_6, 1)).select("label[for=preschool]").text());

        assertTrue(html(step(4, EntryGrade.GRADE_1, 1)).getElementById("preference2") == null, "no preferences in this round");
        Document two2 = html(step(4, EntryGrade.GRADE_1, 2));
        assertTrue(two2.getElementById("preference2") != null && two2.getElementById("preference3") == null);
    }

    @Test
    void theReviewShowsWhatWillBeSentAndAsksForTheCode() {
        PublicApplication m = step(6, EntryGrade.GRADE_1, 1);
        m.v.put("childName", "Nguyễn <Văn> A");
        m.v.put("curStreet", "1 Lê Lợi");
        m.v.put("curWard", "Phường Bến Thành");
        m.v.put("curProvince", "TP Hồ Chí Minh");
        m.groupingText = "Nhóm 1";
        m.errors.put("residence", "Thiếu giấy tờ");
        Document d = html(m);
        assertTrue(d.select("dl.summary").text().contains("Nguyễn <Văn> A"));
        assertTrue(d.select("dl.summary").text().contains("Nơi ở hiện tại 1 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh"), d.select("dl.summary").text());
        assertEquals(1, d.select(".zone-group").size());
        assertTrue(d.getElementById("sendCode") != null && d.getElementById("submit") != null && d.getElementById("code") != null);
        assertTrue(d.text().contains("Thiếu giấy tờ"));
        assertTrue(d.getElementById("back") != null);
    }

    @Test
    void aRefusedStepFocusesItsFirstRefusedField() {
        String html = "<fieldset aria-describedby=\"sex-msg\" aria-invalid=\"true\"></fieldset>"
                + "<input id=\"childName\" value=\"\" aria-invalid=\"true\"/><input id=\"birthDate\" aria-invalid=\"true\"/>";
        Document doc = Jsoup.parse(RefusedStep.focusFirst(html));
        assertTrue(doc.getElementById("childName").hasAttr("autofocus"), doc.html());
        assertFalse(doc.getElementById("birthDate").hasAttr("autofocus"), "one field only");
        assertEquals("<p>x</p>", RefusedStep.focusFirst("<p>x</p>"), "nothing refused");
    }
}
