package vn.edu.portal.admission;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The waiting room's line in the database ({@code waiting_ticket}), shared by every server: ticket
 * numbers come from AUTO_INCREMENT, so they grow across servers and a ticket handed out by one is
 * honoured by the others. Plain SQL for H2 and MariaDB/MySQL on connections outside transactions.
 *
 * <p>Cost: nothing while nobody waits (a newcomer who finds a place never reaches the database; a
 * finished request asks for the first waiting ticket only while this server knows of someone
 * waiting). A newcomer turned away: one INSERT (his place is the number waiting as this server
 * last counted it, at most a second ago, plus the tickets it issued since); a ticket presented
 * again: one read, one UPDATE and one bounded count (or one DELETE when it is let in). Once a
 * second a server counts the line; every ten it sweeps expired tickets.
 * Positions count at most {@link #EXACT_UP_TO} tickets; beyond that they are estimated from the
 * ticket numbers (pessimistic: tickets that left in between still count).
 */
public final class DatabaseLine implements WaitingRoom.Line {

    static final int EXACT_UP_TO = 5_000;
    private static final long REFRESH_MILLIS = 1_000;
    private static final long SWEEP_MILLIS = 10_000;

    private final DataSource dataSource;
    private final String room;
    private volatile long knownWaiting = -1;
    private volatile long refreshedAt = Long.MIN_VALUE;
    private volatile long sweptAt = Long.MIN_VALUE;
    private volatile long head;
    /** The highest ticket number seen at the last refresh: tickets above it were issued since. */
    private volatile long newest;

    public DatabaseLine(DataSource dataSource, String room) {
        this.dataSource = dataSource;
        this.room = room;
    }

    @Override
    public WaitingRoom.TicketState state(long ticket, long now, long lifetime) {
        if (ticket <= 0) {
            return WaitingRoom.TicketState.UNKNOWN;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT seen_ms, called_ms FROM waiting_ticket WHERE id = ? AND room = ?")) {
            s.setLong(1, ticket);
            s.setString(2, room);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return WaitingRoom.TicketState.UNKNOWN;
                }
                long seen = rs.getLong(1);
                long called = rs.getLong(2);
                if (!rs.wasNull()) {
                    return now - called < lifetime ? WaitingRoom.TicketState.CALLED : WaitingRoom.TicketState.UNKNOWN;
                }
                return now - seen < lifetime ? WaitingRoom.TicketState.WAITING : WaitingRoom.TicketState.UNKNOWN;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a waiting ticket failed", e);
        }
    }

    @Override
    public void admitted(long ticket) {
        if (ticket <= 0) {
            return;
        }
        update("DELETE FROM waiting_ticket WHERE id = ? AND room = ?", ticket);
    }

    @Override
    public long keep(long ticket, boolean waits, long now) {
        try (Connection c = dataSource.getConnection()) {
            if (waits) {
                try (PreparedStatement s = c.prepareStatement("UPDATE waiting_ticket SET seen_ms = ? WHERE id = ? AND room = ?")) {
                    s.setLong(1, now);
                    s.setLong(2, ticket);
                    s.setString(3, room);
                    if (s.executeUpdate() == 1) {
                        return ticket;
                    }
                }
            }
            for (int attempt = 1; ; attempt++) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO waiting_ticket (room, seen_ms) VALUES (?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    s.setString(1, room);
                    s.setLong(2, now);
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        knownWaiting = Math.max(1, knownWaiting + 1);
                        return keys.getLong(1);
                    }
                } catch (SQLException e) {
                    // H2 (the demo's database) was seen handing out an identity value twice under a
                    // burst of concurrent inserts on autocommit connections; the next value is free.
                    if (attempt == 5 || e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("keeping a waiting ticket failed", e);
        }
    }

    @Override
    public long position(long ticket, long now, long lifetime) {
        refresh(now, lifetime);
        if (ticket > newest) {
            // Issued since the last refresh, so at the end of the line: its place is the number
            // waiting as this server knows it (the count at the refresh, plus what it issued since),
            // without counting rows. A newcomer turned away costs its INSERT alone. Never more than
            // its number: what this server knows may count a ticket issued after it by another
            // request (WaitingRoomOnH2Test saw position 3 for ticket 2, about once in a few hundred runs).
            return Math.max(1, Math.min(knownWaiting, ticket));
        }
        long counted = count("SELECT COUNT(*) FROM (SELECT id FROM waiting_ticket WHERE room = ? AND called_ms IS NULL AND seen_ms > ? "
                + "AND id <= ? ORDER BY id LIMIT " + EXACT_UP_TO + ") ahead", now - lifetime, ticket);
        if (counted < EXACT_UP_TO) {
            return counted;
        }
        return Math.max(counted, ticket - head + 1);
    }

    @Override
    public void callFirst(long now, long lifetime) {
        refresh(now, lifetime);
        if (knownWaiting == 0) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                long first;
                try (PreparedStatement s = c.prepareStatement("SELECT MIN(id) FROM waiting_ticket WHERE room = ? AND called_ms IS NULL "
                        + "AND seen_ms > ?")) {
                    s.setString(1, room);
                    s.setLong(2, now - lifetime);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        first = rs.getLong(1);
                        if (rs.wasNull()) {
                            knownWaiting = 0;
                            return;
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE waiting_ticket SET called_ms = ? WHERE id = ? AND called_ms IS NULL")) {
                    s.setLong(1, now);
                    s.setLong(2, first);
                    if (s.executeUpdate() == 1) {
                        knownWaiting = Math.max(0, knownWaiting - 1);
                        return;
                    }
                }
                // Another server called that ticket first: the next one.
            }
        } catch (SQLException e) {
            throw new IllegalStateException("calling the next ticket failed", e);
        }
    }

    @Override
    public long waiting(long now, long lifetime) {
        return count("SELECT COUNT(*) FROM waiting_ticket WHERE room = ? AND called_ms IS NULL AND seen_ms > ?", now - lifetime, -1);
    }

    /** At most once a second: what this server knows of the line (how many wait, the first number); every ten, a sweep. */
    private void refresh(long now, long lifetime) {
        if (refreshedAt != Long.MIN_VALUE && now - refreshedAt < REFRESH_MILLIS && now >= refreshedAt) {
            return;
        }
        refreshedAt = now;
        if (sweptAt == Long.MIN_VALUE || now - sweptAt >= SWEEP_MILLIS || now < sweptAt) {
            sweptAt = now;
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("DELETE FROM waiting_ticket WHERE room = ? AND (called_ms IS NULL AND seen_ms <= ? "
                         + "OR called_ms <= ?)")) {
                s.setString(1, room);
                s.setLong(2, now - lifetime);
                s.setLong(3, now - lifetime);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("sweeping the waiting line failed", e);
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*), MIN(id), (SELECT MAX(id) FROM waiting_ticket) FROM waiting_ticket "
                     + "WHERE room = ? AND called_ms IS NULL AND seen_ms > ?")) {
            s.setString(1, room);
            s.setLong(2, now - lifetime);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                knownWaiting = rs.getLong(1);
                head = rs.getLong(2);
                newest = rs.getLong(3);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the waiting line failed", e);
        }
    }

    private long count(String sql, long seenAfter, long upTo) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, room);
            s.setLong(2, seenAfter);
            if (upTo >= 0) {
                s.setLong(3, upTo);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the waiting line failed", e);
        }
    }

    private void update(String sql, long ticket) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, ticket);
            s.setString(2, room);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("updating a waiting ticket failed", e);
        }
    }
}
