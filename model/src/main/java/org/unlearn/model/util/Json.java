package org.unlearn.model.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON from maps, lists, strings, numbers and booleans, with Jackson, and reads it back. Maps keep their
 * iteration order (use a LinkedHashMap), non-finite numbers become null, integral doubles are written without a
 * fraction, enums as their lower-case names and anything else as its {@code toString()}. The compact form
 * is stable byte for byte (the audit trail hashes it).
 */
public final class Json {
    // A session's row ids and kept encoding are long strings in one file: no cap on a string's length.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

    private Json() {}

    public static String write(Object value) {
        return write(COMPACT, value);
    }

    /** Indented over several lines, for people. */
    public static String pretty(Object value) {
        return write(PRETTY, value);
    }

    /**
     * Reads JSON text into maps (insertion-ordered), lists, strings, longs (numbers without a fraction or
     * exponent), doubles, booleans and null: the kinds {@link #write} takes. Malformed text, or an integer
     * beyond a long, is an {@link IllegalArgumentException} naming the character offset.
     */
    public static Object read(String text) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            long at = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
            throw new IllegalArgumentException("JSON at character " + at + ": " + e.getOriginalMessage(), e);
        }
        if (tree.isMissingNode()) {
            throw new IllegalArgumentException("JSON at character " + text.length() + ": unexpected end");
        }
        return fromTree(tree);
    }

    /** Reads a JSON object, as {@link #read}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        if (!(read(text) instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (Map<String, Object>) m;
    }

    private static Object fromTree(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            n.properties().forEach(f -> out.put(f.getKey(), fromTree(f.getValue())));
            return out;
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>(n.size());
            n.forEach(item -> out.add(fromTree(item)));
            return out;
        }
        if (n.isIntegralNumber()) {
            if (!n.canConvertToLong()) {
                throw new IllegalArgumentException("JSON: number " + n + " is beyond a long");
            }
            return n.longValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return null;
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialize", e);
        }
    }

    /** The value as JSON's own kinds: maps, lists, strings, longs and doubles, booleans, null. */
    private static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                return null;
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((key, value) -> out.put(String.valueOf(key), plain(value)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            return list(c.toArray());
        }
        if (v instanceof int[] a) {
            return list(Arrays.stream(a).boxed().toArray());
        }
        if (v instanceof long[] a) {
            return list(Arrays.stream(a).boxed().toArray());
        }
        if (v instanceof double[] a) {
            return list(Arrays.stream(a).boxed().toArray());
        }
        if (v instanceof Object[] a) {
            return list(a);
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return v.toString();
    }

    private static List<Object> list(Object[] items) {
        List<Object> out = new ArrayList<>(items.length);
        for (Object item : items) {
            out.add(plain(item));
        }
        return out;
    }
}
