package vn.edu.portal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one serialisation of drafts keeps what was typed exactly, in order, and bounded. */
class DraftValuesTest {

    @Test
    void aDraftKeepsVietnameseTextExactlyAndInOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("childName", "Nguyễn Thị Ánh Tuyết");
        values.put("curStreet", "12/3 Đường số 7: hẻm = 2 \"số\" \\ #1");
        values.put("note", "dòng một\ndòng hai");
        values.put("empty", "");
        String json = DraftValues.json(values);
        assertEquals(values, DraftValues.parse(json));
        assertEquals(java.util.List.copyOf(values.keySet()), java.util.List.copyOf(DraftValues.parse(json).keySet()));
    }

    @Test
    void valuesAreBoundedAndForeignShapesIgnored() {
        assertEquals(DraftValues.MAX_VALUE, DraftValues.parse(DraftValues.json(Map.of("a", "x".repeat(9000)))).get("a").length());
        assertEquals(Map.of("a", "1"), DraftValues.parse("{\"a\":\"1\",\"b\":2,\"c\":[\"x\"]}"));
        assertEquals(Map.of(), DraftValues.parse(null));
        assertEquals(Map.of(), DraftValues.parse(" "));
    }
}
