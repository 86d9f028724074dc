package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Audit entries written apart, on a small pool shared by many requests at once: every entry is
 * written, each with its own id, and nobody waits for ever. (The first version took the entry's
 * connection before its id; when a block ran out, the request taking the next block waited for a
 * connection while the others held them all waiting for it: 64 look-ups at once and every one hung.)
 */
class AuditLogDirectTest {

    /** A pool of {@code size} connections: a request for one more waits at most 3 s, then fails. */
    private static DataSource pool(JdbcDataSource database, int size) {
        Semaphore free = new Semaphore(size);
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                try {
                    if (!free.tryAcquire(3, TimeUnit.SECONDS)) {
                        throw new SQLException("no connection free in the pool");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException(e);
                }
                Connection real = database.getConnection();
                return (Connection) Proxy.newProxyInstance(AuditLogDirectTest.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                            if (m.getName().equals("close")) {
                                real.close();
                                free.release();
                                return null;
                            }
                            try {
                                return m.invoke(real, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override public Connection getConnection(String user, String password) throws SQLException { return getConnection(); }
            @Override public PrintWriter getLogWriter() { return null; }
            @Override public void setLogWriter(PrintWriter out) { }
            @Override public void setLoginTimeout(int seconds) { }
            @Override public int getLoginTimeout() { return 0; }
            @Override public Logger getParentLogger() { return Logger.getGlobal(); }
            @Override public <T> T unwrap(Class<T> iface) { return null; }
            @Override public boolean isWrapperFor(Class<?> iface) { return false; }
        };
    }

    @Test
    void manyRequestsOnASmallPoolAllWriteTheirEntry() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:audit-direct;DB_CLOSE_DELAY=-1");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE id_sequence (seq_name VARCHAR(50) PRIMARY KEY, seq_count BIGINT)");
            s.execute("INSERT INTO id_sequence VALUES ('portal', 1000)");
            s.execute("CREATE TABLE audit_entry (id BIGINT PRIMARY KEY, at TIMESTAMP(3) NOT NULL, actor VARCHAR(60) NOT NULL,"
                    + " site_id BIGINT, action VARCHAR(60) NOT NULL, detail VARCHAR(1000), ip VARCHAR(64))");
        }
        DataSource direct = pool(database, 2);
        DirectIds ids = new DirectIds();
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(requests.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        AuditLog.insert(direct, ids, new AuditEntry("public", thread % 2 == 0 ? null : 7L, "admission.result",
                                "ABCD-EFGH none", "127.0.0." + thread));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            requests.shutdownNow();
        }
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id), COUNT(site_id), MIN(id) FROM audit_entry")) {
            rs.next();
            assertEquals(320, rs.getInt(1), "every entry written");
            assertEquals(320, rs.getInt(2), "each with its own id");
            assertEquals(160, rs.getInt(3), "the site kept, or none");
            assertTrue(rs.getLong(4) > 1000);
        }
    }
}
