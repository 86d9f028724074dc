package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The same rules with the counts in the database ({@link DatabaseThrottleStore}), on H2 in MySQL
 * mode with the table of the migration; MariaDB runs them through the cluster checks of the suite.
 */
class ThrottlesOnH2Test extends ThrottlesTest {

    private JdbcDataSource dataSource;

    @Override
    ThrottleStore store() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:throttles-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:db/migration/V202612090000__platform_shared_counts.sql'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DatabaseThrottleStore(dataSource);
    }

    @Test
    void keysAreCountedByTheirDigestNeverKeptInClear() {
        ThrottleStore store = new DatabaseThrottleStore(dataSource);
        String longKey = "x".repeat(500) + "@truong.edu.vn";
        Throttles throttles = Throttles.withStore(java.time.Clock.systemUTC(), store);
        Throttles.Limit two = Throttles.Limit.of(2, Duration.ofMinutes(1));
        assertEquals(Duration.ZERO, throttles.attempt("mail", longKey, two));
        assertEquals(Duration.ZERO, throttles.attempt("mail", longKey, two));
        assertEquals(false, throttles.attempt("mail", longKey, two).isZero());
        assertEquals(Duration.ZERO, throttles.attempt("mail", longKey + "!", two), "another long key has its own count");
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM throttle_hit WHERE throttle_key LIKE '%@%' OR throttle_key LIKE '%xxx%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no address is kept in clear");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
