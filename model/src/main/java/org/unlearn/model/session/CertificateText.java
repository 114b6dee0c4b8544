package org.unlearn.model.session;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a certificate writes values: escaped, numbers to four significant digits, instants in UTC words. */
final class CertificateText {
    private CertificateText() {}

    static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
                    "d MMMM uuuu, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(java.time.ZoneOffset.UTC);

    static void row(StringBuilder s, String name, String value) {
        s.append("<tr><th>").append(esc(name)).append("</th><td>").append(value).append("</td></tr>\n");
    }

    static String rows(Map<String, Object> r) {
        List<?> ids = (List<?>) r.get("rows");
        String list = ids.size() <= 12
                ? ids.stream()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("")
                : ids.subList(0, 10).stream()
                                .map(String::valueOf)
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("") + ", … (" + (ids.size() - 10) + " more)";
        return ids.size() + (ids.size() == 1 ? " row (" : " rows (") + esc(list) + ")";
    }

    /** A count with its noun, singular for one: "1 row", "3 rows". */
    static String count(Object n, String one, String many) {
        return number(n) + " " + (asDouble(n) == 1 ? one : many);
    }

    /** How the rows were chosen, with a recorded column list in words: "the columns Age and Job". */
    static String selectedBy(Object recorded) {
        String s = String.valueOf(recorded);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("the columns \\[(.*)\\]").matcher(s);
        if (!m.find()) {
            return esc(s);
        }
        List<String> names = List.of(m.group(1).split(", "));
        String words = names.size() == 1
                ? "the column " + names.get(0)
                : "the columns " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                        + names.get(names.size() - 1);
        return esc(s.substring(0, m.start()) + words + s.substring(m.end()));
    }

    /** Text kept on one line (a case reference such as REF-001). */
    static String nb(Object v) {
        return "<span class=\"nb\">" + esc(v) + "</span>";
    }

    /** A quality figure's name for people (plain text, escaped where it is written). */
    static String metric(Object code) {
        return org.unlearn.model.verify.QualityWords.of(code);
    }

    /** A time that is not broken across lines. */
    static String whenKept(Object v) {
        return "<span class=\"nb\">" + when(v) + "</span>";
    }

    static String yes(Object b) {
        return Boolean.TRUE.equals(b) ? "yes" : "no";
    }

    static String code(Object v) {
        return "<code>" + esc(v) + "</code>";
    }

    static String number(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Number n) {
            return fmt(n.doubleValue());
        }
        return esc(v);
    }

    static String percent(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%.1f%%", 100 * n.doubleValue()) : "—";
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4g", v);
    }

    static double asDouble(Object v) {
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    /** An instant as people read it, to the second, in UTC; other text as it is. */
    static String when(Object v) {
        try {
            return WHEN.format(Instant.parse(String.valueOf(v)));
        } catch (java.time.format.DateTimeParseException e) {
            return esc(v);
        }
    }

    static String esc(Object v) {
        if (v == null) {
            return "";
        }
        String s = String.valueOf(v);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
