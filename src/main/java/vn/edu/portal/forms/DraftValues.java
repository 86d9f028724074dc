package vn.edu.portal.forms;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one serialisation of a draft's values: a JSON object of strings, in the order typed.
 * (Procedures kept JSON, admission {@code Properties}, whose escapes turned every Vietnamese
 * letter into {@code \\uXXXX}; the migration moved admission's drafts to this form.)
 */
public final class DraftValues {

    /** The longest value kept: a form's longest field (long text) is 5,000 characters. */
    public static final int MAX_VALUE = 5000;

    /**
     * Found once: every static {@code Json.create…} looks the provider up again through the
     * class loader's service files, which was 3 % of the admission submit's server time (JFR).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private DraftValues() {
    }

    public static Map<String, String> parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> {
                if (v.getValueType() == JsonValue.ValueType.STRING) {
                    values.put(k, ((JsonString) v).getString());
                }
            });
        }
        return values;
    }

    public static String json(Map<String, String> values) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                b.add(k, v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v);
            }
        });
        return b.build().toString();
    }
}
