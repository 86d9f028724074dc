package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** The department's admission round: rules, schools with quotas and zones, seed, allocation, counts. */
@Named
@RequestScoped
public class AdmissionCampaignPage {

    @Inject
    AdminShell shell;

    @Inject
    AdmissionService admission;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    @Inject
    vn.edu.portal.admission.AdmissionRetention retention;

    private AdmissionCampaign campaign;
    private Integer schoolYear;
    private String name;
    private String reviewFrom, reviewTo, registrationFrom, registrationTo, verificationTo, resultsAt, enrolmentTo,
            retentionUntil;
    private boolean preferencesAllowed;
    private int maxPreferences = 3;
    private boolean exceptionsAllowed;
    private String criteria;
    private String school;
    private Integer classes;
    private Integer seats;
    private String zone;
    private String seed;
    private String digest;

    @PostConstruct
    void load() {
        var params = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String chosen = params.get("campaign");
        // The forms carry the campaign they edit; empty means a new one.
        if (chosen != null) {
            campaign = chosen.matches("\\d{1,18}") ? admission.campaign(departmentId(), Long.parseLong(chosen)).orElse(null) : null;
        } else if (!"1".equals(params.get("moi"))) {
            campaign = admission.currentCampaign(departmentId()).orElse(null);
        }
        if (campaign != null) {
            ZoneId z = AdmissionService.ZONE;
            schoolYear = campaign.getSchoolYear();
            name = campaign.getName();
            reviewFrom = campaign.getReviewFrom().atZone(z).toLocalDate().toString();
            reviewTo = campaign.getReviewTo().atZone(z).toLocalDate().toString();
            registrationFrom = campaign.getRegistrationFrom().atZone(z).toLocalDate().toString();
            registrationTo = campaign.getRegistrationTo().atZone(z).toLocalDate().toString();
            verificationTo = campaign.getVerificationTo().atZone(z).toLocalDate().toString();
            resultsAt = campaign.getResultsAt().atZone(z).toLocalDate().toString();
            enrolmentTo = campaign.getEnrolmentTo().atZone(z).toLocalDate().toString();
            retentionUntil = campaign.getRetentionUntil().atZone(z).toLocalDate().toString();
            preferencesAllowed = campaign.isPreferencesAllowed();
            maxPreferences = campaign.getMaxPreferences();
            exceptionsAllowed = campaign.isExceptionsAllowed();
            criteria = campaign.getCriteria();
            seed = campaign.getLotterySeed();
            digest = campaign.getAllocationDigest();
        }
    }

    /** Campaigns belong to the department's own site. */
    private long departmentId() {
        return directory.departmentSite().orElseThrow().id();
    }

    public void save() {
        StaffContext staff = shell.staff();
        try {
            campaign = admission.saveCampaign(departmentId(), campaign == null ? null : campaign.getId(),
                    new AdmissionService.CampaignForm(schoolYear == null ? 0 : schoolYear, name, d(reviewFrom), d(reviewTo),
                            d(registrationFrom), d(registrationTo), d(verificationTo), d(resultsAt), d(enrolmentTo),
                            preferencesAllowed, maxPreferences, exceptionsAllowed, criteria, d(retentionUntil)),
                    staff.username(), staff.ip());
            Texts.info("admission.campaign.saved");
        } catch (FieldErrors e) {
            Texts.show("campaign", e);
        }
    }

    private static LocalDate d(String s) {
        return AdmissionService.date(s);
    }

    public void saveSchool() {
        StaffContext staff = shell.staff();
        if (campaign == null) {
            Texts.error("admission.notFound");
            return;
        }
        try {
            admission.saveSchool(departmentId(), campaign.getId(), school, classes == null ? 0 : classes,
                    seats == null ? 0 : seats, zone, staff.username(), staff.ip());
            Texts.info("admission.school.saved", school);
            school = null;
            zone = null;
        } catch (FieldErrors e) {
            Texts.show("school", e);
        }
    }

    public void publishSeed() {
        StaffContext staff = shell.staff();
        try {
            admission.publishSeed(departmentId(), campaign.getId(), seed, staff.username(), staff.ip());
            Texts.info("admission.seed.done");
            load();
        } catch (FieldErrors e) {
            Texts.show("run", e);
        }
    }

    public void allocate() {
        StaffContext staff = shell.staff();
        try {
            digest = admission.allocate(departmentId(), campaign.getId(), staff.username(), staff.ip());
            Texts.info("admission.allocate.done", digest);
        } catch (FieldErrors e) {
            Texts.show("run", e);
        }
    }

    public void release() {
        StaffContext staff = shell.staff();
        try {
            int n = admission.releaseUnconfirmed(departmentId(), campaign.getId(), staff.username(), staff.ip());
            Texts.info("admission.release.done", n);
        } catch (FieldErrors e) {
            Texts.show("run", e);
        }
    }

    public String day(java.time.Instant instant) {
        return AdmissionService.day(instant);
    }

    /** Applies the retention dates now, as the nightly job does (after a retention date was moved, say). */
    public void applyRetention() {
        StaffContext staff = shell.staff();
        vn.edu.portal.admission.AdmissionRetention.Result r = retention.apply(java.time.Instant.now(), staff.username(), staff.ip());
        Texts.info("admission.retention.done", r.applications(), r.records(), r.corrections(), r.drafts());
        if (campaign != null) {
            campaign = admission.campaign(departmentId(), campaign.getId()).orElse(null);
        }
    }

    public List<AdmissionCampaign> getCampaigns() {
        return admission.campaigns(departmentId());
    }

    public List<AdmissionService.SchoolView> getSchools() {
        return campaign == null ? List.of() : admission.schools(campaign.getId());
    }

    public List<AdmissionService.SchoolCount> getCounts() {
        return campaign == null ? List.of() : admission.counts(campaign.getId());
    }

    public AdmissionCampaign getCampaign() { return campaign; }
    public Integer getSchoolYear() { return schoolYear; }
    public void setSchoolYear(Integer schoolYear) { this.schoolYear = schoolYear; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getReviewFrom() { return reviewFrom; }
    public void setReviewFrom(String v) { reviewFrom = v; }
    public String getReviewTo() { return reviewTo; }
    public void setReviewTo(String v) { reviewTo = v; }
    public String getRegistrationFrom() { return registrationFrom; }
    public void setRegistrationFrom(String v) { registrationFrom = v; }
    public String getRegistrationTo() { return registrationTo; }
    public void setRegistrationTo(String v) { registrationTo = v; }
    public String getVerificationTo() { return verificationTo; }
    public void setVerificationTo(String v) { verificationTo = v; }
    public String getResultsAt() { return resultsAt; }
    public void setResultsAt(String v) { resultsAt = v; }
    public String getEnrolmentTo() { return enrolmentTo; }
    public void setEnrolmentTo(String v) { enrolmentTo = v; }
    public String getRetentionUntil() { return retentionUntil; }
    public void setRetentionUntil(String v) { retentionUntil = v; }
    public boolean isPreferencesAllowed() { return preferencesAllowed; }
    public void setPreferencesAllowed(boolean v) { preferencesAllowed = v; }
    public int getMaxPreferences() { return maxPreferences; }
    public void setMaxPreferences(int v) { maxPreferences = v; }
    public boolean isExceptionsAllowed() { return exceptionsAllowed; }
    public void setExceptionsAllowed(boolean v) { exceptionsAllowed = v; }
    public String getCriteria() { return criteria; }
    public void setCriteria(String v) { criteria = v; }
    public String getSchool() { return school; }
    public void setSchool(String v) { school = v; }
    public Integer getClasses() { return classes; }
    public void setClasses(Integer v) { classes = v; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer v) { seats = v; }
    public String getZone() { return zone; }
    public void setZone(String v) { zone = v; }
    public String getSeed() { return seed; }
    public void setSeed(String v) { seed = v; }
    public String getDigest() { return digest; }
}
