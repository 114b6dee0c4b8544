package org.unlearn.model.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
    @Test
    void readsBackWhatJsonWrites() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "quote \" backslash \\ tab \t newline \n é \u0001");
        m.put("whole", 12L);
        m.put("negative", -3L);
        m.put("real", 0.125);
        m.put("tiny", 1.5e-12);
        m.put("yes", true);
        m.put("nothing", null);
        m.put("list", List.of(1L, "two", List.of()));
        m.put("nested", Map.of("k", false));
        String json = Json.write(m);
        assertEquals(m, JsonReader.read(json));
        assertEquals(json, Json.write(JsonReader.read(json)), "a round trip writes the same text");
        assertEquals(m, JsonReader.read(Json.pretty(m)));
    }

    @Test
    void refusesMalformedTextNamingWhere() {
        for (String bad : List.of("{\"a\":1", "{\"a\" 1}", "[1,,2]", "{\"a\":1} x", "tru", "\"open")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.read(bad), bad);
            assertTrue(e.getMessage().startsWith("JSON at character "), e.getMessage());
        }
    }
}
