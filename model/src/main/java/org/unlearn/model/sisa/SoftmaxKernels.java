package org.unlearn.model.sisa;

/**
 * The softmax's forward and backward sums over a mini-batch, several rows and classes at a time. Each score is
 * still its own chain of adds over the features in feature order (bias first), and each gradient entry its own
 * chain over the rows in batch order, exactly as the one-row, one-class loops: the same bits. What changes is
 * that four rows (and two classes) run side by side, so the processor works on eight independent chains
 * instead of waiting for each add before the next: on mnist_10k's 674 features the scores were ~85% of a
 * request's CPU, each add waiting ~4 cycles for the one before.
 */
final class SoftmaxKernels {
    private SoftmaxKernels() {}

    /**
     * Scores of the batch's rows {@code x[order[a + i]]}, i in [0, m), for classes [c0, c1) into
     * {@code s[c * stride + i]}; class c's weights are {@code w[c * (d + 1) ...]}, its bias last.
     */
    static void scores(
            double[] w, int d, double[][] x, int[] order, int a, int m, int c0, int c1, double[] s, int stride) {
        int c = c0;
        for (; c + 2 <= c1; c += 2) {
            int i = 0;
            for (; i + 4 <= m; i += 4) {
                twoClassesFourRows(w, d, x, order, a + i, c, s, stride, i);
            }
            for (; i < m; i++) {
                s[c * stride + i] = score(w, c * (d + 1), d, x[order[a + i]]);
                s[(c + 1) * stride + i] = score(w, (c + 1) * (d + 1), d, x[order[a + i]]);
            }
        }
        if (c < c1) {
            int i = 0;
            for (; i + 4 <= m; i += 4) {
                oneClassFourRows(w, d, x, order, a + i, c, s, stride, i);
            }
            for (; i < m; i++) {
                s[c * stride + i] = score(w, c * (d + 1), d, x[order[a + i]]);
            }
        }
    }

    private static double score(double[] w, int base, int d, double[] xi) {
        double z = w[base + d];
        for (int j = 0; j < d; j++) {
            z += w[base + j] * xi[j];
        }
        return z;
    }

    private static void twoClassesFourRows(
            double[] w, int d, double[][] x, int[] order, int at, int c, double[] s, int stride, int i) {
        double[] x0 = x[order[at]];
        double[] x1 = x[order[at + 1]];
        double[] x2 = x[order[at + 2]];
        double[] x3 = x[order[at + 3]];
        int p = c * (d + 1);
        int q = p + d + 1;
        double p0 = w[p + d];
        double p1 = p0;
        double p2 = p0;
        double p3 = p0;
        double q0 = w[q + d];
        double q1 = q0;
        double q2 = q0;
        double q3 = q0;
        for (int j = 0; j < d; j++) {
            double wp = w[p + j];
            double wq = w[q + j];
            double v0 = x0[j];
            double v1 = x1[j];
            double v2 = x2[j];
            double v3 = x3[j];
            p0 += wp * v0;
            p1 += wp * v1;
            p2 += wp * v2;
            p3 += wp * v3;
            q0 += wq * v0;
            q1 += wq * v1;
            q2 += wq * v2;
            q3 += wq * v3;
        }
        int sp = c * stride + i;
        int sq = sp + stride;
        s[sp] = p0;
        s[sp + 1] = p1;
        s[sp + 2] = p2;
        s[sp + 3] = p3;
        s[sq] = q0;
        s[sq + 1] = q1;
        s[sq + 2] = q2;
        s[sq + 3] = q3;
    }

    private static void oneClassFourRows(
            double[] w, int d, double[][] x, int[] order, int at, int c, double[] s, int stride, int i) {
        double[] x0 = x[order[at]];
        double[] x1 = x[order[at + 1]];
        double[] x2 = x[order[at + 2]];
        double[] x3 = x[order[at + 3]];
        int p = c * (d + 1);
        double p0 = w[p + d];
        double p1 = p0;
        double p2 = p0;
        double p3 = p0;
        for (int j = 0; j < d; j++) {
            double wp = w[p + j];
            p0 += wp * x0[j];
            p1 += wp * x1[j];
            p2 += wp * x2[j];
            p3 += wp * x3[j];
        }
        int sp = c * stride + i;
        s[sp] = p0;
        s[sp + 1] = p1;
        s[sp + 2] = p2;
        s[sp + 3] = p3;
    }

    /**
     * {@code grad[j] = Σ_i g[gi + i] · x[order[a + i]][j]} for j < d and {@code grad[d] = Σ_i g[gi + i]}, the rows
     * added in batch order to a zero start (four rows per pass over {@code grad}, their adds in the same order).
     */
    static void gradient(double[] g, int gi, double[][] x, int[] order, int a, int m, int d, double[] grad) {
        java.util.Arrays.fill(grad, 0, d + 1, 0);
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            double g0 = g[gi + i];
            double g1 = g[gi + i + 1];
            double g2 = g[gi + i + 2];
            double g3 = g[gi + i + 3];
            double[] x0 = x[order[a + i]];
            double[] x1 = x[order[a + i + 1]];
            double[] x2 = x[order[a + i + 2]];
            double[] x3 = x[order[a + i + 3]];
            for (int j = 0; j < d; j++) {
                grad[j] = grad[j] + g0 * x0[j] + g1 * x1[j] + g2 * x2[j] + g3 * x3[j];
            }
            grad[d] = grad[d] + g0 + g1 + g2 + g3;
        }
        for (; i < m; i++) {
            double gc = g[gi + i];
            double[] xi = x[order[a + i]];
            for (int j = 0; j < d; j++) {
                grad[j] += gc * xi[j];
            }
            grad[d] += gc;
        }
    }
}
