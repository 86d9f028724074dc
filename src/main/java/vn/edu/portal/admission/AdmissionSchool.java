package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;

/** A school taking part in a campaign: its quota (classes × seats) and its zone, one area a line. */
@Entity
@Table(name = "admission_school")
public class AdmissionSchool extends PortalEntity {

    @Column(name = "campaign_id")
    Long campaignId;
    @Column(name = "school_site_id")
    Long schoolSiteId;
    int classes;
    @Column(name = "seats_per_class")
    int seatsPerClass;
    String zone;

    protected AdmissionSchool() {
    }

    AdmissionSchool(long campaignId, long schoolSiteId) {
        this.campaignId = campaignId;
        this.schoolSiteId = schoolSiteId;
    }

    // Changes go through methods of the entity, where the persistence provider tracks them.
    void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    void setSchoolSiteId(Long schoolSiteId) {
        this.schoolSiteId = schoolSiteId;
    }

    void setClasses(int classes) {
        this.classes = classes;
    }

    void setSeatsPerClass(int seatsPerClass) {
        this.seatsPerClass = seatsPerClass;
    }

    void setZone(String zone) {
        this.zone = zone;
    }

    public int getQuota() {
        return classes * seatsPerClass;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getSchoolSiteId() {
        return schoolSiteId;
    }

    public int getClasses() {
        return classes;
    }

    public int getSeatsPerClass() {
        return seatsPerClass;
    }

    public String getZone() {
        return zone;
    }
}
