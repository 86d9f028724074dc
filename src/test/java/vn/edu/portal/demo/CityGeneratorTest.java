package vn.edu.portal.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The generator retries a step only when the database rolled its transaction back (a deadlock), never after a refusal. */
class CityGeneratorTest {

    @Test
    void aDeadlockAnywhereInTheCausesIsRetriedAConstraintIsNot() {
        assertTrue(CityGenerator.rolledBack(new IllegalStateException("step",
                new RuntimeException("flush", new SQLException("Deadlock found when trying to get lock", "40001", 1213)))));
        assertFalse(CityGenerator.rolledBack(new IllegalStateException("step",
                new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(CityGenerator.rolledBack(new IllegalStateException("no SQL at all")));
    }
}
