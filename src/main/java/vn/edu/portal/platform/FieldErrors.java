package vn.edu.portal.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that a service refuses: for each form field, the message key (and arguments) that
 * explains why. Page beans show each message next to its field; nothing is saved.
 */
public class FieldErrors extends RuntimeException {

    public record Error(String key, Object[] args) {
    }

    private final Map<String, Error> errors = new LinkedHashMap<>();

    public FieldErrors() {
        super(null, null, false, false);
    }

    public static FieldErrors of(String field, String key, Object... args) {
        return new FieldErrors().add(field, key, args);
    }

    public FieldErrors add(String field, String key, Object... args) {
        errors.putIfAbsent(field, new Error(key, args));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, Error> errors() {
        return errors;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw this;
        }
    }

    @Override
    public String getMessage() {
        return "Invalid input: " + errors.keySet();
    }
}
