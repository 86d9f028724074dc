package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;

/**
 * A child's pre-filled record for the data review, imported by the department for a campaign
 * (site = the department's). Parents see it only after proving they read its e-mail address.
 */
@Entity
@Table(name = "admission_review_record")
public class ReviewRecord extends PortalEntity {

    @Column(name = "campaign_id")
    Long campaignId;
    @Column(name = "site_id")
    Long siteId;
    @Column(name = "personal_id")
    String personalId;
    @Column(name = "child_name")
    String childName;
    @Column(name = "birth_date")
    LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    Sex sex;
    @Column(name = "cur_ward")
    String curWard;
    @Column(name = "cur_street")
    String curStreet;
    @Column(name = "perm_ward")
    String permWard;
    @Column(name = "perm_street")
    String permStreet;
    String email;
    @Column(name = "imported_at")
    Instant importedAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    /** Grade 6: the primary school the pupil finished and its result, from the sector's grade-5 list. */
    @Column(name = "primary_school")
    String primarySchool;
    @Column(name = "primary_result")
    String primaryResult;
    @jakarta.persistence.Embedded
    Assignment assignment = Assignment.NONE;
    /** Grade 6: the class with a programme of its own registered for, its assessment score, the ranking's answer. */
    @Column(name = "special_class_id")
    Long specialClassId;
    @Column(name = "special_score")
    java.math.BigDecimal specialScore;
    @Column(name = "special_admitted")
    Boolean specialAdmitted;

    protected ReviewRecord() {
    }

    ReviewRecord(long campaignId, long siteId, ReviewImport.Row row) {
        this.campaignId = campaignId;
        this.siteId = siteId;
        this.personalId = row.personalId();
        this.childName = row.childName();
        this.birthDate = row.birthDate();
        this.sex = row.sex();
        this.curWard = row.curWard();
        this.curStreet = row.curStreet();
        this.permWard = row.permWard();
        this.permStreet = row.permStreet();
        this.email = row.email();
        this.primarySchool = row.primarySchool();
        this.primaryResult = row.primaryResult();
        this.importedAt = Instant.now();
        this.updatedAt = importedAt;
    }

    /** The value of a correctable field as text (dates ISO, sex as its code), "" when empty. */
    String field(String name) {
        Object value = switch (name) {
            case "childName" -> childName;
            case "birthDate" -> birthDate;
            case "sex" -> sex;
            case "curWard" -> curWard;
            case "curStreet" -> curStreet;
            case "permWard" -> permWard;
            case "permStreet" -> permStreet;
            default -> throw new IllegalArgumentException(name);
        };
        return value == null ? "" : value.toString();
    }

    // Changes go through methods of the entity, where the persistence provider tracks them.
    void setField(String name, String value) {
        switch (name) {
            case "childName" -> childName = value;
            case "birthDate" -> birthDate = LocalDate.parse(value);
            case "sex" -> sex = Sex.valueOf(value);
            case "curWard" -> curWard = value;
            case "curStreet" -> curStreet = value;
            case "permWard" -> permWard = value;
            case "permStreet" -> permStreet = value;
            default -> throw new IllegalArgumentException(name);
        }
        updatedAt = Instant.now();
    }

    void setAssignment(Assignment assignment) {
        this.assignment = assignment;
    }

    public String getPrimarySchool() {
        return primarySchool;
    }

    public String getPrimaryResult() {
        return primaryResult;
    }

    /** The pupil's assignment (a round by assignment); its status is null before the department runs it. */
    // Changes go through methods of the entity, where the persistence provider tracks them.
    /** Registers for a class with a programme of its own (null: withdraws); a score for another class is dropped. */
    void registerSpecial(Long classId) {
        if (classId == null || !classId.equals(specialClassId)) {
            this.specialScore = null;
        }
        this.specialClassId = classId;
    }

    void setSpecialScore(java.math.BigDecimal score) {
        this.specialScore = score;
    }

    void setSpecialAdmitted(boolean admitted) {
        this.specialAdmitted = admitted;
    }

    public Long getSpecialClassId() {
        return specialClassId;
    }

    public java.math.BigDecimal getSpecialScore() {
        return specialScore;
    }

    public Boolean getSpecialAdmitted() {
        return specialAdmitted;
    }

    public Assignment getAssignment() {
        return assignment == null ? Assignment.NONE : assignment;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getPersonalId() {
        return personalId;
    }

    public String getLastFour() {
        return PersonalId.lastFour(personalId);
    }

    public String getChildName() {
        return childName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getCurWard() {
        return curWard;
    }

    public String getCurStreet() {
        return curStreet;
    }

    public String getPermWard() {
        return permWard;
    }

    public String getPermStreet() {
        return permStreet;
    }

    public String getEmail() {
        return email;
    }

    public String getMaskedEmail() {
        return MaskedEmail.mask(email);
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
