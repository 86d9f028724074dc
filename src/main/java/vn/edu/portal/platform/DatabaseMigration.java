package vn.edu.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the schema up to date with Flyway before anything uses JPA. The data source is
 * configured by {@code portal.db.*} (environment variables {@code PORTAL_DB_*} in production).
 */
@DataSourceDefinition(
        name = DatabaseMigration.DIRECT_DATA_SOURCE,
        className = "${MPCONFIG=portal.db.datasource}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        // Outside every transaction (autocommit): shared counts (throttles, the waiting room's line)
        // that must neither wait for nor roll back with the work they guard.
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 16,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=" + DatabaseMigration.VALIDATION,
            "fish.payara.validate-atmost-once-period-in-seconds=1",
            "fish.payara.fail-all-connections=true"
        })
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "${MPCONFIG=portal.db.datasource}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=" + DatabaseMigration.VALIDATION,
            "fish.payara.validate-atmost-once-period-in-seconds=1",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    /**
     * How the pools check a connection before lending it (at most once a second each): JDBC's
     * {@code isValid}, a ping the database answers (Connector/J) or the embedded database's own check.
     * The check by metadata it replaces never reached the database, so after a restart of the
     * database every pool lent a dead connection once, and a visitor met the error.
     */
    static final String VALIDATION = "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation";

    /** The pool of connections outside transactions, for counts shared by the servers. */
    public static final String DIRECT_DATA_SOURCE = "java:app/jdbc/portal-direct";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    private boolean migrated;

    /** Called by the start-up listener so that nothing runs before the schema is current. */
    public void ensureMigrated() {
        if (!migrated) {
            migrate();
        }
    }

    /** Flyway as the portal runs it: the SQL migrations, and those written in Java (listed here). */
    public static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new FormDraftsMigration(), new AdmissionNamesMigration());
    }

    @PostConstruct
    synchronized void migrate() {
        if (migrated) {
            return;
        }
        LOG.info(migrateSchema(dataSource));
        migrated = true;
    }

    /**
     * Migrates, and says at which version the schema now is ("version null" was logged whenever nothing was pending,
     * so an operator could not confirm an upgrade or a restore from the log). A database a newer release migrated is
     * refused: Flyway lets migrations it does not know through, and an older release ran on the newer schema as if
     * nothing were amiss (an application marked for the school's check by the newer one showed as an ordinary one).
     * The way back is the backup taken before the upgrade (docs/operations.md, "Upgrades").
     */
    static String migrateSchema(DataSource dataSource) {
        org.flywaydb.core.Flyway flyway = configuration(dataSource).load();
        java.util.List<String> newer = java.util.Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState().isApplied() && !m.getState().isResolved() && m.getVersion() != null)
                .map(m -> m.getVersion().getVersion()).toList();
        if (!newer.isEmpty()) {
            String known = java.util.Arrays.stream(flyway.info().all()).filter(m -> m.getState().isResolved())
                    .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("?");
            String message = "The database was migrated by a newer release of the portal (schema versions " + newer
                    + "); this release knows versions up to " + known + " and does not start on it. Start the newer release"
                    + " again, or restore the backup taken before the upgrade (docs/operations.md, Upgrades).";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        var result = flyway.migrate();
        var current = flyway.info().current();
        return "Database schema at version " + (current == null ? "(empty)" : current.getVersion().getVersion())
                + " (" + result.migrationsExecuted + " migrations applied)";
    }
}
