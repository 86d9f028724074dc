package vn.edu.portal.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** A file of a draft or submission: the applicant's attachment or the staff's result document. */
@Entity
@Table(name = "submission_file")
public class SubmissionFile extends PortalEntity {

    public enum Kind { APPLICANT, RESULT }

    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "draft_id")
    private Long draftId;
    @Column(name = "submission_id")
    private Long submissionId;
    @Column(name = "field_key")
    private String fieldKey;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "original_name")
    private String originalName;
    @Column(name = "stored_path")
    private String storedPath;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SubmissionFile() {
    }

    SubmissionFile(Long siteId, Long draftId, Long submissionId, String fieldKey, Kind kind, String originalName,
                   String storedPath, String contentType, long sizeBytes) {
        this.siteId = siteId;
        this.draftId = draftId;
        this.submissionId = submissionId;
        this.fieldKey = fieldKey;
        this.kind = kind;
        this.originalName = originalName;
        this.storedPath = storedPath;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.createdAt = Instant.now();
    }

    void attachTo(Long submissionId) {
        this.submissionId = submissionId;
        this.draftId = null;
    }

    public Long getSiteId() { return siteId; }
    public Long getDraftId() { return draftId; }
    public Long getSubmissionId() { return submissionId; }
    public String getFieldKey() { return fieldKey; }
    public Kind getKind() { return kind; }
    public String getOriginalName() { return originalName; }
    public String getStoredPath() { return storedPath; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public Instant getCreatedAt() { return createdAt; }
}
