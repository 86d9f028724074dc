package vn.edu.portal.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.MetricNames;
import vn.edu.portal.platform.Metrics;
import vn.edu.portal.platform.Transactions;

/**
 * The final submit of a public form as the web layer runs it, the same for every feature: the
 * feature's submit (in its own transaction, which locks the draft's row), and what to answer when
 * it fails. A refusal is shown next to its field. A unique key that refused the insert (the same
 * draft submitted twice at once, or, for admission, the same child) means another submit won: its
 * result is shown if it is this draft's. Any other failure is the database not answering
 * (restarting, a lost connection): if the commit went through and only its answer was lost, the
 * result is found and shown; otherwise nothing was saved, the draft is intact, and the applicant
 * is asked to press again. Every outcome is counted ({@code portal_submits_total} by feature and outcome).
 */
@ApplicationScoped
public class SubmitOnce {

    private static final Logger LOG = Logger.getLogger(SubmitOnce.class.getName());

    /** What a submit came to; {@link #outcome()} is its label in the metrics. */
    public sealed interface Outcome<T> {
        String outcome();
    }

    /** Saved (now, or by an earlier or simultaneous submit of the same draft). */
    public record Accepted<T>(T result) implements Outcome<T> {
        public String outcome() { return "accepted"; }
    }

    /** Refused, field by field; nothing was saved. */
    public record Refused<T>(FieldErrors errors) implements Outcome<T> {
        public String outcome() { return "refused"; }
    }

    /** A unique key refused it and no result of this draft exists: the feature says which rule. */
    public record Conflict<T>() implements Outcome<T> {
        public String outcome() { return "failed"; }
    }

    /** The database did not answer and nothing was committed: press again. */
    public record PressAgain<T>() implements Outcome<T> {
        public String outcome() { return "failed"; }
    }

    @Inject
    Metrics metrics;

    /**
     * Runs the submit of a form of {@code feature}, and counts what it came to; {@code committed}
     * finds the draft's result if one was committed (it may fail too, while the database is still away).
     */
    public <T> Outcome<T> run(String feature, Supplier<T> submit, Supplier<Optional<T>> committed) {
        Outcome<T> outcome = outcome(submit, committed);
        metrics.count(MetricNames.SUBMITS, MetricNames.SUBMITS_HELP, "feature", feature, "outcome", outcome.outcome());
        return outcome;
    }

    static <T> Outcome<T> outcome(Supplier<T> submit, Supplier<Optional<T>> committed) {
        try {
            return new Accepted<>(submit.get());
        } catch (FieldErrors refused) {
            return new Refused<>(refused);
        } catch (RuntimeException failed) {
            Optional<T> found = committedAfterAll(committed);
            if (found.isPresent()) {
                return new Accepted<>(found.get());
            }
            if (Transactions.isConstraintViolation(failed)) {
                return new Conflict<>();
            }
            LOG.log(Level.WARNING, "A submit failed; the applicant is asked to press again", failed);
            return new PressAgain<>();
        }
    }

    private static <T> Optional<T> committedAfterAll(Supplier<Optional<T>> committed) {
        try {
            return committed.get();
        } catch (RuntimeException stillDown) {
            return Optional.empty();
        }
    }
}
