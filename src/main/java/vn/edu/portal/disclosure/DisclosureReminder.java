package vn.edu.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

/** A reminder the department sent to a school that was late with its disclosures. */
@Entity
@Table(name = "disclosure_reminder")
public class DisclosureReminder extends PortalEntity {

    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "start_year")
    private int startYear;
    @Column(name = "late_items")
    private int lateItems;
    private String recipients;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected DisclosureReminder() {
    }

    DisclosureReminder(long siteId, int startYear, int lateItems, String recipients, String sentBy) {
        this.siteId = siteId;
        this.startYear = startYear;
        this.lateItems = lateItems;
        this.recipients = recipients;
        this.sentBy = sentBy;
        this.sentAt = Instant.now();
    }

    public Long getSiteId() { return siteId; }
    public int getStartYear() { return startYear; }
    public int getLateItems() { return lateItems; }
    public String getRecipients() { return recipients; }
    public String getSentBy() { return sentBy; }
    public Instant getSentAt() { return sentAt; }
}
