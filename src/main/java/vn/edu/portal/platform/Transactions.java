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

    /**
     * Runs {@code task} now and again once the current transaction has ended (committed or not),
     * for in-memory caches dropped by a change: a reader that reloaded the cache while the change
     * was committing would otherwise keep what it read before the commit.
     */
    public static void nowAndAtEnd(TransactionSynchronizationRegistry registry, Runnable task) {
        task.run();
        if (registry != null && registry.getTransactionKey() != null) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    task.run();
                }
            });
        }
    }
}
