package vn.edu.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords nobody may choose: the list bundled in the WAR ({@code common-passwords.txt}, about
 * 18,000 common and breached passwords) and passwords of one repeated character or one run of
 * a keyboard or alphabet sequence ({@code 1234567890}, {@code abcdefghij}, {@code qwertyuiop}).
 */
@ApplicationScoped
public class CommonPasswords {

    private static final String[] SEQUENCES = {"01234567890123456789", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"};

    private final Set<String> common;

    public CommonPasswords() {
        common = load();
    }

    public boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() <= 2) {
            return true;
        }
        for (String sequence : SEQUENCES) {
            String reversed = new StringBuilder(sequence).reverse().toString();
            if (sequence.contains(lower) || reversed.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the WAR");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
