package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;

/** What a parent typed so far, between the steps of the public form. */
@Entity
@Table(name = "admission_draft")
public class AdmissionDraft extends PortalEntity {

    String token;
    @Column(name = "site_id")
    Long siteId;
    @Column(name = "campaign_id")
    Long campaignId;
    int step;
    String data;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected AdmissionDraft() {
    }

    AdmissionDraft(String token, long siteId, long campaignId) {
        this.token = token;
        this.siteId = siteId;
        this.campaignId = campaignId;
        this.data = "";
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    // Changes go through methods of the entity, where the persistence provider tracks them.
    void setToken(String token) {
        this.token = token;
    }

    void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    void setStep(int step) {
        this.step = step;
    }

    void setData(String data) {
        this.data = data;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getToken() {
        return token;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public int getStep() {
        return step;
    }

    public String getData() {
        return data;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
