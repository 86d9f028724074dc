package vn.edu.portal.platform;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value loaded from the database once and kept in memory until {@link #drop()}. A value whose
 * loading overlapped a drop is returned to that reader but not kept, so a change that commits
 * while someone reloads is never hidden behind the old state.
 */
public final class Reloading<T> {

    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile T value;

    public Reloading(Supplier<T> loader) {
        this.loader = loader;
    }

    public T get() {
        T v = value;
        return v != null ? v : load();
    }

    private synchronized T load() {
        T v = value;
        if (v != null) {
            return v;
        }
        long loading = generation.get();
        T loaded = loader.get();
        if (generation.get() == loading) {
            value = loaded;
        }
        return loaded;
    }

    public void drop() {
        generation.incrementAndGet();
        value = null;
    }
}
