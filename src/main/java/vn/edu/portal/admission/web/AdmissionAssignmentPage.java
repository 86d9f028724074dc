package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.edu.portal.admission.AdmissionAssignment;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.ReviewRecord;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * The department's side of a round by assignment (grade 6), on {@code /admin/tuyen-sinh}: run the
 * assignment from the imported grade-5 list and the zones, the pupils per school (confirmed, asking
 * to move), the pupils no zone holds, and the families' requests for another school to grant or keep.
 */
@Named
@RequestScoped
public class AdmissionAssignmentPage {

    /** Lines of a list shown at once. */
    static final int SHOWN = 200;

    @Inject
    AdminShell shell;

    @Inject
    AdmissionAssignment assignment;

    @Inject
    AdmissionCampaignPage campaignPage;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    private Long request;
    private String note;
    private Long pupil;
    private String placeSchool;
    private Long listRequest;
    private String listNote;
    /** The waiting requests, read once a request (the list, the choice and its check read them); again after a decision. */
    private List<vn.edu.portal.admission.ListRequests.Pending> pending;

    @Inject
    vn.edu.portal.admission.ListRequests listRequests;

    private long departmentId() {
        return directory.departmentSite().orElseThrow().id();
    }

    private AdmissionCampaign campaign() {
        return campaignPage.getCampaign();
    }

    public void run() {
        StaffContext staff = shell.staff();
        try {
            AdmissionAssignment.Run done = assignment.run(departmentId(), campaign().getId(), staff.username(), staff.ip());
            Texts.info("admission.assignment.done", done.assigned(), done.unplaced());
        } catch (FieldErrors e) {
            e.errors().values().forEach(error -> Texts.error(error.key(), error.args()));
        }
    }

    public void grant() {
        decide(true);
    }

    public void keep() {
        decide(false);
    }

    private void decide(boolean grant) {
        StaffContext staff = shell.staff();
        try {
            ReviewRecord r = assignment.decide(departmentId(), campaign().getId(), request == null ? -1 : request, grant, note,
                    staff.username(), staff.ip());
            Texts.info("admission.assignment.decided", r.getChildName());
            request = null;
            note = null;
        } catch (FieldErrors e) {
            Texts.show("requests", e);
        }
    }

    /** Places a pupil no zone holds at the school chosen. */
    public void place() {
        StaffContext staff = shell.staff();
        try {
            ReviewRecord r = assignment.place(departmentId(), campaign().getId(), pupil == null ? -1 : pupil, placeSchool,
                    staff.username(), staff.ip());
            Texts.info("admission.assignment.placed", r.getChildName(), assignment.schoolName(r.getAssignment().getSiteId()));
            pupil = null;
        } catch (FieldErrors e) {
            Texts.show("place", e);
        }
    }

    public void addToList() {
        decideListRequest(true);
    }

    public void refuseListRequest() {
        decideListRequest(false);
    }

    /** A family's request to add a child who is not on the grade-5 list: added (assigned by zone) or refused. */
    private void decideListRequest(boolean add) {
        StaffContext staff = shell.staff();
        try {
            var q = listRequests.decide(departmentId(), campaign().getId(), listRequest, add, listNote, staff.username(), staff.ip());
            Texts.info(add ? "admission.listRequest.added" : "admission.listRequest.refused", q.getChildName());
            listRequest = null;
            listNote = null;
            pending = null;
        } catch (FieldErrors e) {
            Texts.show("listRequests", e);
        }
    }

    public List<vn.edu.portal.admission.ListRequests.Pending> getListRequests() {
        if (pending == null) {
            pending = isShown() ? listRequests.pendingWeighed(campaign(), SHOWN) : List.of();
        }
        return pending;
    }

    public List<vn.edu.portal.admission.AdmissionRounds.SchoolView> getSchools() {
        return isShown() ? campaignPage.getSchools() : List.of();
    }

    public boolean isShown() {
        return campaign() != null && campaign().isAssignment();
    }

    public List<AdmissionAssignment.Count> getCounts() {
        return isShown() ? assignment.counts(campaign()) : List.of();
    }

    public List<ReviewRecord> getRequests() {
        return isShown() ? assignment.requests(campaign(), SHOWN) : List.of();
    }

    public List<ReviewRecord> getUnplaced() {
        return isShown() ? assignment.unplaced(campaign(), SHOWN) : List.of();
    }

    public String schoolName(Long id) {
        return assignment.schoolName(id);
    }

    public Long getListRequest() { return listRequest; }
    public void setListRequest(Long listRequest) { this.listRequest = listRequest; }
    public String getListNote() { return listNote; }
    public void setListNote(String listNote) { this.listNote = listNote; }
    public Long getPupil() { return pupil; }
    public void setPupil(Long pupil) { this.pupil = pupil; }
    public String getPlaceSchool() { return placeSchool; }
    public void setPlaceSchool(String placeSchool) { this.placeSchool = placeSchool; }
    public Long getRequest() { return request; }
    public void setRequest(Long request) { this.request = request; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
