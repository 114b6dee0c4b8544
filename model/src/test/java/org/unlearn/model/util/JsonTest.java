package org.unlearn.model.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the command line's JSON promises its readers, read back with a JSON library. */
class JsonTest {
    private static final ObjectMapper READER = new ObjectMapper();

    private static Map<String, Object> sample() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "qkmeans");
        m.put("rows", 344);
        m.put("whole", 2.0);
        m.put("share", 0.125);
        m.put("tiny", 1e-7);
        m.put("huge", 1e20);
        m.put("nan", Double.NaN);
        m.put("inf", Double.NEGATIVE_INFINITY);
        m.put("exact", true);
        m.put("none", null);
        m.put("ids", new int[] {3, 1, 2});
        m.put("list", List.of("a\"b", "c\\d", "tab\there", "line\nbreak"));
        m.put("kind", Thread.State.NEW);
        m.put("path", Path.of("data", "file.csv"));
        m.put(String.valueOf(7), Map.of("nested", 1.5f));
        return m;
    }

    @Test
    void theCompactFormIsPinnedByteForByte() {
        // The audit trail hashes this form: a change here breaks every exported trail's links.
        assertEquals(
                "{\"model\":\"qkmeans\",\"rows\":344,\"whole\":2,\"share\":0.125,\"tiny\":1.0E-7,\"huge\":1.0E20,"
                        + "\"nan\":null,\"inf\":null,\"exact\":true,\"none\":null,\"ids\":[3,1,2],"
                        + "\"list\":[\"a\\\"b\",\"c\\\\d\",\"tab\\there\",\"line\\nbreak\"],\"kind\":\"new\","
                        + "\"path\":\"" + Path.of("data", "file.csv").toString().replace("\\", "\\\\")
                        + "\",\"7\":{\"nested\":1.5}}",
                Json.write(sample()));
    }

    @Test
    void bothFormsReadBackToTheSameValues() throws Exception {
        JsonNode compact = READER.readTree(Json.write(sample()));
        JsonNode pretty = READER.readTree(Json.pretty(sample()));
        assertEquals(compact, pretty);
        assertEquals(344, compact.get("rows").asInt());
        assertTrue(compact.get("whole").isIntegralNumber());
        assertEquals(0.125, compact.get("share").asDouble());
        assertTrue(compact.get("nan").isNull());
        assertEquals("tab\there", compact.get("list").get(2).asText());
        var names = compact.fieldNames();
        assertEquals("model", names.next());
        assertEquals("rows", names.next());
        assertTrue(Json.pretty(sample()).contains("\n  \"rows\": 344,\n"), Json.pretty(sample()));
    }
}
