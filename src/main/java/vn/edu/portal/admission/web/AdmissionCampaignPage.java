package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.time.Instant;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionDraw;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.Lottery;
import vn.edu.portal.admission.Phases;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * The department's admission round: rules and phase windows, schools with quotas and zones, the
 * lottery (commitment before registration, reveal after verification), the allocation and its
 * publication, the release of unconfirmed seats, counts.
 */
@Named
@RequestScoped
public class AdmissionCampaignPage {

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    AdminShell shell;

    @Inject
    RoundGradeFields grade;

    @Inject
    AdmissionRounds rounds;

    @Inject
    vn.edu.portal.admission.RoundSchools roundSchools;

    @Inject
    AdmissionDraw draw;

    @Inject
    AdmissionLists lists;

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
    private String commitment;
    private String source;
    private String valueDate;
    private String secret;
    private String publicValue;
    private String newSecret;
    private String digest;

    @PostConstruct
    void load() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        // The forms carry the round they edit (empty: a new one), beside Jakarta Faces' own "campaign" field.
        String chosen = RoundChoice.of(external.getRequestParameterValuesMap().get("campaign"));
        if (chosen != null) {
            campaign = chosen.matches("\\d{1,18}") ? rounds.campaign(departmentId(), Long.parseLong(chosen)).orElse(null) : null;
        } else if (!"1".equals(external.getRequestParameterMap().get("moi"))) {
            campaign = rounds.currentCampaign(departmentId()).orElse(null);
        }
        if (campaign != null) {
            ZoneId z = AdmissionRounds.ZONE;
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
            grade.fill(campaign);
            commitment = campaign.getCommitment();
            source = campaign.getPublicValueSource();
            valueDate = campaign.getPublicValueDate() == null ? null : campaign.getPublicValueDate().toString();
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
            campaign = rounds.saveCampaign(departmentId(), campaign == null ? null : campaign.getId(),
                    new AdmissionRounds.CampaignForm(schoolYear == null ? 0 : schoolYear, name, d(reviewFrom), d(reviewTo),
                            d(registrationFrom), d(registrationTo), d(verificationTo), d(resultsAt), d(enrolmentTo),
                            preferencesAllowed, maxPreferences, exceptionsAllowed, criteria, d(retentionUntil),
                            campaign == null ? grade.getEntryGrade() : campaign.getEntryGrade(), grade.getAgeGroups(),
                            d(grade.getAgeReference()), campaign == null ? grade.getPlacement() : campaign.getPlacement()),
                    staff.username(), staff.ip());
            grade.fill(campaign);
            Texts.info(campaign.valueDayPossible() ? "admission.campaign.saved" : "admission.campaign.savedNoValueDay");
        } catch (FieldErrors e) {
            Texts.show("campaign", e);
        }
    }

    private static LocalDate d(String s) {
        return vn.edu.portal.admission.AdmissionService.date(s);
    }

    public void saveSchool() { schoolAction(false); }
    public void removeSchool() { schoolAction(true); }

    private void schoolAction(boolean remove) {
        StaffContext staff = shell.staff();
        if (campaign == null) {
            Texts.error("admission.notFound");
            return;
        }
        try {
            if (remove) {
                roundSchools.remove(departmentId(), campaign.getId(), school, staff.username(), staff.ip());
            } else {
                rounds.saveSchool(departmentId(), campaign.getId(), school, classes == null ? 0 : classes,
                        seats == null ? 0 : seats, zone, staff.username(), staff.ip());
            }
            Texts.info(remove ? "admission.school.removed" : "admission.school.saved", school);
            school = null;
            zone = null;
        } catch (FieldErrors e) {
            Texts.show("school", e);
        }
    }

    /** A fresh secret and its commitment, shown once: the portal keeps neither the secret nor this page. */
    public void generateSecret() {
        newSecret = Lottery.newSecret();
        commitment = Lottery.commitment(newSecret);
    }

    public void commit() {
        StaffContext staff = shell.staff();
        try {
            campaign = rounds.commit(departmentId(), campaign.getId(), commitment, source, d(valueDate), staff.username(),
                    staff.ip(), clock.now());
            Texts.info("admission.commit.saved");
        } catch (FieldErrors e) {
            Texts.show("lottery", e);
        }
    }

    public void reveal() {
        StaffContext staff = shell.staff();
        try {
            draw.reveal(departmentId(), campaign.getId(), secret, publicValue, staff.username(), staff.ip(), clock.now());
            campaign = rounds.campaign(departmentId(), campaign.getId()).orElse(campaign);
            Texts.info("admission.reveal.saved", campaign.getLotterySeed());
        } catch (FieldErrors e) {
            Texts.show("lottery", e);
        }
    }

    public void allocate() {
        StaffContext staff = shell.staff();
        try {
            digest = draw.allocate(departmentId(), campaign.getId(), staff.username(), staff.ip(), clock.now());
            campaign = rounds.campaign(departmentId(), campaign.getId()).orElse(campaign);
            Texts.info("admission.allocate.done", digest);
        } catch (FieldErrors e) {
            Texts.show("run", e);
        }
    }

    public void publish() {
        StaffContext staff = shell.staff();
        try {
            draw.publish(departmentId(), campaign.getId(), staff.username(), staff.ip(), clock.now());
            campaign = rounds.campaign(departmentId(), campaign.getId()).orElse(campaign);
            Texts.info("admission.publish.saved", day(campaign.getResultsAt()));
        } catch (FieldErrors e) {
            Texts.show("run", e);
        }
    }

    public void release() {
        StaffContext staff = shell.staff();
        try {
            int n = draw.releaseUnconfirmed(departmentId(), campaign.getId(), staff.username(), staff.ip(), clock.now());
            campaign = rounds.campaign(departmentId(), campaign.getId()).orElse(campaign);
            digest = campaign.getAllocationDigest();
            Texts.info("admission.release.done", n);
        } catch (FieldErrors e) {
            Texts.show("run", e);
        }
    }

    public String day(java.time.Instant instant) {
        return AdmissionRounds.day(instant);
    }

    /** The phase the round is in now, for the page's heading. */
    public Phases.Phase getPhase() {
        return campaign == null ? null : campaign.phaseAt(clock.now());
    }

    /** Applies the retention dates now, as the nightly job does (after a retention date was moved, say). */
    public void applyRetention() {
        StaffContext staff = shell.staff();
        vn.edu.portal.admission.AdmissionRetention.Result r = retention.apply(clock.now(), staff.username(), staff.ip());
        Texts.info("admission.retention.done", r.applications(), r.records(), r.corrections(), r.drafts());
        if (campaign != null) {
            campaign = rounds.campaign(departmentId(), campaign.getId()).orElse(null);
        }
    }

    public List<AdmissionCampaign> getCampaigns() { return rounds.campaigns(departmentId()); }
    public List<AdmissionRounds.SchoolView> getSchools() { return campaign == null ? List.of() : rounds.schools(campaign.getId()); }
    /** The department sees the allocation's counts before they are published (marked as sealed on the page). */
    public List<AdmissionLists.SchoolCount> getCounts() { return campaign == null ? List.of() : lists.counts(campaign, false); }
    public boolean isSealed() { return campaign != null && !campaign.resultsVisibleAt(clock.now()); }

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
    public String getCommitment() { return commitment; }
    public void setCommitment(String v) { commitment = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getValueDate() { return valueDate; }
    public void setValueDate(String v) { valueDate = v; }
    public String getSecret() { return secret; }
    public void setSecret(String v) { secret = v; }
    public String getPublicValue() { return publicValue; }
    public void setPublicValue(String v) { publicValue = v; }
    public String getNewSecret() { return newSecret; }
    public String getDigest() { return digest; }
}
