package org.unlearn.model.linear;

/** A dot product in one fixed order, so a solve gives the same bits wherever it runs. */
final class FourSums {
    private FourSums() {}

    /** Σ_{j < count} a[from + j] v[j] in four running sums by j mod 4, added as (s0 + s1) + (s2 + s3). */
    static double dot(double[] a, int from, double[] v, int count) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < count; j += 4) {
            s0 = Math.fma(a[from + j], v[j], s0);
            s1 = Math.fma(a[from + j + 1], v[j + 1], s1);
            s2 = Math.fma(a[from + j + 2], v[j + 2], s2);
            s3 = Math.fma(a[from + j + 3], v[j + 3], s3);
        }
        for (; j < count; j++) {
            s0 = Math.fma(a[from + j], v[j], s0);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
