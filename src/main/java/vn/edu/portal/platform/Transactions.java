package vn.edu.portal.platform;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Small helpers around the JTA transaction of the current thread. */
public final class Transactions {

    private Transactions() {
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
