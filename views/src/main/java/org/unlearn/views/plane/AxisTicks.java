package org.unlearn.views.plane;

import java.util.Locale;

/**
 * Round tick values for an axis range (steps of 1, 2 or 5 times a power of ten) and their labels, with
 * as many decimals as the step needs and no more, so neighbouring labels never read the same.
 */
public record AxisTicks(double[] values, String[] labels) {
    public AxisTicks {
        values = values.clone();
        labels = labels.clone();
    }

    /**
     * @param most how many ticks at most (the room on the axis divided by a label's width)
     */
    public static AxisTicks of(double min, double max, int most) {
        if (!(max > min) || most < 2) {
            return new AxisTicks(new double[0], new String[0]);
        }
        double step = step((max - min) / (most - 1));
        long first = (long) Math.ceil(min / step);
        long last = (long) Math.floor(max / step);
        int n = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] values = new double[n];
        String[] labels = new String[n];
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        for (int i = 0; i < n; i++) {
            values[i] = (first + i) * step;
            labels[i] = label(values[i], decimals);
        }
        return new AxisTicks(values, labels);
    }

    /** The smallest round step of at least {@code rough}. */
    static double step(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String label(double v, int decimals) {
        String text = String.format(Locale.ROOT, "%." + Math.min(decimals, 12) + "f", v);
        // "-0" and "-0.0" are zero; a minus sign would make a reader look twice.
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text.replace('-', '−');
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    public String label(int i) {
        return labels[i];
    }
}
