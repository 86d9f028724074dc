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
    /** The result code on the day results were published; {@link #allocationDigest} changes with a release of seats. */
    @Column(name = "published_digest")
    String publishedDigest;
    @Column(name = "retention_until")
    Instant retentionUntil;
    @Column(name = "personal_data_deleted_at")
    Instant personalDataDeletedAt;
    @Column(name = "created_at")
    Instant createdAt;
    String commitment;
    @Column(name = "committed_at")
    Instant committedAt;
    @Column(name = "public_value_source")
    String publicValueSource;
    @Column(name = "public_value_date")
    LocalDate publicValueDate;
    @Column(name = "lottery_secret")
    String lotterySecret;
    @Column(name = "public_value")
    String publicValue;
    @Column(name = "round_key")
    String roundKey;
    @Column(name = "results_published_at")
    Instant resultsPublishedAt;
    @Column(name = "results_mailed_at")
    Instant resultsMailedAt;
    @Column(name = "seats_released_at")
    Instant seatsReleasedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_grade")
    EntryGrade entryGrade = EntryGrade.GRADE_1;
    @Column(name = "age_groups")
    String ageGroups;
    @Column(name = "age_reference")
    LocalDate ageReference;
    @Enumerated(EnumType.STRING)
    Placement placement = Placement.APPLICATION;

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

    /**
     * Whether the lottery can still be (or has been) committed to: a public value's day must fall after verification
     * ends and on or before the results day, so the timetable must leave a day between the two.
     */
    public boolean valueDayPossible() {
        return commitment != null || (verificationTo != null && resultsAt != null
                && resultsAt.atZone(Phases.ZONE).toLocalDate().isAfter(verificationTo.atZone(Phases.ZONE).toLocalDate()));
    }

    void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    void setCommittedAt(Instant committedAt) {
        this.committedAt = committedAt;
    }

    void setPublicValueSource(String publicValueSource) {
        this.publicValueSource = publicValueSource;
    }

    void setPublicValueDate(LocalDate publicValueDate) {
        this.publicValueDate = publicValueDate;
    }

    void setLotterySecret(String lotterySecret) {
        this.lotterySecret = lotterySecret;
    }

    void setPublicValue(String publicValue) {
        this.publicValue = publicValue;
    }

    void setRoundKey(String roundKey) {
        this.roundKey = roundKey;
    }

    void setResultsPublishedAt(Instant resultsPublishedAt) {
        this.resultsPublishedAt = resultsPublishedAt;
    }

    void setResultsMailedAt(Instant resultsMailedAt) {
        this.resultsMailedAt = resultsMailedAt;
    }

    void setSeatsReleasedAt(Instant seatsReleasedAt) {
        this.seatsReleasedAt = seatsReleasedAt;
    }

    void setEntryGrade(EntryGrade entryGrade) {
        this.entryGrade = entryGrade;
    }

    void setAgeGroups(String ageGroups) {
        this.ageGroups = ageGroups;
    }

    void setAgeReference(LocalDate ageReference) {
        this.ageReference = ageReference;
    }

    void setPlacement(Placement placement) {
        this.placement = placement;
    }

    public Placement getPlacement() {
        return placement;
    }

    /** Places given by assignment (grade 6): no application form, families confirm or ask for another school. */
    public boolean isAssignment() {
        return placement == Placement.ASSIGNMENT;
    }

    public EntryGrade getEntryGrade() {
        return entryGrade;
    }

    public boolean isPreschool() {
        return entryGrade == EntryGrade.PRESCHOOL;
    }

    /** The age groups as stored (null: the defaults). */
    public String getAgeGroups() {
        return ageGroups;
    }

    public LocalDate getAgeReference() {
        return ageReference;
    }

    /**
     * The round in published file names and addresses: the school year for grade 1 (as before
     * grades existed: published files keep their names), the year and the grade's slug for the
     * others ({@code 2026-mam-non}).
     */
    public String getFileKey() {
        return entryGrade == EntryGrade.GRADE_1 ? String.valueOf(schoolYear) : schoolYear + "-" + entryGrade.slug;
    }

    /** The phase windows as instants. */
    public Phases.Windows windows() {
        return new Phases.Windows(reviewFrom, reviewTo, registrationFrom, registrationTo, verificationTo, resultsAt,
                enrolmentTo);
    }

    /** The phase the round is in at {@code now}. */
    public Phases.Phase phaseAt(Instant now) {
        return Phases.at(windows(), now);
    }

    /** Results are shown (lists, look-ups, mails, counts) once published and from the results date. */
    public boolean resultsVisibleAt(Instant now) {
        return resultsPublishedAt != null && !now.isBefore(resultsAt);
    }

    String roundKey() {
        return roundKey;
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

    public String getPublishedDigest() {
        return publishedDigest;
    }

    void setPublishedDigest(String publishedDigest) {
        this.publishedDigest = publishedDigest;
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

    public String getCommitment() {
        return commitment;
    }

    public Instant getCommittedAt() {
        return committedAt;
    }

    public String getPublicValueSource() {
        return publicValueSource;
    }

    public LocalDate getPublicValueDate() {
        return publicValueDate;
    }

    public String getLotterySecret() {
        return lotterySecret;
    }

    public String getPublicValue() {
        return publicValue;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public Instant getResultsMailedAt() {
        return resultsMailedAt;
    }

    public Instant getSeatsReleasedAt() {
        return seatsReleasedAt;
    }
}
