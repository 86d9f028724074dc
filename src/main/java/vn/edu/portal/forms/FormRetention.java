package vn.edu.portal.forms;

import java.time.Instant;

/**
 * A feature's nightly retention: what of its forms' personal data is past its keeping time goes.
 * Implementations are CDI beans; {@link RetentionJob} runs each once a night on one server.
 */
public interface FormRetention {

    /** The name of the night's run in {@code job_run} (one server claims it) and in the log. */
    String name();

    /** Removes what is due at {@code now}; returns what was done, for the log. */
    String apply(Instant now);
}
