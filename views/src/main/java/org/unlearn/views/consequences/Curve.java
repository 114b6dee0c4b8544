package org.unlearn.views.consequences;

import java.util.Arrays;

/**
 * One line of a consequences chart: a name for the legend and its points, x ascending.
 *
 * @param live true for the chain's own requests as they were made; false for a replay
 */
public record Curve(String name, boolean live, double[] x, double[] y) {
    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    /** The same line with every y replaced by the running sum up to it. */
    public Curve cumulative() {
        double[] sums = y.clone();
        for (int i = 1; i < sums.length; i++) {
            sums[i] += sums[i - 1];
        }
        return new Curve(name, live, x, sums);
    }

    /** The line without the points whose y is not a positive number (a log axis cannot draw them). */
    public Curve positive() {
        int n = 0;
        double[] px = new double[x.length];
        double[] py = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            if (y[i] > 0 && Double.isFinite(y[i])) {
                px[n] = x[i];
                py[n++] = y[i];
            }
        }
        return new Curve(name, live, Arrays.copyOf(px, n), Arrays.copyOf(py, n));
    }
}
