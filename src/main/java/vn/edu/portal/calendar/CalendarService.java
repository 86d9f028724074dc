package vn.edu.portal.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import vn.edu.portal.platform.CalendarChanged;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.WorkingCalendar;
import vn.edu.portal.platform.AuditLog;

/**
 * The department's edits of the working-day calendar. Each change is checked (no reversed or
 * overlapping ranges, make-up days on weekends only), audited, written to the change log in its
 * own transaction so that every server reloads the calendar, and announced
 * ({@link CalendarChanged}) so that stored due dates are counted again before it commits.
 */
@ApplicationScoped
public class CalendarService {

    /** The longest range one entry may hold (Tết with its weekends is nine or ten days). */
    static final int MAX_DAYS = 31;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Strict: 24:00 is refused as a time (it was read as 00:00, then "closing before opening"). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    /** What the department typed for one entry. */
    public record EntryForm(CalendarEntry.Kind kind, String name, String firstDay, String lastDay, String source) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    Event<CalendarChanged> changed;

    /** The entries of a calendar year, in date order. */
    public List<CalendarEntry> year(int year) {
        return em.createQuery("select e from CalendarEntry e where e.calendarYear = :y order by e.firstDay, e.id",
                CalendarEntry.class).setParameter("y", year).getResultList();
    }

    /** Years that have entries, with this year and the next (which the department fills in advance). */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(em.createQuery("select distinct e.calendarYear from CalendarEntry e",
                Integer.class).getResultList());
        int now = LocalDate.now(Formats.VIETNAM).getYear();
        years.add(now);
        years.add(now + 1);
        return List.copyOf(years.descendingSet());
    }

    public Optional<CalendarEntry> entry(long id) {
        return Optional.ofNullable(em.find(CalendarEntry.class, id));
    }

    public CalendarHours hours() {
        CalendarHours hours = em.find(CalendarHours.class, 1);
        if (hours == null) {
            hours = new CalendarHours(1);
            hours.set(LocalTime.of(7, 30), LocalTime.of(17, 0), null, "default");
        }
        return hours;
    }

    /** Adds an entry ({@code id} null) or changes one; refused input names the field and saves nothing. */
    @Transactional
    public CalendarEntry save(Long id, EntryForm form, String actor, String ip) {
        CalendarEntry entry = id == null ? null : entry(id).orElseThrow(() -> FieldErrors.of("name", "calendar.notFound"));
        FieldErrors errors = new FieldErrors();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.add("name", "validation.required");
        } else if (name.length() > 200) {
            errors.add("name", "validation.tooLong", 200);
        }
        String source = form.source() == null || form.source().isBlank() ? null : form.source().strip();
        if (source != null && source.length() > 300) {
            errors.add("source", "validation.tooLong", 300);
        }
        if (form.kind() == null) {
            errors.add("kind", "validation.required");
        }
        LocalDate first = day(errors, "firstDay", form.firstDay());
        LocalDate last = form.lastDay() == null || form.lastDay().isBlank() ? first : day(errors, "lastDay", form.lastDay());
        if (first != null && last != null && form.kind() != null) {
            List<CalendarEntry> others = em.createQuery("select e from CalendarEntry e where e.firstDay <= :last"
                    + " and e.lastDay >= :first", CalendarEntry.class)
                    .setParameter("first", first.minusDays(MAX_DAYS)).setParameter("last", last.plusDays(MAX_DAYS))
                    .getResultList().stream().filter(e -> entry == null || !e.getId().equals(entry.getId())).toList();
            check(errors, form.kind(), first, last, others);
        }
        errors.throwIfAny();
        CalendarEntry saved = entry == null ? new CalendarEntry(form.kind()) : entry;
        saved.set(form.kind(), first, last, name, source, actor);
        if (entry == null) {
            em.persist(saved);
        }
        audit.record(actor, null, entry == null ? "calendar.add" : "calendar.update",
                saved.getKind() + " " + first + "…" + last + " " + name, ip);
        changed();
        return saved;
    }

    @Transactional
    public void delete(long id, String actor, String ip) {
        CalendarEntry entry = entry(id).orElseThrow(() -> FieldErrors.of("name", "calendar.notFound"));
        em.remove(entry);
        audit.record(actor, null, "calendar.delete",
                entry.getKind() + " " + entry.getFirstDay() + "…" + entry.getLastDay() + " " + entry.getName(), ip);
        changed();
    }

    /** The working hours ("7:30", "17:00"): opening before closing. */
    @Transactional
    public CalendarHours saveHours(String opens, String closes, String source, String actor, String ip) {
        FieldErrors errors = new FieldErrors();
        LocalTime open = time(errors, "opens", opens);
        LocalTime close = time(errors, "closes", closes);
        if (open != null && close != null && !open.isBefore(close)) {
            errors.add("closes", "calendar.hours.order");
        }
        String note = source == null || source.isBlank() ? null : source.strip();
        if (note != null && note.length() > 300) {
            errors.add("hoursSource", "validation.tooLong", 300);
        }
        errors.throwIfAny();
        CalendarHours hours = em.find(CalendarHours.class, 1);
        if (hours == null) {
            hours = new CalendarHours(1);
            hours.set(open, close, note, actor);
            em.persist(hours);
        } else {
            hours.set(open, close, note, actor);
        }
        audit.record(actor, null, "calendar.hours", open + "–" + close, ip);
        changed();
        return hours;
    }

    /**
     * The rules an entry must follow against the entries near it: a range that ends before it
     * begins, is longer than {@link #MAX_DAYS}, overlaps another entry (of either kind), or a
     * make-up working day that is not a Saturday or Sunday is refused, with a message that says
     * which and why.
     */
    static void check(FieldErrors errors, CalendarEntry.Kind kind, LocalDate first, LocalDate last,
                      List<CalendarEntry> others) {
        if (last.isBefore(first)) {
            errors.add("lastDay", "calendar.reversed", Formats.DAY.format(first), Formats.DAY.format(last));
            return;
        }
        if (first.getYear() < 2000 || last.getYear() > 2100) {
            errors.add("firstDay", "calendar.yearRange");
            return;
        }
        if (last.toEpochDay() - first.toEpochDay() + 1 > MAX_DAYS) {
            errors.add("lastDay", "calendar.tooLong", MAX_DAYS);
            return;
        }
        if (kind == CalendarEntry.Kind.WORKDAY) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    errors.add("firstDay", "calendar.workday.weekday", Formats.DAY.format(d));
                    return;
                }
            }
        }
        for (CalendarEntry other : others) {
            if (other.overlaps(first, last)) {
                errors.add("firstDay", "calendar.overlap", other.getName(), Formats.DAY.format(other.getFirstDay()),
                        Formats.DAY.format(other.getLastDay()));
                return;
            }
        }
    }

    private void changed() {
        em.flush();
        calendar.invalidate();
        changed.fire(new CalendarChanged(calendar.read(em)));
    }

    static LocalDate parseDay(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value);
        }
        return LocalDate.parse(value, DAY);
    }

    private static LocalDate day(FieldErrors errors, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.add(field, "validation.required");
            return null;
        }
        try {
            return parseDay(typed);
        } catch (DateTimeParseException e) {
            errors.add(field, "calendar.day", typed.strip());
            return null;
        }
    }

    static LocalTime time(FieldErrors errors, String field, String typed) {
        try {
            return LocalTime.parse(typed == null ? "" : typed.strip(), TIME);
        } catch (DateTimeParseException e) {
            errors.add(field, "calendar.hours.format");
            return null;
        }
    }
}
