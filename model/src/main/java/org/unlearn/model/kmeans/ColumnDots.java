package org.unlearn.model.kmeans;

/**
 * The kernel without the Vector API: a tile is column-major (one panel of {@link Points#TILE} rows), and
 * the inner loops run down the columns, long and contiguous, which the JIT vectorizes, four features a
 * pass over a chunk of columns that stays in cache across the centroids.
 */
final class ColumnDots extends TileDots {
    private static final int FEATURE_CHUNK = 32;

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
        java.util.Arrays.fill(out, 0, k * w, 0.0);
        for (int j0 = 0; j0 < d; j0 += FEATURE_CHUNK) {
            int j1 = Math.min(d, j0 + FEATURE_CHUNK);
            for (int c = 0; c < k; c++) {
                double[] centroid = centroids[c];
                int a = c * w;
                int j = j0;
                // A lone last feature rides with the four before it: one pass over out[] fewer (d = 9: two, not three)
                int fours = j1 - j0 >= 5 && (j1 - j0) % 4 == 1 ? j1 - 5 : j1;
                for (; j + 4 <= fours; j += 4) {
                    addFour(out, a, len, tile, j * w, centroid[j], centroid[j + 1], centroid[j + 2], centroid[j + 3]);
                }
                if (j + 5 == j1) {
                    addFive(out, a, len, tile, j * w, centroid, j);
                    j = j1;
                }
                for (; j < j1; j++) {
                    double c0 = centroid[j];
                    int x0 = j * w;
                    for (int i = 0; i < len; i++) {
                        out[a + i] = Math.fma(c0, tile[x0 + i], out[a + i]);
                    }
                }
            }
        }
    }

    /** Features j .. j + 4 (columns from x on), in feature order: {@link #addFour} and one more. */
    private static void addFive(double[] out, int a, int len, double[] tile, int x, double[] centroid, int j) {
        int w = Points.TILE;
        double c0 = centroid[j];
        double c1 = centroid[j + 1];
        double c2 = centroid[j + 2];
        double c3 = centroid[j + 3];
        double c4 = centroid[j + 4];
        for (int i = 0; i < len; i++) {
            double s = Math.fma(c0, tile[x + i], out[a + i]);
            s = Math.fma(c1, tile[x + w + i], s);
            s = Math.fma(c2, tile[x + 2 * w + i], s);
            s = Math.fma(c3, tile[x + 3 * w + i], s);
            out[a + i] = Math.fma(c4, tile[x + 4 * w + i], s);
        }
    }

    /** Features x .. x + 3 (columns at x, x + w, x + 2w, x + 3w) into out[a ..], in feature order. */
    private static void addFour(
            double[] out, int a, int len, double[] tile, int x, double c0, double c1, double c2, double c3) {
        int w = Points.TILE;
        for (int i = 0; i < len; i++) {
            double s = Math.fma(c0, tile[x + i], out[a + i]);
            s = Math.fma(c1, tile[x + w + i], s);
            s = Math.fma(c2, tile[x + 2 * w + i], s);
            out[a + i] = Math.fma(c3, tile[x + 3 * w + i], s);
        }
    }
}
