package vn.edu.portal.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * The portal's database failing on demand (the MariaDB run only: the embedded H2 lives inside the
 * server), for as long as this is open. Two kinds:
 * <ul>
 * <li>{@link #database()}: the database stops answering the portal, as when it is down: the
 * portal's account is locked and its connections are killed, so every statement and every new
 * connection fails until {@link #close()} unlocks it (through the {@code mysql} client as root, as
 * {@code .ci/run} uses it);</li>
 * <li>{@link #table}: the statements on one table fail (it is renamed away and back), for a failure in
 * the middle of a request whose first reads worked.</li>
 * </ul>
 */
public final class DatabaseOutage implements AutoCloseable {

    private static final String USER = "portal";
    private final Runnable restore;

    private DatabaseOutage(Runnable restore) {
        this.restore = restore;
    }

    /** Whether the run's database can be made to fail from here (the MariaDB run, with root's client). */
    public static boolean possible() {
        if (Deployments.embeddedDatabase() || System.getenv("PORTAL_IT_MARIADB_URL") == null) {
            return false;
        }
        try {
            root("SELECT 1");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * The database stops answering the portal until {@link #close()}, which then posts to {@code settle}
     * (a public look-up: it reads through both of the server's pools) until it is answered as usual: a
     * connection that was cut fails its first statement once the database is back, as after a restart,
     * and empties its pool (fail-all-connections), so the test after this one meets a settled server.
     */
    public static DatabaseOutage database(String settle) {
        root(lockAccount("LOCK"));
        cutConnections();
        return new DatabaseOutage(() -> {
            root(lockAccount("UNLOCK"));
            PortalClient probe = new PortalClient();
            for (int i = 0; i < 10 && probe.postForm(settle, java.util.Map.of("ma", "AAAA-AAAA", "email", "a@example.vn"))
                    .status() == 503; i++) {
                // Another pool's cut connection met: it was emptied; again.
            }
        });
    }

    /**
     * Cuts every connection the server holds, as a restart of the database (or a fail-over, a
     * firewall's idle time-out) does: the server's pools still hold them, each dead.
     */
    public static void cutConnections() {
        String ids = root("SELECT GROUP_CONCAT(id) FROM information_schema.processlist WHERE user = '" + USER + "'").strip();
        for (String id : ids.equals("NULL") || ids.isEmpty() ? new String[0] : ids.split(",")) {
            try {
                root("KILL CONNECTION " + Long.parseLong(id));
            } catch (IllegalStateException gone) {
                // Closed meanwhile.
            }
        }
    }

    /** Every statement on {@code table} fails until {@link #close()} (a table left renamed by a run cut short is put back first). */
    public static DatabaseOutage table(String table) {
        rename(table + "_away", table, true);
        rename(table, table + "_away", false);
        return new DatabaseOutage(() -> rename(table + "_away", table, false));
    }

    @Override
    public void close() {
        restore.run();
    }

    private static String lockAccount(String how) {
        return "ALTER USER '" + USER + "'@'localhost' ACCOUNT " + how + "; ALTER USER '" + USER + "'@'127.0.0.1' ACCOUNT " + how;
    }

    private static void rename(String from, String to, boolean ifThere) {
        try (Connection c = DriverManager.getConnection(System.getenv("PORTAL_IT_MARIADB_URL"),
                System.getenv("PORTAL_IT_MARIADB_USER"), System.getenv("PORTAL_IT_MARIADB_PASSWORD"));
             Statement s = c.createStatement()) {
            // Never wait behind the server's transactions for long: fail instead.
            s.execute("SET SESSION lock_wait_timeout = 10");
            if (ifThere && !s.executeQuery("SHOW TABLES LIKE '" + from + "'").next()) {
                return;
            }
            s.execute("RENAME TABLE " + from + " TO " + to);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs SQL through the {@code mysql} client as root; what it printed. */
    private static String root(String sql) {
        try {
            Process p = new ProcessBuilder("mysql", "-uroot", "-N", "-B", "-e", sql).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("mysql -uroot failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
