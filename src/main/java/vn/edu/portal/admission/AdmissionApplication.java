package vn.edu.portal.admission;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
    @Embedded
    @AttributeOverride(name = "province", column = @Column(name = "perm_province"))
    @AttributeOverride(name = "ward", column = @Column(name = "perm_ward"))
    @AttributeOverride(name = "street", column = @Column(name = "perm_street"))
    Address permanent;
    @Embedded
    @AttributeOverride(name = "province", column = @Column(name = "cur_province"))
    @AttributeOverride(name = "ward", column = @Column(name = "cur_ward"))
    @AttributeOverride(name = "street", column = @Column(name = "cur_street"))
    Address current;
    String preschool;
    /** What only some grades ask (preschool: age group, midday meals; grade 6: why not on the grade-5 list). */
    @jakarta.persistence.Embedded
    GradeAnswers grade = GradeAnswers.NONE;
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "father_name"))
    @AttributeOverride(name = "birthYear", column = @Column(name = "father_birth_year"))
    @AttributeOverride(name = "job", column = @Column(name = "father_job"))
    @AttributeOverride(name = "phone", column = @Column(name = "father_phone"))
    Parent father;
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "mother_name"))
    @AttributeOverride(name = "birthYear", column = @Column(name = "mother_birth_year"))
    @AttributeOverride(name = "job", column = @Column(name = "mother_job"))
    @AttributeOverride(name = "phone", column = @Column(name = "mother_phone"))
    Parent mother;
    @Embedded
    Declarant declarant;
    String phone;
    String email;
    String criteria;
    @Column(name = "zone_group")
    int zoneGroup;
    @Column(name = "zone_note")
    String zoneNote;
    @Column(name = "staff_decision")
    boolean staffDecision;
    @Embedded
    @AttributeOverride(name = "path", column = @Column(name = "birth_cert_path"))
    @AttributeOverride(name = "type", column = @Column(name = "birth_cert_type"))
    Paper birthCert;
    @Embedded
    @AttributeOverride(name = "path", column = @Column(name = "residence_path"))
    @AttributeOverride(name = "type", column = @Column(name = "residence_type"))
    Paper residence;
    @Column(name = "consent_text")
    String consentText;
    @Column(name = "consent_at")
    Instant consentAt;
    @Column(name = "consent_ip")
    String consentIp;
    /** The language of the family's mails ({@link AdmissionConsent#locale}); null before it was kept. */
    @Column(name = "mail_language")
    String language;
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
    /** Not compared with the child's record at the form: its comparisons were used up (ChildChecks); the school checks the papers. */
    @Column(name = "record_unchecked")
    boolean recordUnchecked;

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
        activeChild = next.active() && !recordUnchecked ? personalId : null; // a child's record disagreeing holds no place
        updatedAt = Instant.now();
    }

    /** The school compared the papers with the child's record and accepts it: it then holds the child's place. */
    void recordChecked() {
        recordUnchecked = false;
    }

    // Changes go through methods of the entity, where the persistence provider tracks them.
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

    void setPermanent(Address permanent) {
        this.permanent = permanent;
    }

    void setCurrent(Address current) {
        this.current = current;
    }

    void setPreschool(String preschool) {
        this.preschool = preschool;
    }

    void setGrade(GradeAnswers grade) {
        this.grade = grade;
    }

    public GradeAnswers getGrade() {
        return grade == null ? GradeAnswers.NONE : grade;
    }

    void setFather(Parent father) {
        this.father = father;
    }

    void setMother(Parent mother) {
        this.mother = mother;
    }

    void setDeclarant(Declarant declarant) {
        this.declarant = declarant;
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

    void setBirthCert(Paper birthCert) {
        this.birthCert = birthCert;
    }

    void setResidence(Paper residence) {
        this.residence = residence;
    }

    void setConsentText(String consentText) {
        this.consentText = consentText;
    }

    void setConsentAt(Instant consentAt) {
        this.consentAt = consentAt;
    }

    void setLanguage(String language) { this.language = language; }

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

    void setEnrolledAt(Instant enrolledAt) { this.enrolledAt = enrolledAt; }
    void setEnrolReceipt(String enrolReceipt) { this.enrolReceipt = enrolReceipt; }
    void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }

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

    // An embedded value whose columns are all null comes back as null: the getters answer an empty value.
    public Address getPermanent() {
        return permanent != null ? permanent : Address.NONE;
    }

    public Address getCurrent() {
        return current != null ? current : Address.NONE;
    }

    public String getPreschool() {
        return preschool;
    }

    public Parent getFather() {
        return father != null ? father : Parent.NONE;
    }

    public Parent getMother() {
        return mother != null ? mother : Parent.NONE;
    }

    public Declarant getDeclarant() {
        return declarant != null ? declarant : Declarant.NONE;
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

    public Paper getBirthCert() {
        return birthCert != null ? birthCert : Paper.NONE;
    }

    public Paper getResidence() {
        return residence != null ? residence : Paper.NONE;
    }

    /** The paper of this kind ({@code birthCert} or {@code residence}); an empty one for any other word. */
    public Paper paper(String kind) {
        return "birthCert".equals(kind) ? getBirthCert() : "residence".equals(kind) ? getResidence() : Paper.NONE;
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

    public boolean isRecordUnchecked() { return recordUnchecked; }
}
