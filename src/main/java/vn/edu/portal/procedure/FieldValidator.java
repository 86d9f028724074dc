package vn.edu.portal.procedure;

import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.edu.portal.platform.EmailAddress;
import vn.edu.portal.platform.FieldErrors;

/**
 * Checks one typed value against its field and returns it cleaned (trimmed, normalised), or
 * throws {@link FieldErrors} naming the field with a message a parent understands.
 */
public final class FieldValidator {

    public static final int MAX_TEXT = 200;
    public static final int MAX_LONG_TEXT = 4000;
    /** Day and month with or without their leading zero (5/9/2019 as 05/09/2019), strict (no 31/02). */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FieldValidator() {
    }

    public static String check(String field, FormField f, String raw, LocalDate today) {
        String value = vn.edu.portal.forms.TypedText.of(f.type(), raw);
        if (f.type() == FieldType.CHECKBOX) {
            boolean on = value.equals("on") || value.equals("true");
            if (f.required() && !on) {
                throw FieldErrors.of(field, "proc.field.mustTick");
            }
            return on ? "true" : "";
        }
        if (value.isEmpty()) {
            if (f.required()) {
                throw FieldErrors.of(field, "proc.field.required");
            }
            return "";
        }
        return switch (f.type()) {
            case TEXT -> limit(field, value, MAX_TEXT);
            case LONG_TEXT -> limit(field, value, MAX_LONG_TEXT);
            case NUMBER -> number(field, f, value, today);
            case DATE -> date(field, f, value, today);
            // The option as the form defines it, whichever way its letters were written (there or here).
            case CHOICE -> f.options().stream().filter(o -> vn.edu.portal.forms.TypedText.line(o).equals(value)).findFirst()
                    .orElseThrow(() -> FieldErrors.of(field, "proc.field.choice"));
            case PERSONAL_ID -> {
                if (!value.matches("\\d{12}")) {
                    throw FieldErrors.of(field, "proc.field.personalId");
                }
                yield value;
            }
            case PHONE -> phone(field, value);
            case EMAIL -> EmailAddress.parse(value).orElseThrow(() -> FieldErrors.of(field, "proc.field.email"));
            case FILE, CHECKBOX -> value;
        };
    }

    private static String limit(String field, String value, int max) {
        if (value.length() > max) {
            throw FieldErrors.of(field, "proc.field.tooLong", max);
        }
        return value;
    }

    private static String number(String field, FormField f, String value, LocalDate today) {
        long n;
        try {
            n = Long.parseLong(value.replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            // Digits only but too many for any count: too large, not "not a number".
            boolean digits = value.replace(".", "").replace(" ", "").matches("-?\\d+");
            throw f.max() != null && digits && !value.startsWith("-") ? FieldErrors.of(field, "proc.field.max", f.max())
                    : digits ? FieldErrors.of(field, "proc.field.tooBig") : FieldErrors.of(field, "proc.field.number");
        }
        if (f.min() != null && n < f.min()) {
            throw FieldErrors.of(field, "proc.field.min", f.min());
        }
        if (f.max() != null && n > f.max()) {
            throw FieldErrors.of(field, "proc.field.max", f.max());
        }
        if (f.pastOnly() && n > today.getYear()) {
            throw FieldErrors.of(field, "proc.field.futureYear", String.valueOf(today.getYear()));
        }
        return Long.toString(n);
    }

    private static String date(String field, FormField f, String value, LocalDate today) {
        LocalDate day;
        try {
            day = value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : LocalDate.parse(value, DAY);
        } catch (DateTimeParseException e) {
            throw FieldErrors.of(field, "proc.field.date");
        }
        if (f.pastOnly() && day.isAfter(today)) {
            throw FieldErrors.of(field, "proc.field.future");
        }
        if (day.getYear() < 1900 || day.getYear() > 2200) {
            throw FieldErrors.of(field, "proc.field.date");
        }
        return day.toString();
    }

    /** Vietnamese numbers: 10 digits starting with 0, or +84 followed by 9 digits. */
    private static String phone(String field, String value) {
        // The rule of every public form (a landline with its area code too: 028 3822 1234).
        String digits = vn.edu.portal.forms.TypedText.phone(value);
        if (!vn.edu.portal.forms.TypedText.isPhone(digits)) {
            throw FieldErrors.of(field, "proc.field.phone");
        }
        return digits;
    }
}
