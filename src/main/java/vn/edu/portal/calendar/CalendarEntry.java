package vn.edu.portal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.edu.portal.platform.PortalEntity;

/** A range of days off (a holiday) or of make-up working days, with its name and where it was announced. */
@Entity
@Table(name = "calendar_entry")
public class CalendarEntry extends PortalEntity {

    /** A holiday (days off), or a make-up working day (a weekend day worked). */
    public enum Kind { HOLIDAY, WORKDAY }

    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Column(name = "calendar_year")
    private int calendarYear;
    private String name;
    private String source;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CalendarEntry() {
    }

    CalendarEntry(Kind kind) {
        this.kind = kind;
    }

    void set(Kind kind, LocalDate firstDay, LocalDate lastDay, String name, String source, String actor) {
        this.kind = kind;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.calendarYear = firstDay.getYear();
        this.name = name;
        this.source = source;
        this.updatedBy = actor;
        this.updatedAt = Instant.now();
    }

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !firstDay.isAfter(last) && !lastDay.isBefore(first);
    }

    /** How many days the range holds. */
    public int length() {
        return (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
    }

    public Kind getKind() { return kind; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public int getCalendarYear() { return calendarYear; }
    public String getName() { return name; }
    public String getSource() { return source; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
