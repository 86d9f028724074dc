package vn.edu.portal.platform;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Time limits counted in working days, as the department's calendar defines them: Monday to
 * Friday, minus the public holidays (Tết included), plus the make-up working days (a Saturday
 * worked in exchange for a bridging day off), during the working hours. No I/O: the portal's
 * calendar, loaded from what the department entered, comes from {@link WorkingCalendar}.
 *
 * <p>How a time limit of {@code n} working days runs ({@link #deadline}): a request that arrives
 * on a working day before closing time is received that day; one that arrives later, on a
 * weekend or on a holiday is received on the next working day. The limit ends on the
 * {@code n}-th working day after the day of receipt. While the school waits for the applicant
 * (a {@link Pause}), the clock stops: the working days used before the pause are kept, and the
 * days left start again from the day the answer is received, by the same rule.
 */
public record WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workdays, WorkingHours hours) {

    /** Monday to Friday, no holidays, the default working hours. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(Set.of());

    /** The hours a school's office receives requests: a request arriving after {@code closes} is received the next working day. */
    public record WorkingHours(LocalTime opens, LocalTime closes) {
        /** 07:30–17:00, the department's setting until it enters its own. */
        public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(17, 0));

        public WorkingHours {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("working hours must open before they close: " + opens + "–" + closes);
            }
        }
    }

    /** The school waits for the applicant from {@code from} until {@code until} (null while it still waits). */
    public record Pause(Instant from, Instant until) {
        public boolean open() {
            return until == null;
        }
    }

    /**
     * Where a time limit stands: the day it was received on, and either its last day or, while
     * the school waits for the applicant, the working days left and since when it waits.
     */
    public record Deadline(LocalDate receivedOn, LocalDate due, int daysLeft, Instant pausedSince) {
        public boolean paused() {
            return pausedSince != null;
        }
    }

    public WorkingDays {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
        hours = hours == null ? WorkingHours.DEFAULT : hours;
    }

    /** Weekdays minus these holidays, the default working hours. */
    public WorkingDays(Set<LocalDate> holidays) {
        this(holidays, Set.of(), WorkingHours.DEFAULT);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return add(day, 1);
    }

    /** The last day of a time limit of {@code days} working days starting the day after {@code start}. */
    public LocalDate add(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from {@code today} to {@code due}: positive while time is left, negative when late. */
    public int remaining(LocalDate today, LocalDate due) {
        if (!today.isAfter(due)) {
            return between(today, due);
        }
        return -between(due, today);
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after {@code from}). */
    public int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The working day a request arriving at {@code arrival} is received on: that day if it is a
     * working day and the office has not closed yet (a request at 6 a.m. is received that
     * morning), otherwise the next working day.
     */
    public LocalDate receivedOn(Instant arrival) {
        ZonedDateTime at = arrival.atZone(Formats.VIETNAM);
        LocalDate day = at.toLocalDate();
        if (isWorkingDay(day) && at.toLocalTime().isBefore(hours.closes())) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /** The last day of {@code days} working days for a request arriving at {@code arrival}, without pauses. */
    public LocalDate dueDate(Instant arrival, int days) {
        return add(receivedOn(arrival), days);
    }

    /**
     * A time limit of {@code days} working days for a request that arrived at {@code arrival},
     * stopped during each pause (pauses in any order; one that starts before the arrival counts
     * from the arrival). A working day counts as used before a pause if the pause began after
     * that day's opening time. When the days ran out before a pause began, the due day stays the
     * day they ran out (the request was late already); a pause that began on the last day leaves
     * none, and the answer is due the day it is received.
     */
    public Deadline deadline(Instant arrival, int days, List<Pause> pauses) {
        LocalDate received = receivedOn(arrival);
        LocalDate from = received;
        int left = days;
        List<Pause> ordered = new ArrayList<>(pauses == null ? List.of() : pauses);
        ordered.sort(Comparator.comparing(Pause::from));
        Instant resumed = arrival;
        for (Pause pause : ordered) {
            Instant start = pause.from().isBefore(resumed) ? resumed : pause.from();
            if (pause.until() != null && !pause.until().isAfter(start)) {
                continue;
            }
            int used = between(from, lastDayUsed(start));
            if (used > left) {
                return new Deadline(received, add(from, left), 0, null);
            }
            left -= used;
            if (pause.open()) {
                return new Deadline(received, null, left, start);
            }
            resumed = pause.until();
            from = receivedOn(pause.until());
        }
        return new Deadline(received, add(from, left), left, null);
    }

    /** The same as {@link #deadline}, as the last day only: empty while the school waits for the applicant. */
    public java.util.Optional<LocalDate> dueDate(Instant arrival, int days, List<Pause> pauses) {
        return java.util.Optional.ofNullable(deadline(arrival, days, pauses).due());
    }

    /** The last working day used before a pause that began at {@code start}. */
    private LocalDate lastDayUsed(Instant start) {
        ZonedDateTime at = start.atZone(Formats.VIETNAM);
        LocalDate day = at.toLocalDate();
        return at.toLocalTime().isBefore(hours.opens()) ? day.minusDays(1) : day;
    }
}
