package vn.edu.portal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Ids of the portal's one generator ({@link PortalEntity}: the {@code portal} row of
 * {@code id_sequence}) for rows written with plain SQL on the pool outside transactions, so that
 * such a row is one statement and still never shares an id with a row JPA writes. A block is taken
 * exactly as EclipseLink's table sequencing takes one: the count is raised by the block's size and
 * read back in one transaction, and the block is the {@code size} values ending at the count read
 * (EclipseLink's {@code Sequence.createVector}: "given sequence = 10, size = 5 will create
 * (6,7,8,9,10)"). Both take blocks of {@value #BLOCK}; every server, and JPA in each, takes its own.
 */
public final class DirectIds {

    /** The block's size: {@code allocationSize} of {@link PortalEntity}'s generator. */
    static final int BLOCK = 50;

    private long next = 1;
    private long last;

    /**
     * The next id, from the block in hand or from a new block taken on {@code dataSource}. Call it
     * before taking a connection of the same pool, never while holding one: a caller waiting here
     * for the block while others hold the pool's last connections waiting for this lock would
     * wait for ever (found under 64 look-ups at once: every request hung).
     */
    public synchronized long next(DataSource dataSource) throws SQLException {
        if (next > last) {
            long end = take(dataSource);
            next = end - BLOCK + 1;
            last = end;
        }
        return next++;
    }

    private static long take(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement raise = c.prepareStatement("UPDATE id_sequence SET seq_count = seq_count + ? WHERE seq_name = 'portal'");
                 PreparedStatement read = c.prepareStatement("SELECT seq_count FROM id_sequence WHERE seq_name = 'portal'")) {
                raise.setInt(1, BLOCK);
                if (raise.executeUpdate() != 1) {
                    throw new SQLException("id_sequence has no 'portal' row");
                }
                long end;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    end = rs.getLong(1);
                }
                c.commit();
                return end;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
