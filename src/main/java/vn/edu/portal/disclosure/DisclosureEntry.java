package vn.edu.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** One version of one item in a school's section: sanitised text, figures, or a file. */
@Entity
@Table(name = "disclosure_entry")
public class DisclosureEntry extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "section_id")
    private Long sectionId;
    @Column(name = "item_id")
    private Long itemId;
    @Column(name = "version_no")
    private int versionNo;
    @Enumerated(EnumType.STRING)
    private EntryStatus status;
    private String body;
    private String figures;
    @Column(name = "media_id")
    private Long mediaId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "privacy_notes")
    private String privacyNotes;
    @Enumerated(EnumType.STRING)
    @Column(name = "table_kind")
    private TableKind tableKind;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected DisclosureEntry() {
    }

    DisclosureEntry(long siteId, long sectionId, long itemId, int versionNo) {
        this.siteId = siteId;
        this.sectionId = sectionId;
        this.itemId = itemId;
        this.versionNo = versionNo;
        this.status = EntryStatus.DRAFT;
    }

    /** A new draft that starts from what a published version says. */
    DisclosureEntry nextVersion() {
        DisclosureEntry next = new DisclosureEntry(siteId, sectionId, itemId, versionNo + 1);
        next.body = body;
        next.figures = figures;
        next.mediaId = mediaId;
        next.fileName = fileName;
        next.privacyNotes = privacyNotes;
        next.tableKind = tableKind;
        return next;
    }

    void write(String body, String figures, TableKind tableKind, String privacyNotes, String actor) {
        this.body = body;
        this.tableKind = figures == null ? this.tableKind : tableKind;
        this.figures = figures;
        this.privacyNotes = privacyNotes;
        this.updatedBy = actor;
        this.updatedAt = Instant.now();
    }

    void attach(long mediaId, String fileName) {
        this.mediaId = mediaId;
        this.fileName = fileName;
    }

    void publish(Instant at) {
        status = EntryStatus.PUBLISHED;
        publishedAt = at;
    }

    void supersede(Instant at) {
        status = EntryStatus.SUPERSEDED;
        supersededAt = at;
    }

    public Long getSiteId() { return siteId; }
    public Long getSectionId() { return sectionId; }
    public Long getItemId() { return itemId; }
    public int getVersionNo() { return versionNo; }
    public EntryStatus getStatus() { return status; }
    public String getBody() { return body; }
    public String getFigures() { return figures; }
    public Long getMediaId() { return mediaId; }
    public String getFileName() { return fileName; }
    public String getPrivacyNotes() { return privacyNotes; }
    /** The table shape this version was saved with (null for text and files). */
    public TableKind getTableKind() { return tableKind; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getSupersededAt() { return supersededAt; }
}
