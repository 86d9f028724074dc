package vn.edu.portal.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A long list in pieces of at most {@code size}, for {@code in :ids} parameters: a query naming
 * thousands of values at once is slow to plan, or refused, on some databases.
 */
public final class Chunks {

    private Chunks() {
    }

    /** Consecutive views of {@code list}, each at most {@code size} long; none for an empty list. */
    public static <T> List<List<T>> of(List<T> list, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size " + size);
        }
        List<List<T>> chunks = new ArrayList<>((list.size() + size - 1) / size);
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(from + size, list.size())));
        }
        return chunks;
    }
}
