package vn.edu.portal.platform;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Vietnamese alphabetical order for long lists (a city's 2,000 schools): each name's collation key
 * is made once, instead of the collator comparing two names letter by letter at every one of the
 * sort's twenty thousand comparisons. The keys are kept from one list to the next: the same 2,000
 * names are sorted on every visit of a department page. A collator is made per call (they are not
 * safe to share between threads); keys of one collation compare alike whichever instance made them.
 */
public final class NameOrder {

    /** Keys of the names seen, kept across requests (names change rarely); emptied past {@link #MAX_KEYS}. */
    private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();

    private static final int MAX_KEYS = 50_000;

    private NameOrder() {
    }

    /** Orders exactly {@code items} (by identity) by {@code name}, as a Vietnamese reader expects. */
    public static <T> Comparator<T> of(Collection<T> items, Function<T, String> name) {
        if (KEYS.size() > MAX_KEYS) {
            KEYS.clear();
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<T, CollationKey> keys = new IdentityHashMap<>(items.size() * 2);
        for (T item : items) {
            String text = name.apply(item);
            keys.put(item, KEYS.computeIfAbsent(text == null ? "" : text, collator::getCollationKey));
        }
        return Comparator.comparing(keys::get);
    }
}
