package vn.edu.portal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;

/**
 * What the final submit of every public form answers when it fails (moved from admission's page,
 * so procedures get the same recovery from a lost database connection).
 */
class SubmitOnceTest {

    private static <T> Supplier<T> failing(RuntimeException e) {
        return () -> {
            throw e;
        };
    }

    private static final RuntimeException LOST = new IllegalStateException("commit failed",
            new SQLTransientConnectionException("Communications link failure", "08S01"));
    private static final RuntimeException DUPLICATE = new IllegalStateException("rolled back",
            new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"));

    @Test
    void aSubmitThatWorksIsAccepted() {
        assertEquals(new SubmitOnce.Accepted<>("ABCD-EF23"), SubmitOnce.outcome(() -> "ABCD-EF23", Optional::empty));
    }

    @Test
    void aRefusalIsShownByField() {
        FieldErrors wrong = FieldErrors.of("code", "proc.code.wrong");
        SubmitOnce.Outcome<String> o = SubmitOnce.outcome(failing(wrong), () -> Optional.of("never looked at"));
        assertEquals(wrong, assertInstanceOf(SubmitOnce.Refused.class, o).errors());
        assertEquals("refused", o.outcome());
    }

    @Test
    void aLostConnectionAsksToPressAgainUnlessTheCommitWentThrough() {
        assertInstanceOf(SubmitOnce.PressAgain.class, SubmitOnce.outcome(failing(LOST), Optional::empty));
        assertInstanceOf(SubmitOnce.PressAgain.class, SubmitOnce.outcome(failing(LOST), failing(LOST)),
                "the database still away while looking for the result");
        assertEquals(new SubmitOnce.Accepted<>("ABCD-EF23"), SubmitOnce.outcome(failing(LOST), () -> Optional.of("ABCD-EF23")),
                "committed, only the answer was lost: the receipt");
        assertEquals("failed", SubmitOnce.outcome(failing(LOST), Optional::empty).outcome());
    }

    @Test
    void aUniqueKeyRefusalFindsTheWinnerOrIsAConflict() {
        assertEquals(new SubmitOnce.Accepted<>("ABCD-EF23"), SubmitOnce.outcome(failing(DUPLICATE), () -> Optional.of("ABCD-EF23")),
                "the same draft submitted twice at once: the loser shows the winner's receipt");
        assertInstanceOf(SubmitOnce.Conflict.class, SubmitOnce.outcome(failing(DUPLICATE), Optional::empty),
                "another rule of the feature (the same child) refused it");
    }
}
