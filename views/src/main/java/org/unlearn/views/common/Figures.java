package org.unlearn.views.common;

import java.time.Duration;
import java.util.Locale;

/** Numbers as the view shows them: always with their unit, never with more digits than they mean. */
public final class Figures {
    private Figures() {}

    /** A number as people type it: 0.05, 1, 0.0001, not 5.0E-2. */
    public static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v))
                .stripTrailingZeros()
                .toPlainString()
                .toLowerCase(Locale.ROOT);
    }

    /** Wall time in µs, ms or s, with two or three significant digits. */
    public static String duration(Duration d) {
        double micros = d.toNanos() / 1e3;
        if (micros < 1) {
            return "<1 µs";
        }
        if (micros < 1000) {
            return String.format(Locale.ROOT, micros < 10 ? "%.1f µs" : "%.0f µs", micros);
        }
        double millis = micros / 1e3;
        if (millis < 1000) {
            return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : millis < 100 ? "%.1f ms" : "%.0f ms", millis);
        }
        return String.format(Locale.ROOT, "%.2f s", millis / 1e3);
    }

    /** A share in [0, 1] as a percentage; a tiny share keeps two significant digits rather than reading "0%". */
    public static String percent(double share) {
        if (Double.isNaN(share)) {
            return "unknown";
        }
        double p = 100 * share;
        if (p == 0) {
            return "0%";
        }
        if (p < 0.001) {
            return "<0.001%";
        }
        if (p < 1) {
            return String.format(Locale.ROOT, "%.2g%%", p);
        }
        return String.format(Locale.ROOT, p < 10 ? "%.1f%%" : "%.0f%%", p);
    }

    /** How many times faster one duration is than another ("44×"); "1.3×" under ten. */
    public static String ratio(double times) {
        return String.format(Locale.ROOT, times < 10 ? "%.1f×" : "%,.0f×", times);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String rows(long n) {
        return count(n) + (n == 1 ? " row" : " rows");
    }

    /** A loss or a distance: four significant digits, enough to see a forgotten row's effect. */
    public static String value(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** A distance: three significant digits, without trailing zeros ("0.000322"). */
    public static String distance(double v) {
        String text = String.format(Locale.ROOT, "%.3g", v);
        return text.contains(".") && !text.contains("e")
                ? text.replaceAll("0+$", "").replaceAll("\\.$", "")
                : text;
    }

    /** Whether two lines say the same, whatever their case and separators: then one of them is enough. */
    public static boolean sameLine(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String line) {
        return line.toLowerCase(Locale.ROOT).replace(",", "").strip();
    }

    /** A change, signed ("−0.0047", "+0.012", "±0"). */
    public static String change(double delta) {
        if (delta == 0) {
            return "±0";
        }
        String magnitude = String.format(Locale.ROOT, "%.2g", Math.abs(delta));
        return (delta < 0 ? "−" : "+") + magnitude;
    }
}
