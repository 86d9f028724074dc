package vn.edu.portal.admission.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AgeGroups;

/**
 * What the application form shows on one request, prepared by {@link ApplicationFormRoutes}: the
 * step, what the draft holds, and the messages, already in the reader's language (those of a field
 * by its name, the others above the form). From step 1 on it is written into {@link #getBlock} by
 * {@link ApplicationStepHtml} or {@link ReceiptHtml}; the view ({@code #{apply}}) reads the block and,
 * on the start step, the round, its dates and the notices.
 *
 * <p>Steps: 0 start, 1 child, 2 residence, 3 family and contact, 4 choices and consent,
 * 5 papers, 6 review and e-mail code, 7 receipt.
 */
public class PublicApplication {

    public static final String ATTRIBUTE = "apply";
    static final int STEPS = vn.edu.portal.admission.AdmissionFormDefinition.STEPS;
    static final int RECEIPT = 7;

    /** One box a criterion of the child; one box a school for a criterion of the child at one school. */
    public record CriterionChoice(String value, String label) {
    }

    AdmissionCampaign campaign;
    String opensText = "";
    String token;
    int step;
    final Map<String, String> v = new LinkedHashMap<>();
    List<String> criteria = new ArrayList<>();
    boolean consent;
    /** The code was just mailed: the page opens on its field (it reopened at the top, the field two screens down). */
    boolean codeSent;
    final Map<String, String> errors = new LinkedHashMap<>();
    final List<String> notices = new ArrayList<>();
    String groupingText = "";
    List<AdmissionRounds.SchoolView> otherSchools = List.of();
    List<CriterionChoice> criteriaChoices = List.of();
    String birthDateShown = "";
    AdmissionApplication application;
    /**
     * The family's part of the page from step 1 on: the step's form ({@link ApplicationStepHtml}) or the receipt
     * ({@link ReceiptHtml}); in the copy of the page they are filled into, the hole.
     */
    String block = "";
    /** Preschool rounds: the groups to choose from, and the day the age is counted on. */
    List<AgeGroups.Group> ageGroups = List.of();
    String ageReferenceText = "";
    /** Grade 6: the pupil's primary school and result as the grade-5 list gives them ("" when not on it). */
    String primaryListed = "";

    public AdmissionCampaign getCampaign() { return campaign; }
    public String getOpensText() { return opensText; }
    public int getStep() { return step; }
    public List<String> getNotices() { return notices; }
    public String getBlock() { return block; }
    public boolean isGradeSix() { return campaign != null && campaign.getEntryGrade() == vn.edu.portal.admission.EntryGrade.GRADE_6; }
    /** The name of the group the draft or the application holds, for the review and the receipt. */
    public String getAgeGroupName() {
        String code = application != null ? application.getGrade().getAgeGroup() : v.get("ageGroup");
        return campaign == null || code == null ? "" : AgeGroups.of(campaign).group(code).map(AgeGroups.Group::name).orElse(code);
    }
    /** The papers' step posts files. */
    public boolean isMultipart() { return step == 5; }

    /** The page becomes the receipt of {@code a}. */
    void showReceipt(AdmissionApplication a) {
        application = a;
        step = RECEIPT;
    }

    /** The message next to a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** The value of a field as the draft holds it ("" when none). */
    public String value(String field) {
        return v.getOrDefault(field, "");
    }
}
