package vn.edu.portal.admission.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.CorrectionRequest;
import vn.edu.portal.admission.ReviewRecord;
import vn.edu.portal.admission.SpecialClasses;

/**
 * What the data review ({@code tuyen-sinh/kiem-tra}) shows on one request, prepared by
 * {@link AdmissionReviewPublic} and read by the view as {@code #{review}}: the stage (1 the number,
 * 2 the mailed code, 3 the record with its signed token), what was typed by the fields' plain names
 * ({@link #getV()}), the record with its assignment, classes and requests, and the messages
 * ({@link PlainAnswer}). The request of a child missing from the grade-5 list is a form of its own,
 * {@link #getListRequest()}.
 */
public class PublicDataReview extends PlainAnswer {

    public static final String ATTRIBUTE = "review";

    /** The request of a family whose child is not on the grade-5 list: what was typed, and its messages. */
    public static final class ListRequest extends PlainAnswer {

        final Map<String, String> v = new HashMap<>();
        boolean sent;
        boolean refused;

        /** What was typed, kept on a refusal. */
        public Map<String, String> getV() {
            return v;
        }

        /** The request's part of the page stays open after a refusal or a request sent. */
        public boolean isOpen() {
            return sent || refused;
        }

        public boolean isSent() {
            return sent;
        }
    }

    AdmissionCampaign campaign;
    int stage = 1;
    String token = "";
    ReviewRecord record;
    final Map<String, String> v = new HashMap<>();
    final ListRequest listRequest = new ListRequest();
    String windowText = "";
    String answerWindow = "";
    boolean correctable;
    boolean answerable;
    String assignedSchool = "";
    String requestedSchool = "";
    List<AdmissionRounds.SchoolView> otherSchools = List.of();
    List<SpecialClasses.View> specialClasses = List.of();
    SpecialClasses.View registered;
    List<CorrectionRequest> requests = List.of();

    /** The round whose review this page is (null: none, and the page says so). */
    public AdmissionCampaign getCampaign() {
        return campaign;
    }

    public int getStage() {
        return stage;
    }

    /** The signed, short-lived token of the record open at stage 3, carried by the page; nothing else is. */
    public String getToken() {
        return token;
    }

    public ReviewRecord getRecord() {
        return record;
    }

    /** What was typed, by the fields' plain names (the number, the code, the correction, the reasons, the school asked for). */
    public Map<String, String> getV() {
        return v;
    }

    public ListRequest getListRequest() {
        return listRequest;
    }

    public boolean isAssignment() {
        return campaign != null && campaign.isAssignment();
    }

    public String getWindowText() {
        return windowText;
    }

    public String getAnswerWindow() {
        return answerWindow;
    }

    /** Corrections are asked in the review window only (in a round by assignment the record also opens later). */
    public boolean isCorrectable() {
        return correctable;
    }

    /**
     * Whether the record waits for the family's answer. The buttons stay after the deadline: pressed, they
     * say when answers were taken (the service refuses outside the window).
     */
    public boolean isAnswerable() {
        return answerable;
    }

    public String getAssignedSchool() {
        return assignedSchool;
    }

    public String getRequestedSchool() {
        return requestedSchool;
    }

    /** The round's other schools a family may ask for. */
    public List<AdmissionRounds.SchoolView> getOtherSchools() {
        return otherSchools;
    }

    /** The round's classes with a programme of their own (none outside a round by assignment). */
    public List<SpecialClasses.View> getSpecialClasses() {
        return specialClasses;
    }

    /** The class the pupil is registered for, with its school's name and counts (null: none). */
    public SpecialClasses.View getRegistered() {
        return registered;
    }

    /** Whether the page offers to register for a class (or withdraw): until the class registered for is ranked. */
    boolean isRegistrable() {
        return !specialClasses.isEmpty() && (registered == null || !registered.row().isRanked());
    }

    public List<CorrectionRequest> getRequests() {
        return requests;
    }

    public String label(String field) {
        return ReviewFields.label(field);
    }

    public List<ReviewFields.Change> changes(CorrectionRequest q) {
        return ReviewFields.changes(q);
    }
}
