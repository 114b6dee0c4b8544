package org.unlearn.model.sisa;

import java.util.Arrays;

/** A softmax constituent: per class a weight row and a bias, one flat array {@code k × (d + 1)}. */
final class SoftmaxWeights implements Constituent {
    private final double[] w;
    private final int k;
    private final int d;

    SoftmaxWeights(double[] w, int k, int d) {
        this.w = w;
        this.k = k;
        this.d = d;
    }

    int classes() {
        return k;
    }

    int dimension() {
        return d;
    }

    double[] copy() {
        return w.clone();
    }

    /** Writes the softmax of the class scores of x into p (max subtracted first, so nothing overflows). */
    static void scores(double[] w, int k, int d, double[] x, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            int base = c * (d + 1);
            double s = w[base + d];
            for (int j = 0; j < d; j++) {
                s += w[base + j] * x[j];
            }
            p[c] = s;
            max = Math.max(max, s);
        }
        Softmax.normalize(p, k, max);
    }

    @Override
    public void probabilities(double[] x, double[] out) {
        scores(w, k, d, x, out);
    }

    @Override
    public boolean sameAs(Constituent other) {
        return other instanceof SoftmaxWeights o && k == o.k && d == o.d && Arrays.equals(w, o.w);
    }

    @Override
    public double[] parameters() {
        return w.clone();
    }
}
