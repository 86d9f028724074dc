package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Ids for rows written with plain SQL come from the same generator row as JPA's, in blocks that
 * never overlap the blocks EclipseLink takes (its table sequencing raises the count by the block
 * and uses the values ending at it), also when servers take blocks at the same time.
 */
class DirectIdsTest {

    private static JdbcDataSource database(String name) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE id_sequence (seq_name VARCHAR(50) PRIMARY KEY, seq_count BIGINT)");
            s.execute("INSERT INTO id_sequence VALUES ('portal', 1000)");
        }
        return ds;
    }

    /** What EclipseLink does for a block: raise by 50, read V, use V-49..V. Returns V. */
    private static long eclipseLinkBlock(JdbcDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE id_sequence SET seq_count = seq_count + 50 WHERE seq_name = 'portal'");
            try (ResultSet rs = s.executeQuery("SELECT seq_count FROM id_sequence WHERE seq_name = 'portal'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void blocksFollowJpasWithoutOverlap() throws Exception {
        JdbcDataSource ds = database("direct-ids-1");
        long jpaEnd = eclipseLinkBlock(ds); // JPA holds 1001..1050
        assertEquals(1050, jpaEnd);
        DirectIds ids = new DirectIds();
        assertEquals(1051, ids.next(ds), "the first block starts after JPA's");
        for (int i = 2; i <= 50; i++) {
            assertEquals(1050 + i, ids.next(ds), "the block is used in order without a statement");
        }
        long jpaNext = eclipseLinkBlock(ds); // JPA's next block: 1101..1150
        assertEquals(1150, jpaNext);
        assertEquals(1151, ids.next(ds), "a new block after the one JPA took meanwhile");
    }

    @Test
    void serversTakingBlocksAtOnceNeverShareAnId() throws Exception {
        JdbcDataSource ds = database("direct-ids-2");
        List<DirectIds> servers = List.of(new DirectIds(), new DirectIds(), new DirectIds());
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                DirectIds server = servers.get(t % servers.size());
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 400; i++) {
                        assertTrue(seen.add(server.next(ds)), "an id given twice");
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2400, seen.size());
        assertTrue(seen.stream().allMatch(id -> id > 1000), "every id after the count's start");
    }
}
