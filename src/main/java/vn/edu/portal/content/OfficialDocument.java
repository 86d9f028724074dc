package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;

/** An official document (văn bản) of one site, with its signed PDF. */
@Entity
@Table(name = "official_document")
public class OfficialDocument extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    private String number;
    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type")
    private DocumentType type;
    private String issuer;
    private String signer;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    private String summary;
    @Column(name = "media_id")
    private Long mediaId;
    private boolean published;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected OfficialDocument() {
    }

    OfficialDocument(Long siteId, String createdBy) {
        this.siteId = siteId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void update(String number, DocumentType type, String issuer, String signer, LocalDate issuedOn,
                LocalDate effectiveOn, String summary, boolean published) {
        this.number = number;
        this.type = type;
        this.issuer = issuer;
        this.signer = signer;
        this.issuedOn = issuedOn;
        this.effectiveOn = effectiveOn;
        this.summary = summary;
        this.published = published;
        this.updatedAt = Instant.now();
    }

    void setMediaId(Long mediaId) { this.mediaId = mediaId; }

    public Long getSiteId() { return siteId; }
    public String getNumber() { return number; }
    public DocumentType getType() { return type; }
    public String getIssuer() { return issuer; }
    public String getSigner() { return signer; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public String getSummary() { return summary; }
    public Long getMediaId() { return mediaId; }
    public boolean isPublished() { return published; }
    public Instant getUpdatedAt() { return updatedAt; }
}
