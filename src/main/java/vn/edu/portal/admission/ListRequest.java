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
 * A family's request to add its child to a grade 6 round's grade-5 list (moved in, studied abroad), with
 * the reason; the department adds the child or refuses with a note ({@link ListRequests}).
 */
@Entity
@Table(name = "admission_list_request")
public class ListRequest extends PortalEntity {

    /** Where a request stands. */
    public enum Status { PENDING, ADDED, REFUSED }

    @Column(name = "campaign_id")
    Long campaignId;
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
    String email;
    @Column(name = "primary_school")
    String primarySchool;
    String reason;
    @Enumerated(EnumType.STRING)
    Status status;
    String note;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
    /** The page's language when the family sent the request ("en", "vi"; none before 2026-12-07): the answer's. */
    @Column(name = "mail_language")
    String mailLanguage;

    protected ListRequest() {
    }

    ListRequest(long campaignId, ReviewImport.Row child, String reason, Instant at, java.util.Locale language) {
        this.campaignId = campaignId;
        this.personalId = child.personalId();
        this.childName = child.childName();
        this.birthDate = child.birthDate();
        this.sex = child.sex();
        this.curWard = child.curWard();
        this.curStreet = child.curStreet();
        this.email = child.email();
        this.primarySchool = child.primarySchool();
        this.reason = reason;
        this.status = Status.PENDING;
        this.createdAt = at;
        this.mailLanguage = language.getLanguage().equals("en") ? "en" : "vi";
    }

    /** The child as a row of the list, marked as added by the department in place of a primary school's result. */
    ReviewImport.Row row() {
        return new ReviewImport.Row(0, personalId, childName, birthDate, sex, curWard, curStreet, null, null, email,
                primarySchool, "Ngoài danh sách lớp 5, Sở bổ sung");
    }

    void decide(Status status, String note, Instant at, String actor) {
        this.status = status;
        this.note = note;
        this.decidedAt = at;
        this.decidedBy = actor;
    }

    public String getChildName() { return childName; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getCurWard() { return curWard; }
    public String getCurStreet() { return curStreet; }
    public String getPrimarySchool() { return primarySchool; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public String getNote() { return note; }
    /** The address the request was sent from: typed by whoever sent it, never proved (staff weigh it). */
    public String getEmail() { return email; }

    /** The last four digits of the ID: enough for staff to tell two requests apart on a list. */
    public String getLastFour() {
        return personalId.length() > 4 ? personalId.substring(personalId.length() - 4) : personalId;
    }
}
