package vn.edu.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** An uploaded image or document of one site, kept in the file store under a random name. */
@Entity
@Table(name = "media_file")
public class MediaFile extends PortalEntity {

    public enum Kind { IMAGE, FILE }

    @Column(name = "site_id")
    private Long siteId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "stored_path")
    private String storedPath;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private Integer width;
    private Integer height;
    @Column(name = "thumb_path")
    private String thumbPath;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MediaFile() {
    }

    public MediaFile(Long siteId, Kind kind, String displayName, String storedPath, String contentType,
                     long sizeBytes, Integer width, Integer height, String thumbPath, String uploadedBy) {
        this.siteId = siteId;
        this.kind = kind;
        this.displayName = displayName;
        this.storedPath = storedPath;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.thumbPath = thumbPath;
        this.uploadedBy = uploadedBy;
        this.createdAt = Instant.now();
    }

    /** Public address: the random stored name, so ids cannot be walked to unpublished files. */
    public String url() {
        return "/files/m/" + storedPath.substring(storedPath.indexOf('/') + 1);
    }

    public String thumbUrl() {
        return thumbPath == null ? url() : "/files/m/" + thumbPath.substring(thumbPath.indexOf('/') + 1);
    }

    public Long getSiteId() { return siteId; }
    public Kind getKind() { return kind; }
    public String getDisplayName() { return displayName; }
    public String getStoredPath() { return storedPath; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    /** The size in whole kilobytes, rounded up (EL's division gave "143.025390625 KB"). */
    public long getSizeKb() { return (sizeBytes + 1023) / 1024; }
    public Integer getWidth() { return width; }
    public Integer getHeight() { return height; }
    public String getThumbPath() { return thumbPath; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUrl() { return url(); }
    public String getThumbUrl() { return thumbUrl(); }
}
