package org.unlearn.model.verify;

/** Distances between parameter vectors, as the approximate-deletion papers report them. */
public final class ParameterDistance {
    private ParameterDistance() {}

    public static double euclidean(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /**
     * ||θ_unlearned − θ_retrained|| / ||θ_full − θ_retrained||: 0 when unlearning is exact, 1 when it
     * did nothing at all. NaN when the deletion did not move the exact optimum.
     */
    public static double relative(double[] unlearned, double[] retrained, double[] full) {
        double denominator = euclidean(full, retrained);
        return denominator == 0 ? Double.NaN : euclidean(unlearned, retrained) / denominator;
    }
}
