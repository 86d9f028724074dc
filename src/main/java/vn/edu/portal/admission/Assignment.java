package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A pupil's place in a round by assignment: the school of his zone, what the family did about it
 * (confirmed, or asked for another school with a reason) and the department's decision. A value:
 * each step replaces it whole. No school (null) is a pupil whose address lies in no school's zone,
 * whom the department places by hand.
 */
@Embeddable
public class Assignment {

    /** Where a pupil stands. */
    public enum Status {
        /** Assigned by zone, not yet answered. */
        ASSIGNED,
        /** The family confirmed the school. */
        CONFIRMED,
        /** The family asked for another school; the department decides. */
        ASKED,
        /** The department granted the other school (the assignment moved there). */
        MOVED,
        /** The department kept the first school; the family may confirm it. */
        KEPT,
        /** Admitted by score to the class with a programme of its own the family registered for: final. */
        SPECIAL;

        /** Whether the family can still confirm or ask. */
        public boolean open() {
            return this == ASSIGNED || this == KEPT || this == MOVED;
        }
    }

    static final Assignment NONE = new Assignment();

    @Column(name = "assigned_site_id")
    Long siteId;
    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_status")
    Status status;
    @Column(name = "requested_site_id")
    Long requestedSiteId;
    @Column(name = "request_reason")
    String reason;
    @Column(name = "assignment_note")
    String note;
    @Column(name = "assignment_changed_at")
    Instant changedAt;
    @Column(name = "assignment_decided_by")
    String decidedBy;
    /** The school the zone gave at the run (null: none, or placed by hand); kept through every later step. */
    @Column(name = "zone_site_id")
    Long zoneSiteId;

    protected Assignment() {
    }

    private Assignment(Long zoneSiteId, Long siteId, Status status, Long requestedSiteId, String reason, String note,
            Instant changedAt, String decidedBy) {
        this.zoneSiteId = zoneSiteId;
        this.siteId = siteId;
        this.status = status;
        this.requestedSiteId = requestedSiteId;
        this.reason = reason;
        this.note = note;
        this.changedAt = changedAt;
        this.decidedBy = decidedBy;
    }

    /** Assigned by the zone rule. */
    static Assignment to(long siteId, Instant at, String actor) {
        return new Assignment(siteId, siteId, Status.ASSIGNED, null, null, null, at, actor);
    }

    /** Placed by the department where no zone holds the pupil's residence. */
    static Assignment placed(long siteId, Instant at, String actor) {
        return new Assignment(null, siteId, Status.ASSIGNED, null, null, null, at, actor);
    }

    Assignment confirmed(Instant at) {
        return new Assignment(zoneSiteId, siteId, Status.CONFIRMED, requestedSiteId, reason, note, at, decidedBy);
    }

    Assignment asked(long otherSiteId, String why, Instant at) {
        return new Assignment(zoneSiteId, siteId, Status.ASKED, otherSiteId, why, null, at, decidedBy);
    }

    /** Admitted to a class with a programme of its own at {@code classSiteId}: the pupil goes there. */
    Assignment special(long classSiteId, Instant at, String actor) {
        return new Assignment(zoneSiteId, classSiteId, Status.SPECIAL, requestedSiteId, reason, note, at, actor);
    }

    Assignment decided(boolean grant, String why, Instant at, String actor) {
        return new Assignment(zoneSiteId, grant ? requestedSiteId : siteId, grant ? Status.MOVED : Status.KEPT, requestedSiteId, reason,
                why, at, actor);
    }

    public Long getZoneSiteId() {
        return zoneSiteId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Status getStatus() {
        return status;
    }

    public Long getRequestedSiteId() {
        return requestedSiteId;
    }

    public String getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
