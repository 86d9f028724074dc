package vn.edu.portal.forms;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sections and fields of one version of an online form, stored as JSON. */
public record FormDefinition(List<FormSection> sections) {

    public FormDefinition {
        sections = List.copyOf(sections);
    }

    public List<FormSection> getSections() { return sections; }

    public List<FormField> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    public Optional<FormField> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public String toJson() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FormSection section : sections) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            for (FormField f : section.fields()) {
                JsonObjectBuilder o = Json.createObjectBuilder().add("key", f.key()).add("type", f.type().name())
                        .add("label", f.label()).add("help", f.help()).add("required", f.required())
                        .add("pastOnly", f.pastOnly()).add("maxKb", f.maxKb());
                if (!f.options().isEmpty()) {
                    o.add("options", Json.createArrayBuilder(f.options()));
                }
                if (!f.fileTypes().isEmpty()) {
                    o.add("fileTypes", Json.createArrayBuilder(f.fileTypes()));
                }
                if (f.min() != null) {
                    o.add("min", f.min());
                }
                if (f.max() != null) {
                    o.add("max", f.max());
                }
                fields.add(o);
            }
            list.add(Json.createObjectBuilder().add("title", section.title()).add("fields", fields));
        }
        return Json.createObjectBuilder().add("sections", list).build().toString();
    }

    public static FormDefinition fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            List<FormSection> sections = new ArrayList<>();
            for (JsonValue s : root.getJsonArray("sections")) {
                JsonObject section = s.asJsonObject();
                List<FormField> fields = new ArrayList<>();
                for (JsonValue v : section.getJsonArray("fields")) {
                    JsonObject f = v.asJsonObject();
                    fields.add(new FormField(f.getString("key"), FieldType.valueOf(f.getString("type")),
                            f.getString("label"), f.getString("help", ""), f.getBoolean("required", false),
                            strings(f.getJsonArray("options")), number(f, "min"), number(f, "max"),
                            f.getBoolean("pastOnly", false), strings(f.getJsonArray("fileTypes")), f.getInt("maxKb", 0)));
                }
                sections.add(new FormSection(section.getString("title"), fields));
            }
            return new FormDefinition(sections);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Long number(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? ((JsonNumber) o.get(key)).longValue() : null;
    }
}
