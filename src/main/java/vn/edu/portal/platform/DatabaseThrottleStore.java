package vn.edu.portal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link ThrottleStore} in the database ({@code throttle_hit}, {@code throttle_failure}), shared by
 * every server. Plain SQL that H2 and MariaDB/MySQL both run, on connections outside the caller's
 * transaction (autocommit): a count is never rolled back with the work it guarded, and no row lock
 * is held longer than its one statement. Keys are kept as digests ({@link #column}).
 */
final class DatabaseThrottleStore implements ThrottleStore {

    /** The key column's width; every key is stored as its SHA-256 (64 hex digits). */
    static final int MAX_KEY = 190;

    private final DataSource dataSource;

    DatabaseThrottleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Keys are client addresses, e-mail addresses and account names: personal data the table would
     * otherwise keep in clear for up to a window (a day for mailed codes). Stored as their SHA-256
     * instead, which counts the same and says nothing to whoever reads the table.
     */
    static String column(String key) {
        String k = key == null ? "" : key;
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(k.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Bucket> buckets(String kind, String key, long fromBucket) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT bucket, hits FROM throttle_hit WHERE kind = ? AND throttle_key = ? AND bucket >= ? ORDER BY bucket")) {
            s.setString(1, kind);
            s.setString(2, column(key));
            s.setLong(3, fromBucket);
            List<Bucket> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new Bucket(rs.getLong(1), rs.getInt(2)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the throttle " + kind + " failed", e);
        }
    }

    @Override
    public boolean add(String kind, String key, long bucket, boolean exists, int maxHits, long expiresMillis) {
        if (maxHits <= 0) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!exists) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO throttle_hit (kind, throttle_key, bucket, hits, expires_ms) VALUES (?, ?, ?, 1, ?)")) {
                    s.setString(1, kind);
                    s.setString(2, column(key));
                    s.setLong(3, bucket);
                    s.setLong(4, expiresMillis);
                    s.executeUpdate();
                    return true;
                } catch (SQLException e) {
                    if (!duplicate(e)) {
                        throw e;
                    }
                    // Another server inserted the bucket first: add to it like to any other.
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE throttle_hit SET hits = hits + 1 WHERE kind = ? AND throttle_key = ? AND bucket = ? AND hits < ?")) {
                s.setString(1, kind);
                s.setString(2, column(key));
                s.setLong(3, bucket);
                s.setInt(4, maxHits);
                return s.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the throttle " + kind + " failed", e);
        }
    }

    private static boolean duplicate(SQLException e) {
        // 23000 (MySQL) / 23505 (H2): integrity constraint violation, here only the primary key
        return e instanceof SQLIntegrityConstraintViolationException
                || e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    @Override
    public Failures failures(String kind, String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT failures, last_ms FROM throttle_failure WHERE kind = ? AND throttle_key = ?")) {
            s.setString(1, kind);
            s.setString(2, column(key));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Failures(rs.getInt(1), rs.getLong(2)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the failures " + kind + " failed", e);
        }
    }

    @Override
    public Failures fail(String kind, String key, long now, long forgetBefore) {
        try (Connection c = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement s = c.prepareStatement("UPDATE throttle_failure SET failures = CASE WHEN last_ms < ? THEN 1 "
                        + "ELSE failures + 1 END, last_ms = ? WHERE kind = ? AND throttle_key = ?")) {
                    s.setLong(1, forgetBefore);
                    s.setLong(2, now);
                    s.setString(3, kind);
                    s.setString(4, column(key));
                    if (s.executeUpdate() == 1) {
                        Failures f = failures(kind, key);
                        return f == null ? new Failures(1, now) : f;
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO throttle_failure (kind, throttle_key, failures, last_ms) VALUES (?, ?, 1, ?)")) {
                    s.setString(1, kind);
                    s.setString(2, column(key));
                    s.setLong(3, now);
                    s.executeUpdate();
                    return new Failures(1, now);
                } catch (SQLException e) {
                    if (!duplicate(e)) {
                        throw e;
                    }
                }
            }
            throw new IllegalStateException("the failure row of " + kind + " could neither be updated nor inserted");
        } catch (SQLException e) {
            throw new IllegalStateException("counting the failure " + kind + " failed", e);
        }
    }

    @Override
    public void forget(String kind, String key) {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"throttle_hit", "throttle_failure"}) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE kind = ? AND throttle_key = ?")) {
                    s.setString(1, kind);
                    s.setString(2, column(key));
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("forgetting the throttle " + kind + " failed", e);
        }
    }

    @Override
    public void sweep(long now, long failuresBefore) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement hits = c.prepareStatement("DELETE FROM throttle_hit WHERE expires_ms < ?");
             PreparedStatement failures = c.prepareStatement("DELETE FROM throttle_failure WHERE last_ms < ?")) {
            hits.setLong(1, now);
            hits.executeUpdate();
            failures.setLong(1, failuresBefore);
            failures.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sweeping the throttles failed", e);
        }
    }
}
