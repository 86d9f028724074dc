package vn.edu.portal.notify;

/** A way a recorded message reaches its recipient. */
public interface Channel {

    /** False when the channel is not configured; messages then stay in the outbox. */
    boolean enabled();

    /** Delivers the message or throws; the job retries later. */
    void deliver(MailMessage message) throws Exception;
}
