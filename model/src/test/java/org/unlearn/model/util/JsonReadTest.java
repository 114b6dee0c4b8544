package org.unlearn.model.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Json reads back what it writes, into the kinds it writes from; malformed text is refused naming where. */
class JsonReadTest {
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
        assertEquals(m, Json.read(json));
        assertEquals(json, Json.write(Json.read(json)), "a round trip writes the same text");
        assertEquals(m, Json.read(Json.pretty(m)));
    }

    @Test
    void refusesMalformedTextNamingWhere() {
        for (String bad : List.of("{\"a\":1", "{\"a\" 1}", "[1,,2]", "{\"a\":1} x", "tru", "\"open", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.read(bad), bad);
            assertTrue(e.getMessage().startsWith("JSON at character "), e.getMessage());
        }
    }

    @Test
    void readsAStringLongerThanJacksonsDefaultCap() {
        // a large session's row ids are one long string in session.json
        String ids = "7".repeat(21_000_000);
        assertEquals(ids, Json.object(Json.write(Map.of("row_ids", ids))).get("row_ids"));
    }

    @Test
    void refusesAnIntegerBeyondALong() {
        assertEquals(Long.MAX_VALUE, Json.read(Long.toString(Long.MAX_VALUE)));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Json.read("{\"n\": 123456789012345678901}"));
        assertTrue(e.getMessage().contains("beyond a long"), e.getMessage());
    }

    @Test
    void anObjectIsRequiredWhereOneIsAsked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.object("[1]"));
        assertEquals("not a JSON object", e.getMessage());
    }
}
