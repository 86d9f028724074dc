/**
 * The working-day calendar the department edits: public holidays (Tết included) and make-up
 * working days per year, and the hours during which a request counts as received the same day.
 * Time limits are counted by {@link vn.edu.portal.platform.WorkingDays}, read through
 * {@link vn.edu.portal.platform.WorkingCalendar}; this package only changes what they read, and
 * tells every server (the change log) and the features whose stored dates depend on it
 * ({@link vn.edu.portal.platform.CalendarChanged}).
 */
package vn.edu.portal.calendar;
