package org.unlearn.model.family;

import java.util.LinkedHashMap;
import java.util.Map;
import org.unlearn.model.BadInputException;

/** The text form of options: {@code name=value, name="a,b"}. */
final class OptionsText {
    private OptionsText() {}

    static String write(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, v) -> {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(name).append('=').append(needsQuotes(v) ? quote(v) : v);
        });
        return out.toString();
    }

    static Map<String, String> read(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String s = text == null ? "" : text;
        int i = 0;
        while (true) {
            i = skipSpaces(s, i);
            if (i >= s.length()) {
                return out;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                throw new BadInputException(
                        "options: \"" + s.substring(i).strip() + "\" has no value (write name=value)");
            }
            String name = s.substring(i, eq).strip();
            int j = skipSpaces(s, eq + 1);
            String value;
            if (j < s.length() && s.charAt(j) == '"') {
                StringBuilder v = new StringBuilder();
                j++;
                while (j < s.length() && s.charAt(j) != '"') {
                    if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                        j++;
                    }
                    v.append(s.charAt(j++));
                }
                if (j >= s.length()) {
                    throw new BadInputException("options: the value of " + name + " has no closing quote");
                }
                value = v.toString();
                j = skipSpaces(s, j + 1);
                if (j < s.length() && s.charAt(j) != ',') {
                    throw new BadInputException("options: a comma must follow the quoted value of " + name);
                }
            } else {
                int comma = s.indexOf(',', j);
                int end = comma < 0 ? s.length() : comma;
                value = s.substring(j, end).strip();
                j = end;
            }
            if (out.put(name, value) != null) {
                throw new BadInputException("options: " + name + " is given twice");
            }
            i = j + 1;
        }
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean needsQuotes(String v) {
        return v.isEmpty()
                || !v.equals(v.strip())
                || v.indexOf(',') >= 0
                || v.indexOf('"') >= 0
                || v.indexOf('=') >= 0
                || v.indexOf('\\') >= 0;
    }

    private static String quote(String v) {
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
