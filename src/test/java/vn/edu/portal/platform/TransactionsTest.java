package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * A refused duplicate and a database that does not answer must not be confused: the first tells
 * a parent "this child already has an application", the second "press again" (the admission
 * burst with MariaDB killed once showed 21 families the first message for the second reason).
 */
class TransactionsTest {

    @Test
    void aUniqueKeyRefusalIsFoundThroughTheWrappersOfThePersistenceLayer() {
        assertTrue(Transactions.isConstraintViolation(new PersistenceException("commit",
                new RuntimeException("eclipselink", new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))));
        assertTrue(Transactions.isConstraintViolation(new RuntimeException(new SQLException("unique index", "23505"))));
    }

    @Test
    void aLostConnectionOrATimeOutIsNotAConstraintViolation() {
        assertFalse(Transactions.isConstraintViolation(new PersistenceException("commit",
                new SQLNonTransientConnectionException("Communications link failure", "08S01"))));
        assertFalse(Transactions.isConstraintViolation(new RuntimeException(new SQLException("Lock wait timeout", "40001"))));
        assertFalse(Transactions.isConstraintViolation(new IllegalStateException("no cause")));
        assertFalse(Transactions.isConstraintViolation(null));
    }
}
