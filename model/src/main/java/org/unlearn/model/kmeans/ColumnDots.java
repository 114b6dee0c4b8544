package org.unlearn.model.kmeans;

/**
 * The kernel without the Vector API: a tile is column-major (one panel of {@link Points#TILE} rows), and
 * the inner loops run down the columns, long and contiguous, which the JIT vectorizes, four features a
 * pass over a chunk of columns that stays in cache across the centroids.
 */
final class ColumnDots extends TileDots {
    private static final int FEATURE_CHUNK = 32;
    private static final int ROW_CHUNK = 64;

    @Override
    int width() {
        return Points.TILE;
    }

    @Override
    int paddedRows(int len) {
        return Points.TILE;
    }

    @Override
    void dots(double[] tile, int len, int d, double[][] centroids, double[] transposed, int padded, double[] out) {
        int k = centroids.length;
        int w = Points.TILE;
        // With four features or more the first four start each sum from 0 (no pass clearing the products first)
        boolean fresh = d >= 4;
        if (!fresh) {
            java.util.Arrays.fill(out, 0, k * w, 0.0);
        }
        // On few features, rows in chunks whose columns and products stay in the first-level cache across the
        // centroids; on many, whole columns (short loops over many features cost more than the cache saves:
        // mnist_10k took 1.5x the CPU in chunks of 64)
        int chunk = d <= FEATURE_CHUNK ? ROW_CHUNK : w;
        for (int i0 = 0; i0 < len; i0 += chunk) {
            int i1 = Math.min(len, i0 + chunk);
            for (int j0 = 0; j0 < d; j0 += FEATURE_CHUNK) {
                int j1 = Math.min(d, j0 + FEATURE_CHUNK);
                int from = j0;
                if (fresh && j0 == 0) {
                    int c = 0;
                    for (; c + 2 <= k; c += 2) {
                        startFourTwice(out, c * w, i0, i1, tile, centroids[c], centroids[c + 1]);
                    }
                    for (; c < k; c++) {
                        startFour(out, c * w, i0, i1, tile, centroids[c]);
                    }
                    from = 4;
                }
                int c = 0;
                for (; c + 2 <= k; c += 2) {
                    addFeaturesTwice(out, c * w, i0, i1, tile, centroids[c], centroids[c + 1], from, j1);
                }
                for (; c < k; c++) {
                    addFeatures(out, c * w, i0, i1, tile, centroids[c], from, j1);
                }
            }
        }
    }

    /**
     * Features 0 .. 3 of rows i0 .. i1 times two centroids, written to out[a + i] and out[a + w + i]: the
     * first four steps of each sum, from 0, in feature order (the sums a cleared array and {@link #addFour}
     * give, bit for bit).
     */
    private static void startFourTwice(double[] out, int a, int i0, int i1, double[] tile, double[] p, double[] q) {
        int w = Points.TILE;
        int b = a + w;
        double p0 = p[0], p1 = p[1], p2 = p[2], p3 = p[3];
        double q0 = q[0], q1 = q[1], q2 = q[2], q3 = q[3];
        for (int i = i0; i < i1; i++) {
            double x0 = tile[i];
            double x1 = tile[w + i];
            double x2 = tile[2 * w + i];
            double x3 = tile[3 * w + i];
            double s = Math.fma(p0, x0, 0.0);
            double t = Math.fma(q0, x0, 0.0);
            s = Math.fma(p1, x1, s);
            t = Math.fma(q1, x1, t);
            s = Math.fma(p2, x2, s);
            t = Math.fma(q2, x2, t);
            out[a + i] = Math.fma(p3, x3, s);
            out[b + i] = Math.fma(q3, x3, t);
        }
    }

    /** {@link #startFourTwice} for one centroid. */
    private static void startFour(double[] out, int a, int i0, int i1, double[] tile, double[] p) {
        int w = Points.TILE;
        double p0 = p[0], p1 = p[1], p2 = p[2], p3 = p[3];
        for (int i = i0; i < i1; i++) {
            double s = Math.fma(p0, tile[i], 0.0);
            s = Math.fma(p1, tile[w + i], s);
            s = Math.fma(p2, tile[2 * w + i], s);
            out[a + i] = Math.fma(p3, tile[3 * w + i], s);
        }
    }

    /**
     * {@link #addFeatures} for two centroids at once (the second's products at out[a + w + i]): each column
     * read feeds both, and every product is still summed in feature order, so the sums are the same bit for bit.
     */
    private static void addFeaturesTwice(
            double[] out, int a, int i0, int i1, double[] tile, double[] p, double[] q, int j0, int j1) {
        int w = Points.TILE;
        int b = a + w;
        int j = j0;
        int fours = j1 - j0 >= 5 && (j1 - j0) % 4 == 1 ? j1 - 5 : j1;
        for (; j + 4 <= fours; j += 4) {
            int x = j * w;
            double p0 = p[j], p1 = p[j + 1], p2 = p[j + 2], p3 = p[j + 3];
            double q0 = q[j], q1 = q[j + 1], q2 = q[j + 2], q3 = q[j + 3];
            for (int i = i0; i < i1; i++) {
                double x0 = tile[x + i];
                double x1 = tile[x + w + i];
                double x2 = tile[x + 2 * w + i];
                double x3 = tile[x + 3 * w + i];
                double s = Math.fma(p0, x0, out[a + i]);
                double t = Math.fma(q0, x0, out[b + i]);
                s = Math.fma(p1, x1, s);
                t = Math.fma(q1, x1, t);
                s = Math.fma(p2, x2, s);
                t = Math.fma(q2, x2, t);
                out[a + i] = Math.fma(p3, x3, s);
                out[b + i] = Math.fma(q3, x3, t);
            }
        }
        if (j + 5 == j1) {
            int x = j * w;
            double p0 = p[j], p1 = p[j + 1], p2 = p[j + 2], p3 = p[j + 3], p4 = p[j + 4];
            double q0 = q[j], q1 = q[j + 1], q2 = q[j + 2], q3 = q[j + 3], q4 = q[j + 4];
            for (int i = i0; i < i1; i++) {
                double x0 = tile[x + i];
                double x1 = tile[x + w + i];
                double x2 = tile[x + 2 * w + i];
                double x3 = tile[x + 3 * w + i];
                double x4 = tile[x + 4 * w + i];
                double s = Math.fma(p0, x0, out[a + i]);
                double t = Math.fma(q0, x0, out[b + i]);
                s = Math.fma(p1, x1, s);
                t = Math.fma(q1, x1, t);
                s = Math.fma(p2, x2, s);
                t = Math.fma(q2, x2, t);
                s = Math.fma(p3, x3, s);
                t = Math.fma(q3, x3, t);
                out[a + i] = Math.fma(p4, x4, s);
                out[b + i] = Math.fma(q4, x4, t);
            }
            j = j1;
        }
        for (; j < j1; j++) {
            double p0 = p[j];
            double q0 = q[j];
            int x0 = j * w;
            for (int i = i0; i < i1; i++) {
                double x = tile[x0 + i];
                out[a + i] = Math.fma(p0, x, out[a + i]);
                out[b + i] = Math.fma(q0, x, out[b + i]);
            }
        }
    }

    /** Features j0 .. j1 of rows i0 .. i1 times one centroid, added to out[a + i] in feature order. */
    private static void addFeatures(
            double[] out, int a, int i0, int i1, double[] tile, double[] centroid, int j0, int j1) {
        int w = Points.TILE;
        int j = j0;
        // A lone last feature rides with the four before it: one pass over out[] fewer (d = 9: two, not three)
        int fours = j1 - j0 >= 5 && (j1 - j0) % 4 == 1 ? j1 - 5 : j1;
        for (; j + 4 <= fours; j += 4) {
            addFour(out, a, i0, i1, tile, j * w, centroid[j], centroid[j + 1], centroid[j + 2], centroid[j + 3]);
        }
        if (j + 5 == j1) {
            addFive(out, a, i0, i1, tile, j * w, centroid, j);
            j = j1;
        }
        for (; j < j1; j++) {
            double c0 = centroid[j];
            int x0 = j * w;
            for (int i = i0; i < i1; i++) {
                out[a + i] = Math.fma(c0, tile[x0 + i], out[a + i]);
            }
        }
    }

    /** Features j .. j + 4 (columns from x on), in feature order: {@link #addFour} and one more. */
    private static void addFive(double[] out, int a, int i0, int i1, double[] tile, int x, double[] centroid, int j) {
        int w = Points.TILE;
        double c0 = centroid[j];
        double c1 = centroid[j + 1];
        double c2 = centroid[j + 2];
        double c3 = centroid[j + 3];
        double c4 = centroid[j + 4];
        for (int i = i0; i < i1; i++) {
            double s = Math.fma(c0, tile[x + i], out[a + i]);
            s = Math.fma(c1, tile[x + w + i], s);
            s = Math.fma(c2, tile[x + 2 * w + i], s);
            s = Math.fma(c3, tile[x + 3 * w + i], s);
            out[a + i] = Math.fma(c4, tile[x + 4 * w + i], s);
        }
    }

    /** Features x .. x + 3 (columns at x, x + w, x + 2w, x + 3w) into out[a ..], in feature order. */
    private static void addFour(
            double[] out, int a, int i0, int i1, double[] tile, int x, double c0, double c1, double c2, double c3) {
        int w = Points.TILE;
        for (int i = i0; i < i1; i++) {
            double s = Math.fma(c0, tile[x + i], out[a + i]);
            s = Math.fma(c1, tile[x + w + i], s);
            s = Math.fma(c2, tile[x + 2 * w + i], s);
            out[a + i] = Math.fma(c3, tile[x + 3 * w + i], s);
        }
    }
}
