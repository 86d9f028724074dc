package vn.edu.portal.forms;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.edu.portal.platform.EmailAddress;

/**
 * The public look-up of a form's record by its code and the contact it was sent with (an e-mail
 * address), the same for every feature. The callers find the records by code (and site) and
 * count the look-up ({@code LookupGuard}); this decides whether the typed contact is the record's.
 *
 * <p>The case rule: addresses compare without regard to case. The typed address is normalised
 * like every address the portal stores ({@link EmailAddress#parse}: trimmed, lower case), and the
 * stored one is compared ignoring case too, so a record kept before addresses were normalised, or
 * an address typed with capitals on a phone's keyboard, is still found. Nothing is lost by it: the
 * domain is case-insensitive anyway, no mail provider parents use distinguishes case in the local
 * part, and the code, not the address, is what cannot be guessed (and guesses are throttled).
 * Procedures compared exactly and admission without case; this is admission's rule, for both.
 */
public final class ContactLookup {

    private ContactLookup() {
    }

    /** The first of {@code byCode} whose stored e-mail address is the typed one; empty for an address that is not one. */
    public static <T> Optional<T> withEmail(Stream<T> byCode, String typedEmail, Function<T, String> storedEmail) {
        Optional<String> typed = EmailAddress.parse(typedEmail);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return byCode.filter(record -> sameAddress(storedEmail.apply(record), typed.get())).findFirst();
    }

    static boolean sameAddress(String stored, String typed) {
        return stored != null && stored.trim().equalsIgnoreCase(typed);
    }
}
