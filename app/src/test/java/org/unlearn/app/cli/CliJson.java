package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what the command line printed as JSON, with a JSON library, as a script would. */
final class CliJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CliJson() {}

    static JsonNode read(String out) {
        try {
            return MAPPER.readTree(out);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }

    /** A field anywhere in the object (the first found, top level first). */
    static JsonNode field(String out, String name) {
        JsonNode value = read(out).findValue(name);
        assertNotNull(value, name + " missing from " + out);
        return value;
    }

    static double number(String out, String name) {
        JsonNode v = field(out, name);
        assertTrue(v.isNumber(), name + " is not a number in " + out);
        return v.asDouble();
    }

    static String text(String out, String name) {
        JsonNode v = field(out, name);
        assertTrue(v.isTextual(), name + " is not text in " + out);
        return v.asText();
    }

    static boolean flag(String out, String name) {
        JsonNode v = field(out, name);
        assertTrue(v.isBoolean(), name + " is not true or false in " + out);
        return v.asBoolean();
    }
}
