package vn.edu.portal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a step's post says, read by the step's fields and their types, as both features read it:
 * a box not ticked is "", boxes of one field are joined as the draft keeps them, a field not
 * posted is left out, files are not read here, and a value is cut at the limit.
 */
class FormRequestTest {

    private static FormField field(String key, FieldType type) {
        return new FormField(key, type, key, "", false, List.of(), null, null, false, List.of(), 0);
    }

    private static HttpServletRequest posted(Map<String, String[]> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(FormRequestTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> m.getName().equals("getParameterValues")
                        ? parameters.get((String) args[0]) : null);
    }

    @Test
    void readByTypeAsTheDraftKeepsIt() {
        HttpServletRequest request = posted(Map.of(
                "f_name", new String[] {"Nguyễn Văn An"},
                "f_criteria", new String[] {"UT1@1", "UT2"},
                "f_note", new String[] {"x".repeat(50)},
                "f_paper", new String[] {"ignored"}));
        List<FormField> fields = List.of(field("name", FieldType.TEXT), field("criteria", FieldType.CHOICE),
                field("consent", FieldType.CHECKBOX), field("phone", FieldType.PHONE), field("note", FieldType.LONG_TEXT),
                field("paper", FieldType.FILE));
        Map<String, String> typed = FormRequest.typed(request, fields, "f_", 20);
        assertEquals(Map.of("name", "Nguyễn Văn An", "criteria", "UT1@1,UT2", "consent", "", "note", "x".repeat(20)), typed);
    }

    @Test
    void plainNamesAndATickedBox() {
        HttpServletRequest request = posted(Map.of("consent", new String[] {"true"}, "email", new String[] {"a@b.vn"}));
        assertEquals(Map.of("consent", "true", "email", "a@b.vn"), FormRequest.typed(request,
                List.of(field("consent", FieldType.CHECKBOX), field("email", FieldType.EMAIL)), "", 1000));
    }
}
