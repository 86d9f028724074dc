package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;

/** An application for a child, submitted by a parent; belongs to the school of the first choice. */
@Entity
@Table(name = "admission_application")
public class AdmissionApplication extends PortalEntity {

    @Column(name = "campaign_id")
    Long campaignId;
    @Column(name = "site_id")
    Long siteId;
    String code;
    @Column(name = "draft_token")
    String draftToken;
    @Column(name = "personal_id")
    String personalId;
    @Column(name = "active_child")
    String activeChild;
    String preferences;
    @Column(name = "child_name")
    String childName;
    @Column(name = "masked_name")
    String maskedName;
    @Column(name = "birth_date")
    LocalDate birthDate;
    @Column(name = "birth_year")
    int birthYear;
    @Enumerated(EnumType.STRING)
    Sex sex;
    @Column(name = "birth_place")
    String birthPlace;
    String ethnicity;
    @Column(name = "perm_province")
    String permProvince;
    @Column(name = "perm_ward")
    String permWard;
    @Column(name = "perm_street")
    String permStreet;
    @Column(name = "cur_province")
    String curProvince;
    @Column(name = "cur_ward")
    String curWard;
    @Column(name = "cur_street")
    String curStreet;
    String preschool;
    @Column(name = "father_name")
    String fatherName;
    @Column(name = "father_birth_year")
    Integer fatherBirthYear;
    @Column(name = "father_job")
    String fatherJob;
    @Column(name = "father_phone")
    String fatherPhone;
    @Column(name = "mother_name")
    String motherName;
    @Column(name = "mother_birth_year")
    Integer motherBirthYear;
    @Column(name = "mother_job")
    String motherJob;
    @Column(name = "mother_phone")
    String motherPhone;
    @Column(name = "declarant_name")
    String declarantName;
    @Column(name = "declarant_relation")
    String declarantRelation;
    String phone;
    String email;
    String criteria;
    @Column(name = "zone_group")
    int zoneGroup;
    @Column(name = "zone_note")
    String zoneNote;
    @Column(name = "staff_decision")
    boolean staffDecision;
    @Column(name = "birth_cert_path")
    String birthCertPath;
    @Column(name = "birth_cert_type")
    String birthCertType;
    @Column(name = "residence_path")
    String residencePath;
    @Column(name = "residence_type")
    String residenceType;
    @Column(name = "consent_text")
    String consentText;
    @Column(name = "consent_at")
    Instant consentAt;
    @Column(name = "consent_ip")
    String consentIp;
    @Enumerated(EnumType.STRING)
    ApplicationStatus status;
    @Column(name = "status_reason")
    String statusReason;
    @Column(name = "result_site_id")
    Long resultSiteId;
    @Column(name = "waiting_position")
    Integer waitingPosition;
    String lottery;
    @Column(name = "enrolled_at")
    Instant enrolledAt;
    @Column(name = "enrol_receipt")
    String enrolReceipt;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "anonymised_at")
    Instant anonymisedAt;
    @Column(name = "lottery_key")
    String lotteryKey;
    @Column(name = "office_decision")
    boolean officeDecision;

    protected AdmissionApplication() {
    }

    AdmissionApplication(long campaignId, long siteId, String code, String draftToken) {
        this.campaignId = campaignId;
        this.siteId = siteId;
        this.code = code;
        this.draftToken = draftToken;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = Instant.now();
        this.updatedAt = submittedAt;
    }

    void moveTo(ApplicationStatus next, String reason) {
        status = next;
        statusReason = reason;
        activeChild = next.active() ? personalId : null;
        updatedAt = Instant.now();
    }

    // Changes go through methods of the entity, where the persistence provider tracks them.
    void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    void setCode(String code) {
        this.code = code;
    }

    void setDraftToken(String draftToken) {
        this.draftToken = draftToken;
    }

    void setPersonalId(String personalId) {
        this.personalId = personalId;
    }

    void setActiveChild(String activeChild) {
        this.activeChild = activeChild;
    }

    void setPreferences(String preferences) {
        this.preferences = preferences;
    }

    void setChildName(String childName) {
        this.childName = childName;
    }

    void setMaskedName(String maskedName) {
        this.maskedName = maskedName;
    }

    void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    void setBirthYear(int birthYear) {
        this.birthYear = birthYear;
    }

    void setSex(Sex sex) {
        this.sex = sex;
    }

    void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    void setPermProvince(String permProvince) {
        this.permProvince = permProvince;
    }

    void setPermWard(String permWard) {
        this.permWard = permWard;
    }

    void setPermStreet(String permStreet) {
        this.permStreet = permStreet;
    }

    void setCurProvince(String curProvince) {
        this.curProvince = curProvince;
    }

    void setCurWard(String curWard) {
        this.curWard = curWard;
    }

    void setCurStreet(String curStreet) {
        this.curStreet = curStreet;
    }

    void setPreschool(String preschool) {
        this.preschool = preschool;
    }

    void setFatherName(String fatherName) {
        this.fatherName = fatherName;
    }

    void setFatherBirthYear(Integer fatherBirthYear) {
        this.fatherBirthYear = fatherBirthYear;
    }

    void setFatherJob(String fatherJob) {
        this.fatherJob = fatherJob;
    }

    void setFatherPhone(String fatherPhone) {
        this.fatherPhone = fatherPhone;
    }

    void setMotherName(String motherName) {
        this.motherName = motherName;
    }

    void setMotherBirthYear(Integer motherBirthYear) {
        this.motherBirthYear = motherBirthYear;
    }

    void setMotherJob(String motherJob) {
        this.motherJob = motherJob;
    }

    void setMotherPhone(String motherPhone) {
        this.motherPhone = motherPhone;
    }

    void setDeclarantName(String declarantName) {
        this.declarantName = declarantName;
    }

    void setDeclarantRelation(String declarantRelation) {
        this.declarantRelation = declarantRelation;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    void setEmail(String email) {
        this.email = email;
    }

    void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    void setZoneGroup(int zoneGroup) {
        this.zoneGroup = zoneGroup;
    }

    void setZoneNote(String zoneNote) {
        this.zoneNote = zoneNote;
    }

    void setStaffDecision(boolean staffDecision) {
        this.staffDecision = staffDecision;
    }

    void setBirthCertPath(String birthCertPath) {
        this.birthCertPath = birthCertPath;
    }

    void setBirthCertType(String birthCertType) {
        this.birthCertType = birthCertType;
    }

    void setResidencePath(String residencePath) {
        this.residencePath = residencePath;
    }

    void setResidenceType(String residenceType) {
        this.residenceType = residenceType;
    }

    void setConsentText(String consentText) {
        this.consentText = consentText;
    }

    void setConsentAt(Instant consentAt) {
        this.consentAt = consentAt;
    }

    void setConsentIp(String consentIp) {
        this.consentIp = consentIp;
    }

    void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    void setResultSiteId(Long resultSiteId) {
        this.resultSiteId = resultSiteId;
    }

    void setWaitingPosition(Integer waitingPosition) {
        this.waitingPosition = waitingPosition;
    }

    void setLottery(String lottery) {
        this.lottery = lottery;
    }

    void setEnrolledAt(Instant enrolledAt) {
        this.enrolledAt = enrolledAt;
    }

    void setEnrolReceipt(String enrolReceipt) {
        this.enrolReceipt = enrolReceipt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    void setLotteryKey(String lotteryKey) {
        this.lotteryKey = lotteryKey;
    }

    void setOfficeDecision(boolean officeDecision) {
        this.officeDecision = officeDecision;
    }

    /** The child's lottery key in the round (16 hex digits), which the family holds. */
    public String getLotteryKey() {
        return lotteryKey;
    }

    /** The key as printed for the family: four groups of four. */
    public String getLotteryKeyShown() {
        return Lottery.shown(lotteryKey);
    }

    /** More than three years older: the education authority decides (the school records it). */
    public boolean isOfficeDecision() {
        return officeDecision;
    }

    public String getLastFour() {
        return PersonalId.lastFour(personalId);
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getCode() {
        return code;
    }

    public String getDraftToken() {
        return draftToken;
    }

    public String getPersonalId() {
        return personalId;
    }

    public String getActiveChild() {
        return activeChild;
    }

    public String getPreferences() {
        return preferences;
    }

    public String getChildName() {
        return childName;
    }

    public String getMaskedName() {
        return maskedName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public Sex getSex() {
        return sex;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getPermProvince() {
        return permProvince;
    }

    public String getPermWard() {
        return permWard;
    }

    public String getPermStreet() {
        return permStreet;
    }

    public String getCurProvince() {
        return curProvince;
    }

    public String getCurWard() {
        return curWard;
    }

    public String getCurStreet() {
        return curStreet;
    }

    public String getPreschool() {
        return preschool;
    }

    public String getFatherName() {
        return fatherName;
    }

    public Integer getFatherBirthYear() {
        return fatherBirthYear;
    }

    public String getFatherJob() {
        return fatherJob;
    }

    public String getFatherPhone() {
        return fatherPhone;
    }

    public String getMotherName() {
        return motherName;
    }

    public Integer getMotherBirthYear() {
        return motherBirthYear;
    }

    public String getMotherJob() {
        return motherJob;
    }

    public String getMotherPhone() {
        return motherPhone;
    }

    public String getDeclarantName() {
        return declarantName;
    }

    public String getDeclarantRelation() {
        return declarantRelation;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getCriteria() {
        return criteria;
    }

    public int getZoneGroup() {
        return zoneGroup;
    }

    public String getZoneNote() {
        return zoneNote;
    }

    public boolean isStaffDecision() {
        return staffDecision;
    }

    public String getBirthCertPath() {
        return birthCertPath;
    }

    public String getBirthCertType() {
        return birthCertType;
    }

    public String getResidencePath() {
        return residencePath;
    }

    public String getResidenceType() {
        return residenceType;
    }

    public String getConsentText() {
        return consentText;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentIp() {
        return consentIp;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getResultSiteId() {
        return resultSiteId;
    }

    public Integer getWaitingPosition() {
        return waitingPosition;
    }

    public String getLottery() {
        return lottery;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public String getEnrolReceipt() {
        return enrolReceipt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When the personal data was removed after the campaign's retention date; null before. */
    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }
}
