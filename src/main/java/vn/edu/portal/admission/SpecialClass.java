package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/**
 * A class with a programme of its own at one school of a grade 6 round by assignment (the integrated
 * English programme's class, say): its seats, and once ranked, when and the score of its last seat.
 * Its pupils are chosen by an assessment's score, for this class only ({@link SpecialClasses}).
 */
@Entity
@Table(name = "admission_special_class")
public class SpecialClass extends PortalEntity {

    @Column(name = "campaign_id")
    Long campaignId;
    @Column(name = "school_site_id")
    Long schoolSiteId;
    String name;
    int seats;
    @Column(name = "ranked_at")
    Instant rankedAt;
    BigDecimal cutoff;

    protected SpecialClass() {
    }

    SpecialClass(long campaignId, long schoolSiteId) {
        this.campaignId = campaignId;
        this.schoolSiteId = schoolSiteId;
    }

    void define(String name, int seats) {
        this.name = name;
        this.seats = seats;
    }

    void ranked(Instant at, BigDecimal cutoff) {
        this.rankedAt = at;
        this.cutoff = cutoff;
    }

    public Long getSchoolSiteId() {
        return schoolSiteId;
    }

    public String getName() {
        return name;
    }

    public int getSeats() {
        return seats;
    }

    public Instant getRankedAt() {
        return rankedAt;
    }

    public BigDecimal getCutoff() {
        return cutoff;
    }

    public boolean isRanked() {
        return rankedAt != null;
    }
}
