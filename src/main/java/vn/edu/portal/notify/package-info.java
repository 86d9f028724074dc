/**
 * Notifications: e-mail first (Jakarta Mail over SMTP), recorded in an outbox table in the
 * same transaction as the change they report, delivered and retried by a job, so sending
 * never blocks or loses a submission. Without an SMTP host (the demo) messages stay in the
 * outbox, which department staff read in the console. Other channels (SMS, Zalo) would be
 * further {@link vn.edu.portal.notify.Channel}s.
 */
package vn.edu.portal.notify;
