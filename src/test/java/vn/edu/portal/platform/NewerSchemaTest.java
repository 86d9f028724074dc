package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.portal.platform.FormDraftsMigrationTest.database;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The start-up's migration says the schema's version every time, and an older release does not start on a database a
 * newer one migrated (it did, silently, and lost what the newer schema meant).
 */
class NewerSchemaTest {

    @Test
    void theVersionIsSaidAndANewerSchemaIsRefused() throws Exception {
        DataSource db = database();
        String first = DatabaseMigration.migrateSchema(db);
        assertTrue(first.matches("Database schema at version \\d{12} \\(\\d+ migrations applied\\)"), first);
        String again = DatabaseMigration.migrateSchema(db);
        assertTrue(again.startsWith(first.substring(0, first.indexOf(" ("))) && again.endsWith("(0 migrations applied)"),
                "the same version said when nothing was pending: " + again);

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (9999, '299912310000', 'from a newer release', 'SQL', 'V299912310000__newer.sql', 1, 'sa',"
                    + " CURRENT_TIMESTAMP, 1, TRUE)");
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DatabaseMigration.migrateSchema(db));
        assertTrue(refused.getMessage().contains("[299912310000]") && refused.getMessage().contains("newer release"),
                refused.getMessage());
    }
}
