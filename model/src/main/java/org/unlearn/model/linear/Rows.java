package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.TrainingSet;

/**
 * Rows as a linear model sees them: x̃ = (x, 1), the constant last so the intercept is the last
 * parameter. The intercept is penalized like every weight (see docs/linear.md): the objective is then
 * λ-strongly convex, which the distance and certified-removal bounds rely on.
 */
final class Rows {
    private Rows() {}

    /** θᵀx̃ (from {@value Dot#WIDE_FROM} columns in {@link Dot}'s sixteen sums, which the Vector API runs as SIMD). */
    static double margin(double[] theta, double[] x) {
        if (x.length >= Dot.WIDE_FROM) {
            return theta[x.length] + Dot.BEST.dot(theta, x);
        }
        // four running sums: the loop is bound by the latency of an add, not by memory
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        int end = x.length - 3;
        for (; j < end; j += 4) {
            s0 += theta[j] * x[j];
            s1 += theta[j + 1] * x[j + 1];
            s2 += theta[j + 2] * x[j + 2];
            s3 += theta[j + 3] * x[j + 3];
        }
        for (; j < x.length; j++) {
            s0 += theta[j] * x[j];
        }
        return theta[x.length] + ((s0 + s1) + (s2 + s3));
    }

    /** out += a·x̃. */
    static void addScaled(double[] out, double a, double[] x) {
        for (int j = 0; j < x.length; j++) {
            out[j] += a * x[j];
        }
        out[x.length] += a;
    }

    /** The rows at some positions, each with its intercept's 1, as the columns of a (d+1) × k matrix. */
    static DMatrixRMaj columns(TrainingSet data, int[] positions) {
        int d1 = data.dimension() + 1;
        DMatrixRMaj u = new DMatrixRMaj(d1, positions.length);
        for (int c = 0; c < positions.length; c++) {
            double[] x = data.row(positions[c]);
            for (int j = 0; j < x.length; j++) {
                u.unsafe_set(j, c, x[j]);
            }
            u.unsafe_set(x.length, c, 1);
        }
        return u;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a * a;
        }
        return Math.sqrt(s);
    }

    /** ||x̃||² = ||x||² + 1. */
    static double squaredNorm(double[] x) {
        if (x.length >= Dot.WIDE_FROM) {
            return 1 + Dot.BEST.dot(x, x);
        }
        double s = 1;
        for (double a : x) {
            s += a * a;
        }
        return s;
    }
}
