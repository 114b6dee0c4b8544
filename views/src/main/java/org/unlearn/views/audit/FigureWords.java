package org.unlearn.views.audit;

import java.time.Duration;
import java.util.Locale;
import org.unlearn.views.common.Figures;

/**
 * A recorded request's numbers as the rest of the window writes them ({@link Figures}): times with their unit
 * and two or three digits, counts with thousands separators and their share, tiny distances as a power of ten
 * rather than "2.84161E-6". A value that is not a number (an older record) is shown as it was recorded.
 */
final class FigureWords {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private FigureWords() {}

    /** Milliseconds as the forget view writes a wall time: "867 µs", "24.0 ms", "1.20 s". */
    static String millis(Object ms) {
        return ms instanceof Number n
                ? Figures.duration(Duration.ofNanos(Math.round(n.doubleValue() * 1e6)))
                : ms + " ms";
    }

    /** Three significant digits ("0.000558"); under a ten-thousandth as "2.84 × 10⁻⁶". */
    static String small(Object v) {
        if (!(v instanceof Number n)) {
            return String.valueOf(v);
        }
        double x = n.doubleValue();
        if (x == 0 || !Double.isFinite(x) || Math.abs(x) >= 1e-4) {
            return Figures.distance(x);
        }
        String[] parts = String.format(Locale.ROOT, "%.2e", x).split("e");
        String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + " × 10" + superscript(Integer.parseInt(parts[1]));
    }

    /** "2,268 of 9,198,141 gradient steps (0.025%)". */
    static String work(Object done, Object full, Object unit) {
        String unitWords = unit == null ? "" : " " + unit;
        if (done instanceof Number d && full instanceof Number f) {
            String share = f.doubleValue() > 0 ? " (" + Figures.percent(d.doubleValue() / f.doubleValue()) + ")" : "";
            return Figures.count(d.longValue()) + " of " + Figures.count(f.longValue()) + unitWords + share;
        }
        return done + " of " + full + unitWords;
    }

    /** A quality score in the metric's words: accuracy as a percentage ("80.0%"), a loss with four digits. */
    static String quality(Object metric, Object value) {
        if (!(value instanceof Number n)) {
            return String.valueOf(value);
        }
        return "accuracy".equals(metric)
                ? String.format(Locale.ROOT, "%.1f%%", 100 * n.doubleValue())
                : Figures.value(n.doubleValue());
    }

    /** The metric's name in words ("k-means loss", not kmeans_loss). */
    static String metric(Object metric) {
        return org.unlearn.model.verify.QualityWords.of(metric);
    }

    /** A share in [0, 1] as a percentage with one decimal, as the certificate writes it. */
    static String share(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%.1f%%", 100 * n.doubleValue()) : String.valueOf(v);
    }

    /** An AUC, four significant digits. */
    static String score(Object v) {
        return v instanceof Number n ? Figures.value(n.doubleValue()) : String.valueOf(v);
    }

    private static String superscript(int exponent) {
        StringBuilder s = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }
}
