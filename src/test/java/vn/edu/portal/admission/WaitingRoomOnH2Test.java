package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The same rules with the line in the database ({@link DatabaseLine}, H2 in MySQL mode with the
 * table of the migration), and two servers' rooms sharing it.
 */
class WaitingRoomOnH2Test extends WaitingRoomTest {

    private final JdbcDataSource dataSource = database();

    private static JdbcDataSource database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:line-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:db/migration/V202612090000__platform_shared_counts.sql'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }

    @Override
    WaitingRoom room(int capacity, LongSupplier clock, long lifetime) {
        return new WaitingRoom(capacity, clock, lifetime, new DatabaseLine(dataSource, "form"));
    }

    @Test
    void twoServersShareOneLine() {
        AtomicLong now = new AtomicLong(5_000_000);
        WaitingRoom first = room(1, now::get, 180_000);
        WaitingRoom second = room(1, now::get, 180_000);
        assertTrue(first.enter(0, 0).admitted());
        assertTrue(second.enter(0, 0).admitted());
        WaitingRoom.Decision a = first.enter(0, 0);
        WaitingRoom.Decision b = second.enter(0, 0);
        assertEquals(1, a.position());
        assertEquals(2, b.position(), "the second server's newcomer queues behind the first server's");
        assertEquals(2, first.waiting());
        assertEquals(2, second.waiting());
        assertFalse(second.enter(a.ticket(), 0).admitted(), "a ticket of the first server is known on the second, not called yet");
        second.leave();
        assertTrue(second.enter(a.ticket(), 0).admitted(), "a place freed on the second server calls the first in line, wherever he queued");
        assertEquals(1, first.enter(b.ticket(), 0).position());
    }
}
