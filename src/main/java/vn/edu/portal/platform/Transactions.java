package vn.edu.portal.platform;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Small helpers around the JTA transaction of the current thread. */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Whether a failed write was refused by a unique or other integrity constraint (SQL state
     * class 23), anywhere in its chain of causes, as opposed to the database being unreachable,
     * a lost connection or a time-out: only the first says something about the data.
     */
    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** MySQL/MariaDB error codes of a database that does not answer for now (not of a statement's fault). */
    private static final java.util.Set<Integer> AWAY_CODES = java.util.Set.of(
            1040, // too many connections
            1205, // lock wait timeout
            1213, // deadlock
            1927, // connection killed
            2002, 2003, 2006, 2013, // cannot connect, server gone away, connection lost
            4151); // account locked

    /**
     * Whether a failure came from the database not answering for now: a lost or refused connection, a
     * pool with no connection to give, a time-out, a deadlock. Judged by the first SQL exception in its
     * chain of causes: its class (transient, recoverable, a connection's), its SQL state (class 08
     * connection, 28 authorisation, 40 rollback, 70 interrupted, HYT time-out; none at all, as the
     * container's pool answers when it cannot allocate) or its MySQL error code. A statement's own fault
     * (a missing table, bad data, a constraint's refusal) is not: pressing again would not help.
     */
    public static boolean isDatabaseAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return isAway(sql);
            }
        }
        return false;
    }

    private static boolean isAway(java.sql.SQLException sql) {
        if (sql instanceof java.sql.SQLTransientException || sql instanceof java.sql.SQLRecoverableException
                || sql instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        String state = sql.getSQLState();
        if (state == null) {
            // The container's pool, when it cannot allocate a connection ("Error in allocating a connection"):
            // judged by its cause if that is an SQL exception. Any other without a state is a statement's own.
            if (sql.getCause() instanceof java.sql.SQLException cause) {
                return isAway(cause);
            }
            return String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("allocat");
        }
        return state.startsWith("08") || state.startsWith("28") || state.startsWith("40") || state.startsWith("70")
                || state.startsWith("HYT") || AWAY_CODES.contains(sql.getErrorCode());
    }

    /**
     * Runs {@code task} once the current transaction has committed (not if it rolled back): what cannot be
     * undone, such as deleting a file, waits for the change that makes it right.
     */
    public static void afterCommit(TransactionSynchronizationRegistry registry, Runnable task) {
        atEnd(registry, status -> {
            if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                task.run();
            }
        });
    }

    /**
     * Runs {@code task} now and again once the current transaction has ended (committed or not),
     * for in-memory caches dropped by a change: a reader that reloaded the cache while the change
     * was committing would otherwise keep what it read before the commit.
     */
    public static void nowAndAtEnd(TransactionSynchronizationRegistry registry, Runnable task) {
        task.run();
        if (registry != null && registry.getTransactionKey() != null) {
            atEnd(registry, status -> task.run());
        }
    }

    /** {@code onEnd} with the transaction's final status, once it has ended. */
    private static void atEnd(TransactionSynchronizationRegistry registry, java.util.function.IntConsumer onEnd) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                onEnd.accept(status);
            }
        });
    }
}
