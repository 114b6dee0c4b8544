package org.unlearn.model.data;

import java.util.List;
import java.util.Optional;

/**
 * A text column whose values are all numbers written with digit-group separators or a decimal comma, in
 * one consistent form: {@code 1,234.5}, {@code 1.234,5}, {@code 1 234,5} (a space, no-break space or
 * apostrophe between groups), or {@code 3,5}. A lone {@code 1,234} is read as one thousand two hundred
 * and thirty-four, the English convention; a column that also holds {@code 3,5} or {@code 1.234,5} shows
 * the comma is decimal. Recognised from the distinct values only, so reading speed is untouched.
 */
record GroupedNumbers(double[] values, boolean integral, String style) {
    private static final String SPACES = " \u00a0\u202f'\u2019";

    /** Group separator(s), decimal mark, and how the form is described, in order of preference. */
    private record Form(String groups, char decimal, String described) {}

    private static final List<Form> FORMS = List.of(
            new Form(",", '.', "with ',' between thousands"),
            new Form(".", ',', "with a decimal comma and '.' between thousands"),
            new Form(SPACES, '.', "with spaces between thousands"),
            new Form(SPACES, ',', "with a decimal comma and spaces between thousands"));

    static Optional<GroupedNumbers> recognise(List<String> levels) {
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        for (Form form : FORMS) {
            double[] values = new double[levels.size()];
            boolean integral = true;
            boolean ok = true;
            for (int i = 0; i < values.length && ok; i++) {
                String plain = plain(levels.get(i).strip(), form);
                if (plain == null) {
                    ok = false;
                } else {
                    values[i] = Double.parseDouble(plain);
                    integral &= plain.indexOf('.') < 0;
                    ok = Double.isFinite(values[i]);
                }
            }
            if (ok) {
                return Optional.of(new GroupedNumbers(values, integral, form.described()));
            }
        }
        return Optional.empty();
    }

    /**
     * The number in Java's own spelling, or null when the text is not one in this form: an optional sign,
     * digits either ungrouped or in groups of three after a first group of one to three (not starting with
     * 0), then optionally the decimal mark and digits.
     */
    private static String plain(String s, Form form) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            out.append(s.charAt(i++));
        }
        int start = i;
        int run = 0;
        int groups = 0;
        char separator = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                run++;
            } else if (form.groups().indexOf(c) >= 0 && (separator == 0 || c == separator)) {
                boolean firstGroupOk = groups > 0 ? run == 3 : run >= 1 && run <= 3 && s.charAt(start) != '0';
                if (!firstGroupOk) {
                    return null;
                }
                separator = c;
                groups++;
                run = 0;
            } else {
                break;
            }
        }
        if (run == 0 || (groups > 0 && run != 3)) {
            return null;
        }
        if (i < n) {
            if (s.charAt(i) != form.decimal() || i == n - 1) {
                return null;
            }
            out.append('.');
            for (i++; i < n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
