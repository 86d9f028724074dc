package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;

/** One admission round of the department for a school year, with its phases and published rules. */
@Entity
@Table(name = "admission_campaign")
public class AdmissionCampaign extends PortalEntity {

    @Column(name = "site_id")
    Long siteId;
    @Column(name = "school_year")
    int schoolYear;
    String name;
    @Column(name = "review_from")
    Instant reviewFrom;
    @Column(name = "review_to")
    Instant reviewTo;
    @Column(name = "registration_from")
    Instant registrationFrom;
    @Column(name = "registration_to")
    Instant registrationTo;
    @Column(name = "verification_to")
    Instant verificationTo;
    @Column(name = "results_at")
    Instant resultsAt;
    @Column(name = "enrolment_to")
    Instant enrolmentTo;
    @Column(name = "preferences_allowed")
    boolean preferencesAllowed;
    @Column(name = "max_preferences")
    int maxPreferences;
    @Column(name = "exceptions_allowed")
    boolean exceptionsAllowed;
    String criteria;
    @Column(name = "lottery_seed")
    String lotterySeed;
    @Column(name = "seed_published_at")
    Instant seedPublishedAt;
    @Column(name = "allocated_at")
    Instant allocatedAt;
    @Column(name = "allocation_digest")
    String allocationDigest;
    @Column(name = "retention_until")
    Instant retentionUntil;
    @Column(name = "personal_data_deleted_at")
    Instant personalDataDeletedAt;
    @Column(name = "created_at")
    Instant createdAt;

    protected AdmissionCampaign() {
    }

    AdmissionCampaign(long siteId, int schoolYear, String name) {
        this.siteId = siteId;
        this.schoolYear = schoolYear;
        this.name = name;
        this.createdAt = Instant.now();
    }

    // Changes go through methods of the entity, where the persistence provider tracks them.
    void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    void setSchoolYear(int schoolYear) {
        this.schoolYear = schoolYear;
    }

    void setName(String name) {
        this.name = name;
    }

    void setReviewFrom(Instant reviewFrom) {
        this.reviewFrom = reviewFrom;
    }

    void setReviewTo(Instant reviewTo) {
        this.reviewTo = reviewTo;
    }

    void setRegistrationFrom(Instant registrationFrom) {
        this.registrationFrom = registrationFrom;
    }

    void setRegistrationTo(Instant registrationTo) {
        this.registrationTo = registrationTo;
    }

    void setVerificationTo(Instant verificationTo) {
        this.verificationTo = verificationTo;
    }

    void setResultsAt(Instant resultsAt) {
        this.resultsAt = resultsAt;
    }

    void setEnrolmentTo(Instant enrolmentTo) {
        this.enrolmentTo = enrolmentTo;
    }

    void setPreferencesAllowed(boolean preferencesAllowed) {
        this.preferencesAllowed = preferencesAllowed;
    }

    void setMaxPreferences(int maxPreferences) {
        this.maxPreferences = maxPreferences;
    }

    void setExceptionsAllowed(boolean exceptionsAllowed) {
        this.exceptionsAllowed = exceptionsAllowed;
    }

    void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    void setLotterySeed(String lotterySeed) {
        this.lotterySeed = lotterySeed;
    }

    void setSeedPublishedAt(Instant seedPublishedAt) {
        this.seedPublishedAt = seedPublishedAt;
    }

    void setAllocatedAt(Instant allocatedAt) {
        this.allocatedAt = allocatedAt;
    }

    void setAllocationDigest(String allocationDigest) {
        this.allocationDigest = allocationDigest;
    }

    void setRetentionUntil(Instant retentionUntil) {
        this.retentionUntil = retentionUntil;
    }

    void setPersonalDataDeletedAt(Instant personalDataDeletedAt) {
        this.personalDataDeletedAt = personalDataDeletedAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Long getSiteId() {
        return siteId;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public String getName() {
        return name;
    }

    public Instant getReviewFrom() {
        return reviewFrom;
    }

    public Instant getReviewTo() {
        return reviewTo;
    }

    public Instant getRegistrationFrom() {
        return registrationFrom;
    }

    public Instant getRegistrationTo() {
        return registrationTo;
    }

    public Instant getVerificationTo() {
        return verificationTo;
    }

    public Instant getResultsAt() {
        return resultsAt;
    }

    public Instant getEnrolmentTo() {
        return enrolmentTo;
    }

    public boolean isPreferencesAllowed() {
        return preferencesAllowed;
    }

    public int getMaxPreferences() {
        return maxPreferences;
    }

    public boolean isExceptionsAllowed() {
        return exceptionsAllowed;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getLotterySeed() {
        return lotterySeed;
    }

    public Instant getSeedPublishedAt() {
        return seedPublishedAt;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }

    public String getAllocationDigest() {
        return allocationDigest;
    }

    public Instant getRetentionUntil() {
        return retentionUntil;
    }

    /** When the personal data of the campaign was deleted after its retention date; null before. */
    public Instant getPersonalDataDeletedAt() {
        return personalDataDeletedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
