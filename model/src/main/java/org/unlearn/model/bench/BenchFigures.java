package org.unlearn.model.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/** How the bench measures and writes its figures: times in milliseconds, medians, six significant digits. */
final class BenchFigures {
    private BenchFigures() {}

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** The median of the values; NaN for none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /** Six significant digits: enough for every figure, short enough to read. */
    static double round(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }
}
