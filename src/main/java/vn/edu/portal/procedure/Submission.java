package vn.edu.portal.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;
import vn.edu.portal.platform.WorkingDays;

/** A submitted application of a procedure, with the form version it was made with. */
@Entity
@Table(name = "submission")
public class Submission extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "procedure_id")
    private Long procedureId;
    @Column(name = "form_id")
    private Long formId;
    @Column(name = "form_version")
    private int formVersion;
    @Column(name = "tracking_code")
    private String trackingCode;
    @Column(name = "draft_token")
    private String draftToken;
    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;
    private String email;
    @Column(name = "applicant_name")
    private String applicantName;
    private String data;
    @Column(name = "consent_text")
    private String consentText;
    @Column(name = "consent_at")
    private Instant consentAt;
    /** The language of the applicant's mails: the page's when the address was given (none before 2026-12-07). */
    @Column(name = "mail_language")
    private String mailLanguage;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "time_limit_days")
    private Integer timeLimitDays;
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "days_left")
    private Integer daysLeft;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Submission() {
    }

    Submission(vn.edu.portal.forms.FormDraft draft, FormVersion form, String trackingCode, String applicantName, Instant submittedAt,
               int timeLimitDays, WorkingDays.Deadline deadline) {
        this.siteId = draft.getSiteId();
        this.procedureId = draft.getFormKey();
        this.formId = form.getId();
        this.formVersion = form.getVersion();
        this.trackingCode = trackingCode;
        this.draftToken = draft.getToken();
        this.status = SubmissionStatus.RECEIVED;
        this.email = draft.getEmail();
        this.applicantName = applicantName;
        this.data = draft.getData();
        this.consentText = draft.getConsentText();
        this.consentAt = draft.getConsentAt();
        this.mailLanguage = draft.getMailLanguage();
        this.submittedAt = submittedAt;
        this.timeLimitDays = timeLimitDays;
        schedule(deadline);
    }

    /**
     * Where its time limit stands: the day it was received on, the due day, and while the school
     * waits for the applicant, since when and how many working days are left. While paused the
     * due day stays the one counted before the pause (the queue sorts by it).
     */
    void schedule(WorkingDays.Deadline deadline) {
        this.receivedOn = deadline.receivedOn();
        if (deadline.due() != null) {
            this.dueOn = deadline.due();
        }
        this.pausedAt = deadline.pausedSince();
        this.daysLeft = deadline.daysLeft();
    }

    void move(SubmissionStatus to) {
        this.status = to;
        if (!to.open()) {
            completedAt = Instant.now();
        }
    }

    void assign(String username) {
        this.assignedTo = username;
    }

    /** Personal data goes; what is needed for counts (site, procedure, dates, status) stays. */
    void anonymise() {
        email = null;
        applicantName = null;
        data = null;
        consentText = null;
        anonymisedAt = Instant.now();
    }

    public Long getSiteId() { return siteId; }
    public Long getProcedureId() { return procedureId; }
    public Long getFormId() { return formId; }
    public int getFormVersion() { return formVersion; }
    public String getTrackingCode() { return trackingCode; }
    public SubmissionStatus getStatus() { return status; }
    public String getEmail() { return email; }
    public String getApplicantName() { return applicantName; }
    public String getData() { return data; }
    public String getConsentText() { return consentText; }
    public Instant getConsentAt() { return consentAt; }
    public java.util.Locale mailLocale() { return vn.edu.portal.platform.PortalViewHandler.ofLanguage(mailLanguage); }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    /** The working days allowed, as the procedure said when the request arrived. */
    public Integer getTimeLimitDays() { return timeLimitDays; }
    public Instant getPausedAt() { return pausedAt; }
    public boolean isPaused() { return pausedAt != null; }
    public Integer getDaysLeft() { return daysLeft; }
    public String getAssignedTo() { return assignedTo; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getAnonymisedAt() { return anonymisedAt; }
}
