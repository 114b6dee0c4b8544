package org.unlearn.model.sisa;

/** Row positions ordered by one feature's value, equal values in position order (a stable merge sort). */
final class IndexSort {
    private IndexSort() {}

    static int[] byValue(double[][] x, int feature) {
        int n = x.length;
        double[] v = new double[n];
        int[] a = new int[n];
        for (int p = 0; p < n; p++) {
            a[p] = p;
            v[p] = x[p][feature];
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                merge(v, a, b, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n));
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** Merges a[lo, mid) and a[mid, hi) into b; on equal values (−0.0 equal to 0.0) the left run first. */
    private static void merge(double[] v, int[] a, int[] b, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && !(v[a[j]] < v[a[i]]))) {
                b[k] = a[i++];
            } else {
                b[k] = a[j++];
            }
        }
    }
}
