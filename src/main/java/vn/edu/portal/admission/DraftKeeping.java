package vn.edu.portal.admission;

import java.time.LocalDate;
import java.util.Map;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.platform.EmailAddress;

/**
 * What an admission draft keeps of what a family typed, and the seal of what its summary showed when
 * the e-mail code was asked for (a change after that needs a new code).
 */
final class DraftKeeping {

    /** The longest value a field keeps. */
    private static final int MAX_VALUE = 1000;

    private DraftKeeping() {
    }

    /**
     * A typed value as the draft keeps it ({@link vn.edu.portal.forms.TypedText}): an e-mail address
     * in lower case (a phone writes its first letter in capitals), a phone number without its spaces
     * and dots, +84 as 0.
     */
    static String kept(FormField field, String typed) {
        String value = vn.edu.portal.forms.TypedText.of(field.type(), typed);
        return switch (field.type()) {
            case EMAIL -> EmailAddress.parse(value).orElse(value);
            case PHONE -> vn.edu.portal.forms.TypedText.phone(value);
            // 1/9/2021 kept as 2021-09-01: what the date field shows again when the family goes back.
            case DATE -> {
                LocalDate day = AdmissionService.date(value);
                yield day == null ? value : day.toString();
            }
            default -> value;
        };
    }

    /** A draft's typed values as {@link #kept} keeps them (a draft saved before kept some as typed). */
    static Map<String, String> normalised(Map<String, String> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>(values);
        for (int step = 1; step <= AdmissionFormDefinition.TYPED_STEPS; step++) {
            for (FormField field : AdmissionFormDefinition.fieldsOf(step)) {
                String value = values.get(field.key());
                if (value != null) {
                    out.put(field.key(), cap(kept(field, value)));
                }
            }
        }
        return out;
    }

    static String cap(String value) {
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }

    /** The draft's key for the digest of what it held when its code was sent. */
    static final String CODE_FOR = "_codeFor";

    /** A digest of a draft's values (but {@link #CODE_FOR}), in a fixed order. */
    static String seal(Map<String, String> values) {
        StringBuilder all = new StringBuilder();
        new java.util.TreeMap<>(values).forEach((k, v) -> {
            if (!k.equals(CODE_FOR)) {
                all.append(k).append('\u0000').append(v).append('\u0001');
            }
        });
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
