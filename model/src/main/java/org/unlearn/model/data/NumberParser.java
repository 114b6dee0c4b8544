package org.unlearn.model.data;

/**
 * Parses a decimal number from a span of characters without making a String. Values whose digits fit
 * in 53 bits and whose decimal exponent is small are computed exactly (Clinger's fast path: one
 * correctly rounded multiplication or division of two exact doubles); anything else falls back to
 * {@link Double#parseDouble}. Not thread-safe: one parser per reading thread.
 */
final class NumberParser {
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    private static final long MAX_EXACT = 1L << 53;

    private double value;
    private boolean integral;

    /** The value parsed by the last successful {@link #parse}. */
    double value() {
        return value;
    }

    /** Whether the last parsed text was written as an integer (no point, no exponent). */
    boolean integral() {
        return integral;
    }

    /** Parses text[from, to) (surrounding spaces allowed); false when it is not a number. */
    boolean parse(char[] text, int from, int to) {
        while (from < to && text[from] == ' ') {
            from++;
        }
        while (to > from && text[to - 1] == ' ') {
            to--;
        }
        if (from == to) {
            return false;
        }
        int i = from;
        boolean negative = false;
        char c = text[i];
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
            if (i == to) {
                return false;
            }
        }
        long mantissa = 0;
        int digits = 0;
        int significant = 0;
        int dropped = 0;
        int exponent = 0;
        boolean point = false;
        boolean exp = false;
        for (; i < to; i++) {
            c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant < 18) {
                    if (mantissa != 0 || c != '0') {
                        significant++;
                    }
                    mantissa = mantissa * 10 + (c - '0');
                    if (point) {
                        exponent--;
                    }
                } else if (!point) {
                    dropped++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else if (c == 'e' || c == 'E') {
                exp = true;
                break;
            } else {
                return parseSpecial(text, from, to);
            }
        }
        if (digits == 0) {
            return parseSpecial(text, from, to);
        }
        if (exp) {
            i++;
            if (i == to) {
                return false;
            }
            boolean expNegative = false;
            if (text[i] == '-' || text[i] == '+') {
                expNegative = text[i] == '-';
                i++;
            }
            if (i == to) {
                return false;
            }
            int e = 0;
            for (; i < to; i++) {
                c = text[i];
                if (c < '0' || c > '9') {
                    return false;
                }
                if (e < 100000) {
                    e = e * 10 + (c - '0');
                }
            }
            exponent += expNegative ? -e : e;
        }
        integral = !point && !exp;
        exponent += dropped;
        if (significant < 18 && mantissa < MAX_EXACT && exponent >= -22 && exponent <= 22) {
            double m = mantissa;
            double v = exponent >= 0 ? m * POWERS[exponent] : m / POWERS[-exponent];
            value = negative ? -v : v;
            return true;
        }
        return parseSlow(text, from, to);
    }

    private boolean parseSlow(char[] text, int from, int to) {
        try {
            value = Double.parseDouble(new String(text, from, to - from));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean parseSpecial(char[] text, int from, int to) {
        String s = new String(text, from, to - from).toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "inf", "+inf", "infinity", "+infinity" -> value = Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> value = Double.NEGATIVE_INFINITY;
            default -> {
                return false;
            }
        }
        integral = false;
        return true;
    }
}
