package vn.edu.portal.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edu.portal.calendar.CalendarEntry;
import vn.edu.portal.calendar.CalendarHours;
import vn.edu.portal.calendar.CalendarService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.WorkingCalendar;
import vn.edu.portal.platform.WorkingDays;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/**
 * The department's working-day calendar ({@code /admin/lich-lam-viec?nam=2027}): the holidays and
 * make-up working days of a year, an entry to add or change ({@code &id=}), the working hours,
 * and what this server counts with right now (read from its copy in memory, so that a change
 * made on another server can be seen to arrive).
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    /** A day that is not what its weekday says: a weekday off, or a weekend day worked. */
    public record SpecialDay(LocalDate day, boolean working) {
        public String getDay() { return Formats.DAY.format(day); }
        public boolean isWorking() { return working; }
        public String getWeekday() { return Texts.get("calendar.weekday." + day.getDayOfWeek().getValue()); }
    }

    @Inject
    transient AdminShell shell;

    @Inject
    transient CalendarService calendar;

    @Inject
    transient WorkingCalendar inForce;

    private int year;
    private Long id;
    private CalendarEntry.Kind kind = CalendarEntry.Kind.HOLIDAY;
    private String name;
    private String firstDay;
    private String lastDay;
    private String source;
    private String opens;
    private String closes;
    private String hoursSource;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        year = LocalDate.now(Formats.VIETNAM).getYear();
        String nam = params.get("nam");
        if (nam != null && nam.matches("\\d{4}")) {
            year = Integer.parseInt(nam);
        }
        String requested = params.get("id");
        if (requested != null && requested.matches("\\d{1,18}")) {
            calendar.entry(Long.parseLong(requested)).ifPresent(this::load);
        }
        loadHours();
    }

    private void load(CalendarEntry entry) {
        id = entry.getId();
        year = entry.getCalendarYear();
        kind = entry.getKind();
        name = entry.getName();
        firstDay = ISO.format(entry.getFirstDay());
        lastDay = ISO.format(entry.getLastDay());
        source = entry.getSource();
    }

    private void loadHours() {
        CalendarHours hours = calendar.hours();
        opens = hours.getOpens().toString();
        closes = hours.getCloses().toString();
        hoursSource = hours.getSource();
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>(calendar.years());
        if (!years.contains(year)) {
            years.add(year);
        }
        return years;
    }

    /** The year's entries as drawn: their buttons act on the entries the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<CalendarEntry> getEntries() {
        return entries.get(() -> calendar.year(year));
    }

    private final vn.edu.portal.platform.AsDrawn<CalendarEntry> entries = new vn.edu.portal.platform.AsDrawn<>();

    public String range(CalendarEntry e) {
        return e.getFirstDay().equals(e.getLastDay()) ? Formats.DAY.format(e.getFirstDay())
                : Formats.DAY.format(e.getFirstDay()) + " – " + Formats.DAY.format(e.getLastDay());
    }

    /** Weekdays off (holidays) or weekend days worked (make-up days) in an entry. */
    public int effect(CalendarEntry e) {
        int n = 0;
        for (LocalDate d = e.getFirstDay(); !d.isAfter(e.getLastDay()); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend == (e.getKind() == CalendarEntry.Kind.WORKDAY)) {
                n++;
            }
        }
        return n;
    }

    /** What this server counts with for the year, from its copy in memory. */
    public List<SpecialDay> getInForce() {
        WorkingDays days = inForce.days();
        List<SpecialDay> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend == days.isWorkingDay(d)) {
                out.add(new SpecialDay(d, days.isWorkingDay(d)));
            }
        }
        return out;
    }

    public String getHoursInForce() {
        WorkingDays.WorkingHours hours = inForce.days().hours();
        return hours.opens() + "–" + hours.closes();
    }

    public String save() {
        StaffContext staff = shell.staff();
        try {
            CalendarEntry saved = calendar.save(id, new CalendarService.EntryForm(kind, name, firstDay, lastDay, source),
                    staff.username(), staff.ip());
            Texts.info("calendar.saved", saved.getName(), range(saved));
            year = saved.getCalendarYear();
            clear();
        } catch (FieldErrors e) {
            Texts.show("entry", e);
        }
        return null;
    }

    public String delete(long entryId) {
        StaffContext staff = shell.staff();
        try {
            calendar.delete(entryId, staff.username(), staff.ip());
            Texts.info("calendar.deleted");
            if (id != null && id == entryId) {
                clear();
            }
        } catch (FieldErrors e) {
            Texts.show("entries", e);
        }
        return null;
    }

    public String saveHours() {
        StaffContext staff = shell.staff();
        try {
            calendar.saveHours(opens, closes, hoursSource, staff.username(), staff.ip());
            Texts.info("calendar.hours.saved");
            loadHours();
        } catch (FieldErrors e) {
            Texts.show("hours", e);
        }
        return null;
    }

    private void clear() {
        id = null;
        kind = CalendarEntry.Kind.HOLIDAY;
        name = null;
        firstDay = null;
        lastDay = null;
        source = null;
    }

    public CalendarEntry.Kind[] getKinds() { return CalendarEntry.Kind.values(); }
    public int getYear() { return year; }
    public Long getId() { return id; }
    public CalendarEntry.Kind getKind() { return kind; }
    public void setKind(CalendarEntry.Kind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFirstDay() { return firstDay; }
    public void setFirstDay(String firstDay) { this.firstDay = firstDay; }
    public String getLastDay() { return lastDay; }
    public void setLastDay(String lastDay) { this.lastDay = lastDay; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getOpens() { return opens; }
    public void setOpens(String opens) { this.opens = opens; }
    public String getCloses() { return closes; }
    public void setCloses(String closes) { this.closes = closes; }
    public String getHoursSource() { return hoursSource; }
    public void setHoursSource(String hoursSource) { this.hoursSource = hoursSource; }
}
