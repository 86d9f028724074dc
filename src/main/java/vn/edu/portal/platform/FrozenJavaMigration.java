package vn.edu.portal.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java, listed in {@link DatabaseMigration#configuration}: its version,
 * description and checksum fixed here (the checksum never changes once the migration has landed),
 * run in the transaction of its version. Each one is frozen: it reads and writes the tables as they
 * are at its version, with no entity or service of the portal.
 */
abstract class FrozenJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final int checksum;

    FrozenJavaMigration(String version, String description, int checksum) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.checksum = checksum;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
