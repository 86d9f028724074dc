package vn.edu.portal.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address as a form accepts it: one plain address, trimmed and lower-cased. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.trim().toLowerCase(Locale.ROOT);
        return address.length() <= 254 && SHAPE.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }
}
