package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionReview;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.CorrectionRequest;
import vn.edu.portal.admission.ReviewRecord;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * {@code tuyen-sinh/kiem-tra}: a parent checks the child's pre-filled record during the review
 * window and asks for corrections. Transient view: stage 1 the number, stage 2 the mailed code,
 * stage 3 the record (the page carries a signed, short-lived token, nothing else). What was typed
 * stays in the fields when a request is refused.
 */
@Named("review")
@RequestScoped
public class AdmissionReviewPublic {

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionReview review;

    @Inject
    vn.edu.portal.admission.AdmissionAssignment assignment;

    @Inject
    vn.edu.portal.admission.SpecialClasses specialClasses;

    private SiteInfo site;
    private AdmissionCampaign campaign;
    private int stage = 1;
    private String personalId;
    private String code;
    private String token;
    private String reason;
    private Part evidence;
    private ReviewRecord record;
    private final Map<String, String> v = new HashMap<>();
    private String otherSchool;
    private String assignmentReason;
    private List<vn.edu.portal.admission.SpecialClasses.View> specialViews;

    @PostConstruct
    void load() {
        HttpServletRequest request = request();
        site = CurrentSite.of(request).site();
        Instant now = clock.now();
        // On the department's site: the round whose review is open now, else the newest.
        campaign = site.isDepartment()
                ? rounds.campaigns(site.id()).stream().filter(c -> AdmissionReview.openToFamilies(c, now)).findFirst()
                        .orElse(rounds.currentCampaign(site.id()).orElse(null))
                : rounds.campaignOfSchool(site.id()).orElse(null);
        // The stage decides which inputs exist while the post is decoded (the view keeps no state).
        record = review.byToken(campaign, request.getParameter("review:token")).orElse(null);
        if (record != null) {
            token = request.getParameter("review:token");
            stage = 3;
        } else if ("2".equals(request.getParameter("review:stage"))) {
            stage = 2;
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public void send() {
        if (campaign == null) {
            return;
        }
        try {
            String masked = review.sendCode(campaign, personalId, vn.edu.portal.platform.Clients.address(request()));
            stage = 2;
            Texts.info("admission.review.sent", masked);
        } catch (FieldErrors e) {
            Texts.show("review", e);
        } catch (TooManyAttempts e) {
            Texts.tooMany(e, "lookup.tooMany");
        }
    }

    public void open() {
        if (campaign == null) {
            return;
        }
        try {
            token = review.open(campaign, personalId, code, vn.edu.portal.platform.Clients.address(request()));
            record = review.byToken(campaign, token).orElseThrow();
            stage = 3;
            code = null;
        } catch (FieldErrors e) {
            Texts.show("review", e);
        } catch (TooManyAttempts e) {
            Texts.tooMany(e, "lookup.tooMany");
        }
    }

    public void ask() {
        if (record == null) {
            return;
        }
        // Sex is a plain select, checked by the service, so a forged value gets a message too.
        String sex = request().getParameter("review:sex");
        v.put("sex", sex == null ? "" : sex);
        try {
            review.requestCorrection(campaign, token, v, reason, read(evidence));
            v.clear();
            reason = null;
            Texts.info("admission.review.asked");
        } catch (FieldErrors e) {
            Texts.show("review", e);
        }
    }

    /** A round by assignment: the family confirms the school. */
    public void confirmAssignment() {
        try {
            record = assignment.confirm(campaign, token);
            Texts.info("admission.assignment.confirmed", assignment.schoolName(record.getAssignment().getSiteId()));
        } catch (FieldErrors e) {
            Texts.show("review", e);
        }
    }

    /** A round by assignment: the family asks for another school, with its reason. */
    public void askAssignment() {
        try {
            // A plain select, checked by the service, so a forged value gets a message too.
            otherSchool = request().getParameter("review:otherSchool");
            record = assignment.ask(campaign, token, otherSchool, assignmentReason);
            Texts.info("admission.assignment.asked");
        } catch (FieldErrors e) {
            Texts.show("review", e);
        }
    }

    /** A round by assignment: the family registers for a class with a programme of its own, or withdraws (none chosen). */
    public void registerSpecial() {
        try {
            record = specialClasses.register(campaign, token, request().getParameter("review:specialClass"));
            Texts.info(record.getSpecialClassId() == null ? "admission.special.withdrawn" : "admission.special.registeredDone");
        } catch (FieldErrors e) {
            Texts.show("review", e);
        }
    }

    /** The round's classes with a programme of their own (none outside a round by assignment). */
    public List<vn.edu.portal.admission.SpecialClasses.View> getSpecialClasses() {
        if (specialViews == null) {
            specialViews = isAssignment() ? specialClasses.views(campaign) : List.of();
        }
        return specialViews;
    }

    /** The class the pupil is registered for, with its school's name and counts (null: none). */
    public vn.edu.portal.admission.SpecialClasses.View getRegistered() {
        Long id = record == null ? null : record.getSpecialClassId();
        return id == null ? null : getSpecialClasses().stream().filter(k -> k.row().getId().equals(id)).findFirst().orElse(null);
    }

    public boolean isAssignment() {
        return campaign != null && campaign.isAssignment();
    }

    /**
     * Whether the record waits for the family's answer. The buttons stay after the deadline: pressed, they
     * say when answers were taken (the service refuses outside the window).
     */
    public boolean isAnswerable() {
        var status = record == null ? null : record.getAssignment().getStatus();
        return isAssignment() && status != null && status.open();
    }

    public String getAnswerWindow() {
        return campaign == null ? "" : Texts.get("admission.phase.when.ANSWER_ASSIGNMENT",
                AdmissionRounds.day(campaign.getRegistrationFrom()), AdmissionRounds.day(campaign.getRegistrationTo()));
    }

    public String getAssignedSchool() {
        return record == null ? "" : assignment.schoolName(record.getAssignment().getSiteId());
    }

    public String getRequestedSchool() {
        return record == null ? "" : assignment.schoolName(record.getAssignment().getRequestedSiteId());
    }

    /** The round's other schools a family may ask for. */
    public List<AdmissionRounds.SchoolView> getOtherSchools() {
        Long assigned = record == null ? null : record.getAssignment().getSiteId();
        return campaign == null ? List.of()
                : rounds.schools(campaign.getId()).stream().filter(s -> !Long.valueOf(s.site().id()).equals(assigned)).toList();
    }

    /** The file as sent, cut one byte past the limit so the size check can refuse it with the others. */
    private byte[] read(Part part) {
        if (!Uploads.present(part)) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, review.maxUploadBytes() + 1));
        } catch (IOException e) {
            throw FieldErrors.of("evidence", "upload.failed");
        }
    }

    public List<CorrectionRequest> getRequests() {
        return record == null ? List.of() : review.requests(record);
    }

    public String label(String field) {
        return ReviewFields.label(field);
    }

    public List<ReviewFields.Change> changes(CorrectionRequest q) {
        return ReviewFields.changes(q);
    }

    public boolean isOpen() {
        return campaign != null && AdmissionReview.openToFamilies(campaign, clock.now());
    }

    /** Corrections are asked in the review window only (in a round by assignment the record also opens later). */
    public boolean isCorrectable() {
        return campaign != null && AdmissionReview.inWindow(campaign, clock.now());
    }

    public String getWindowText() {
        if (campaign == null) {
            return "";
        }
        String review = Texts.get("admission.review.window", AdmissionRounds.day(campaign.getReviewFrom()),
                AdmissionRounds.day(campaign.getReviewTo()));
        return isAssignment() ? review + " " + Texts.get("admission.assignment.window", AdmissionRounds.day(campaign.getRegistrationFrom()),
                AdmissionRounds.day(campaign.getRegistrationTo())) : review;
    }

    public AdmissionCampaign getCampaign() { return campaign; }
    public int getStage() { return stage; }
    public String getPersonalId() { return personalId; }
    public void setPersonalId(String personalId) { this.personalId = personalId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getToken() { return token; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Part getEvidence() { return evidence; }
    public void setEvidence(Part evidence) { this.evidence = evidence; }
    public ReviewRecord getRecord() { return record; }
    public Map<String, String> getV() { return v; }
    public List<String> getFields() { return AdmissionReview.FIELDS; }
    public String getOtherSchool() { return otherSchool; }
    public void setOtherSchool(String otherSchool) { this.otherSchool = otherSchool; }
    public String getAssignmentReason() { return assignmentReason; }
    public void setAssignmentReason(String assignmentReason) { this.assignmentReason = assignmentReason; }
}
