package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionVerification;
import vn.edu.portal.forms.FormEvent;
import vn.edu.portal.admission.ApplicationStatus;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * A school's verification queue: its applications only, the papers (every view is logged),
 * accept / ask for documents / refuse with a reason, and the Excel list of its admitted children.
 */
@Named
@RequestScoped
public class AdmissionQueuePage {

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    AdminShell shell;

    @Inject
    AdmissionVerification admission;

    @Inject
    AdmissionLists lists;

    private ApplicationStatus filter;
    /** What the clerk searched for (a code, an ID number, a part of a name), or "". */
    private String query = "";
    private AdmissionApplication selected;
    private String reason;

    @PostConstruct
    void load() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        String st = ext.getRequestParameterMap().get("trang-thai");
        String q = ext.getRequestParameterMap().get("q");
        query = q == null || q.length() > 100 ? "" : q.strip();
        try {
            filter = st == null || st.isBlank() ? null : ApplicationStatus.valueOf(st);
        } catch (IllegalArgumentException e) {
            filter = null;
        }
        // While results are sealed, a filter on a result would count them: the school sees "verified".
        if (filter != null && sealed() && AdmissionLists.shown(filter, round(), clock.now()) != filter) {
            filter = ApplicationStatus.ACCEPTED;
        }
        selected = shell.requested("id", "admission application", a -> admission.application(shell.staff().siteId(), a))
                .orElse(null);
        // Who opened a child's record (ID, birth date, address, parents) is written down, as for its papers.
        if (selected != null && !FacesContext.getCurrentInstance().isPostback()) {
            admission.viewed(shell.staff().siteId(), selected, shell.staff().username(), shell.staff().ip());
        }
    }

    /** The next application of the list after the one open (with the list's filter): where the clerk goes on. */
    public Long getNextId() {
        if (selected == null) {
            return null;
        }
        List<Long> ids = getApplications().stream().map(AdmissionApplication::getId).toList();
        int at = ids.indexOf(selected.getId());
        return at >= 0 && at + 1 < ids.size() ? ids.get(at + 1)
                : ids.stream().filter(id -> !id.equals(selected.getId())).findFirst().orElse(null);
    }

    /** The list, read once a request (the page and the "next" link both read it). */
    public List<AdmissionApplication> getApplications() {
        if (applications == null) {
            applications = filter == ApplicationStatus.ACCEPTED && sealed()
                    ? admission.queue(shell.staff().siteId(), List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ADMITTED,
                            ApplicationStatus.WAITING, ApplicationStatus.ENROLLED, ApplicationStatus.RELEASED), query, QUEUE_MAX)
                    : admission.queue(shell.staff().siteId(), filter == null ? List.of() : List.of(filter), query, QUEUE_MAX);
        }
        return applications;
    }

    private List<AdmissionApplication> applications;

    /** The longest list shown at once; the page says when it is cut, and the search finds the rest. */
    public static final int QUEUE_MAX = 500;

    public String getQuery() {
        return query;
    }

    /** "&q=…" for the links of the list, so that an application opened from a search comes back to it; or "". */
    public String getQueryParam() {
        return query.isEmpty() ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    public int getQueueMax() {
        return QUEUE_MAX;
    }

    public List<FormEvent> getHistory() {
        return selected == null ? List.of() : lists.history(selected, clock.now());
    }

    /** The school's current round, if any. */
    private vn.edu.portal.admission.AdmissionCampaign round() {
        return lists.roundOfSchool(shell.staff().siteId()).orElse(null);
    }

    private boolean sealed() {
        vn.edu.portal.admission.AdmissionCampaign round = round();
        return round != null && !round.resultsVisibleAt(clock.now());
    }

    /** An application's status as the school may see it: results sealed until they are shown. */
    public ApplicationStatus shown(AdmissionApplication a) {
        return lists.shown(a, clock.now());
    }

    public void accept() {
        decide(ApplicationStatus.ACCEPTED);
    }

    public void askDocuments() {
        decide(ApplicationStatus.NEEDS_DOCUMENTS);
    }

    public void refuse() {
        decide(ApplicationStatus.REFUSED);
    }

    private void decide(ApplicationStatus decision) {
        decided = true;
        StaffContext staff = shell.staff();
        if (selected == null) {
            Texts.error("admission.notFound");
            return;
        }
        try {
            String seen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("seen");
            selected = admission.verify(staff.siteId(), selected.getId(), decision, reason, seen == null ? "" : seen,
                    staff.username(), staff.ip(), clock.now());
            Texts.info("admission.verify.done", selected.getCode());
            reason = null;
            shell.reopen("tuyen-sinh?id=" + selected.getId() + (filter == null ? "" : "&trang-thai=" + filter)
                    + (query.isEmpty() ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (FieldErrors e) {
            // As it is now (a colleague's decision, a double press): the page and what it posts next say the current status.
            selected = admission.application(staff.siteId(), selected.getId()).orElse(selected);
            sameChild = null;
            if (isDecidable()) {
                Texts.show("decide", e);
            } else { // withdrawn or refused meanwhile: the form is gone, the message goes at the top (the press said nothing)
                Texts.error("admission.verify.closedNow", Texts.get("admission.status." + selected.getStatus().name()));
            }
        }
    }

    /** What the clerk sees of the open application, posted back with a decision ({@link AdmissionVerification#seen}). */
    public String getSeen() {
        return selected == null ? "" : admission.seen(selected);
    }

    /** Other active applications of the open application's child in its round, described: to be settled before accepting. */
    public String getSameChild() {
        if (sameChild == null) { // read once a request: the page asks whether there is one, then shows it
            List<AdmissionApplication> others = selected == null || !selected.getStatus().active() ? List.of()
                    : admission.sameChild(selected).stream().filter(o -> o.getStatus().active()).toList();
            // A result still sealed is shown as the school may see it ("verified"), as in the queue.
            sameChild = others.isEmpty() ? "" : AdmissionVerification.described(shell.staff().siteId(), others, this::shown);
        }
        return sameChild;
    }

    private String sameChild;

    /** Whether the decision form was posted in this request (it is processed even if the application closed meanwhile). */
    public boolean isDecisionPosted() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("decide")
                && !decided;
    }

    private boolean decided;

    public void viewBirthCert() throws IOException {
        download("birthCert");
    }

    public void viewResidence() throws IOException {
        download("residence");
    }

    private void download(String kind) throws IOException {
        StaffContext staff = shell.staff();
        if (selected == null) {
            return;
        }
        Optional<Path> file = admission.document(staff.siteId(), selected.getId(), kind, staff.username(), staff.ip());
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            Texts.error("admission.notFound");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        String type = selected.paper(kind).getType();
        ext.responseReset();
        ext.setResponseContentType(type);
        ext.setResponseHeader("Cache-Control", "no-store");
        // Named with its kind's extension: a phone saved it without one and could not open it again.
        String extension = type.endsWith("pdf") ? ".pdf" : type.endsWith("png") ? ".png" : type.endsWith("jpeg") ? ".jpg" : "";
        ext.setResponseHeader("Content-Disposition", "inline; filename=\"" + selected.getCode() + "-" + kind + extension + "\"");
        try (OutputStream out = ext.getResponseOutputStream()) {
            Files.copy(file.get(), out);
        }
        faces.responseComplete();
    }

    public List<ApplicationStatus> getStatuses() {
        return java.util.Arrays.stream(ApplicationStatus.values())
                .filter(st -> !sealed() || AdmissionLists.shown(st, round(), clock.now()) == st).toList();
    }

    public ApplicationStatus getFilter() { return filter; }
    public AdmissionApplication getSelected() { return selected; }

    /** The selected application's priority criteria as staff read them ({@link vn.edu.portal.admission.AdmissionLists#criteriaText}). */
    public String getSelectedCriteria() {
        return selected == null ? "" : lists.criteriaText(selected);
    }

    /** The schools the family ranked, in order ("1. A; 2. B"); "" for one school only (the application's own). */
    public String getSelectedPreferences() {
        return selected == null ? "" : lists.preferencesText(selected);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    /** Why the application needs the school's decision: the birth year against the one the round is for. */
    public String getExceptionText() {
        if (selected == null || !selected.isStaffDecision()) {
            return "";
        }
        if (selected.getGrade().getNotListedReason() != null) {
            return Texts.get("admission.notListed." + (isExceptionPending() ? "explain" : "decided"), selected.getGrade().getNotListedReason());
        }
        int required = vn.edu.portal.admission.Eligibility.requiredBirthYear(admission.campaignOf(selected).getSchoolYear());
        String kind = selected.isOfficeDecision() ? "admission.officeDecision." : "admission.staffDecision.";
        return Texts.get(kind + (isExceptionPending() ? "explain" : "decided"), selected.getBirthYear(), required);
    }

    /** An age exception the school has not decided yet. */
    public boolean isExceptionPending() {
        return selected != null && selected.isStaffDecision() && selected.getStatus().openToParent();
    }

    public boolean isDecidable() {
        return selected != null && (selected.getStatus().openToParent() || selected.getStatus() == ApplicationStatus.ACCEPTED);
    }
}
