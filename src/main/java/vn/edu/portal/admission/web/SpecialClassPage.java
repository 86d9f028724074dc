package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.SpecialClasses;
import vn.edu.portal.admission.SpecialRanking;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * The department's classes with a programme of their own in a round by assignment, on the round's page:
 * define one at a school (name, seats), import the assessment's scores, rank a class once registration has
 * closed.
 */
@Named
@RequestScoped
public class SpecialClassPage {

    @Inject
    AdminShell shell;

    @Inject
    SpecialClasses special;

    @Inject
    AdmissionCampaignPage campaignPage;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    private String school;
    private String name;
    private Integer seats;
    private Part scores;
    private Long rankClass;
    private List<String> refused = List.of();

    private long departmentId() {
        return directory.departmentSite().orElseThrow().id();
    }

    private AdmissionCampaign campaign() {
        return campaignPage.getCampaign();
    }

    public void save() {
        StaffContext staff = shell.staff();
        try {
            special.save(departmentId(), campaign().getId(), school, name, seats, staff.username(), staff.ip());
            Texts.info("admission.special.saved", name.strip());
            name = null;
            seats = null;
        } catch (FieldErrors e) {
            Texts.show("special", e);
        }
    }

    public void importScores() {
        StaffContext staff = shell.staff();
        try {
            byte[] data = Uploads.read(scores, "scores", 5L * 1024 * 1024);
            SpecialClasses.ScoreImport done = special.importScores(departmentId(), campaign().getId(), data, staff.username(),
                    staff.ip());
            refused = done.refused();
            Texts.info("admission.special.imported", done.imported(), done.refused().size());
        } catch (FieldErrors e) {
            Texts.show("specialScores", e);
        }
    }

    public void rank() {
        StaffContext staff = shell.staff();
        try {
            SpecialRanking.Result r = special.rank(departmentId(), campaign().getId(), rankClass, staff.username(), staff.ip());
            Texts.info("admission.special.rankedDone", r.admitted().size(), r.cutoff() == null ? "—" : r.cutoff().toPlainString());
        } catch (FieldErrors e) {
            Texts.show("specialRank", e);
        }
    }

    public List<SpecialClasses.View> getClasses() {
        return campaign() != null && campaign().isAssignment() ? special.views(campaign()) : List.of();
    }

    public List<String> getRefused() { return refused; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
    public Part getScores() { return scores; }
    public void setScores(Part scores) { this.scores = scores; }
    public Long getRankClass() { return rankClass; }
    public void setRankClass(Long rankClass) { this.rankClass = rankClass; }
}
