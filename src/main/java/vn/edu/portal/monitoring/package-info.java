/**
 * Watching the portal on the day of a round: the figures of {@link vn.edu.portal.platform.Metrics}
 * (submits, the waiting room, look-ups, the page cache, the mail queue) at {@code /metrics} in the
 * Prometheus text format for staff and monitoring hosts, and on a department page of the console
 * that refreshes itself ({@code /admin/so-lieu}).
 */
package vn.edu.portal.monitoring;
