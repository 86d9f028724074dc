package vn.edu.portal.platform;

/**
 * The department changed the working-day calendar: fired in the transaction that makes the
 * change, with the calendar as that transaction sees it, so that features whose stored dates
 * depend on it (the due dates of open procedure requests) count them again before it commits.
 * Other servers need nothing but a fresh copy ({@link WorkingCalendar}): the stored dates are shared.
 */
public record CalendarChanged(WorkingDays days) {
}
