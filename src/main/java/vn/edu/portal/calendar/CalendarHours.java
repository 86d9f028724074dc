package vn.edu.portal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/** The one row of working hours (id 1): when the offices open and close, in minutes of the day. */
@Entity
@Table(name = "calendar_hours")
public class CalendarHours {

    @Id
    private Integer id;
    @Column(name = "opens_minute")
    private int opensMinute;
    @Column(name = "closes_minute")
    private int closesMinute;
    private String source;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CalendarHours() {
    }

    CalendarHours(int id) {
        this.id = id;
    }

    void set(LocalTime opens, LocalTime closes, String source, String actor) {
        this.opensMinute = opens.getHour() * 60 + opens.getMinute();
        this.closesMinute = closes.getHour() * 60 + closes.getMinute();
        this.source = source;
        this.updatedBy = actor;
        this.updatedAt = Instant.now();
    }

    public LocalTime getOpens() { return LocalTime.of(opensMinute / 60, opensMinute % 60); }
    public LocalTime getCloses() { return LocalTime.of(closesMinute / 60, closesMinute % 60); }
    public String getSource() { return source; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
