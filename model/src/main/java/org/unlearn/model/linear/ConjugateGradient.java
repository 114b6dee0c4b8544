package org.unlearn.model.linear;

/**
 * Conjugate gradients for A x = b with A symmetric positive definite, given only products A·v.
 * Deterministic: the same inputs give the same bits.
 */
final class ConjugateGradient {
    /** A symmetric positive definite operator. */
    interface Operator {
        double[] apply(double[] v);
    }

    /**
     * @param x          the approximate solution
     * @param iterations products with A taken
     * @param residual   ||b − A x|| as the recurrence tracks it
     */
    record Result(double[] x, int iterations, double residual) {}

    private ConjugateGradient() {}

    /**
     * From x = 0 until ||b − Ax|| ≤ tolerance or maxIterations products, preconditioned by the inverse
     * of A's diagonal when given (Jacobi, as LIBLINEAR's preconditioned trust-region Newton: it evens out
     * features of very different curvature, a few times fewer products on image data).
     */
    static Result solve(Operator a, double[] b, double tolerance, int maxIterations, double[] inverseDiagonal) {
        return solve(a, b, tolerance, maxIterations, r -> precondition(r, inverseDiagonal));
    }

    /** The same, with M⁻¹ given as an operator (M symmetric positive definite and close to A). */
    static Result solve(Operator a, double[] b, double tolerance, int maxIterations, Operator preconditioner) {
        int d = b.length;
        double[] x = new double[d];
        double[] r = b.clone();
        double[] z = preconditioner.apply(r);
        double[] p = z.clone();
        double rz = dot(r, z);
        double rr = dot(r, r);
        int it = 0;
        while (Math.sqrt(rr) > tolerance && it < maxIterations) {
            double[] ap = a.apply(p);
            it++;
            double pap = dot(p, ap);
            if (!(pap > 0)) {
                break;
            }
            double alpha = rz / pap;
            for (int j = 0; j < d; j++) {
                x[j] += alpha * p[j];
                r[j] -= alpha * ap[j];
            }
            rr = dot(r, r);
            z = preconditioner.apply(r);
            double next = dot(r, z);
            double beta = next / rz;
            rz = next;
            for (int j = 0; j < d; j++) {
                p[j] = z[j] + beta * p[j];
            }
        }
        return new Result(x, it, Math.sqrt(rr));
    }

    private static double[] precondition(double[] r, double[] inverseDiagonal) {
        if (inverseDiagonal == null) {
            return r.clone();
        }
        double[] z = new double[r.length];
        for (int j = 0; j < r.length; j++) {
            z[j] = r[j] * inverseDiagonal[j];
        }
        return z;
    }

    static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        int j = 0;
        for (; j + 1 < a.length; j += 2) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
        }
        if (j < a.length) {
            s0 += a[j] * b[j];
        }
        return s0 + s1;
    }
}
