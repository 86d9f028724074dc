package vn.edu.portal.platform;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Vietnamese alphabetical order for long lists (a city's 2,000 schools): each name's collation key
 * is made once, instead of the collator comparing two names letter by letter at every one of the
 * sort's twenty thousand comparisons.
 */
public final class NameOrder {

    private NameOrder() {
    }

    /** Orders exactly {@code items} (by identity) by {@code name}, as a Vietnamese reader expects. */
    public static <T> Comparator<T> of(Collection<T> items, Function<T, String> name) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<T, CollationKey> keys = new IdentityHashMap<>(items.size() * 2);
        for (T item : items) {
            String text = name.apply(item);
            keys.put(item, collator.getCollationKey(text == null ? "" : text));
        }
        return Comparator.comparing(keys::get);
    }
}
