package org.unlearn.model.util;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON from maps, lists, strings, numbers and booleans. Maps keep their iteration order (use a
 * LinkedHashMap), non-finite numbers become null, integral doubles are written without a fraction.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, -1, 0);
        return out.toString();
    }

    /** Indented over several lines, for people. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 2, 0);
        return out.toString();
    }

    private static void write(Object v, StringBuilder out, int indent, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            quote(s, out);
        } else if (v instanceof Boolean b) {
            out.append(b);
        } else if (v instanceof Double || v instanceof Float) {
            number(((Number) v).doubleValue(), out);
        } else if (v instanceof Number n) {
            out.append(n.longValue());
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, indent, depth + 1);
                quote(String.valueOf(e.getKey()), out);
                out.append(indent >= 0 ? ": " : ":");
                write(e.getValue(), out, indent, depth + 1);
            }
            if (!first) {
                newline(out, indent, depth);
            }
            out.append('}');
        } else if (v instanceof Collection<?> c) {
            writeArray(c.toArray(), out, indent, depth);
        } else if (v instanceof int[] a) {
            writeArray(java.util.Arrays.stream(a).boxed().toArray(), out, -1, depth);
        } else if (v instanceof long[] a) {
            writeArray(java.util.Arrays.stream(a).boxed().toArray(), out, -1, depth);
        } else if (v instanceof double[] a) {
            writeArray(java.util.Arrays.stream(a).boxed().toArray(), out, -1, depth);
        } else if (v instanceof Object[] a) {
            writeArray(a, out, indent, depth);
        } else if (v instanceof Enum<?> e) {
            quote(e.name().toLowerCase(Locale.ROOT), out);
        } else {
            quote(v.toString(), out);
        }
    }

    private static void writeArray(Object[] items, StringBuilder out, int indent, int depth) {
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(indent >= 0 ? ", " : ",");
            }
            write(items[i], out, indent, depth + 1);
        }
        out.append(']');
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n');
            out.append(" ".repeat(indent * depth));
        }
    }

    private static void number(double d, StringBuilder out) {
        if (!Double.isFinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(d);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
