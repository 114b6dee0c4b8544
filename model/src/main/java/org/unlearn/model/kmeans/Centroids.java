package org.unlearn.model.kmeans;

/**
 * A fixed set of centroids and the nearest-centroid kernel over them. Distances are computed as
 * ||x||² + ||c||² − 2 x·c. The bulk path streams the points' column-major tiles (a long, vectorizable
 * inner loop per feature); the single-row path accumulates one row against four centroids side by side.
 * Both add every dot product's terms one at a time in feature order, so a row's result is the same
 * function of that row alone whichever path computes it: a single row re-checked later gets exactly the
 * distances the training pass got.
 */
final class Centroids {
    /** Features per pass over a tile, so the tile's slice stays in cache across the centroids. */
    private static final int FEATURE_CHUNK = 32;

    private final double[][] centroids;
    private final double[] norms;
    private final int dimension;

    /** @param centroids one row each, not copied and never modified */
    Centroids(double[][] centroids, int dimension) {
        this.centroids = centroids;
        this.dimension = dimension;
        this.norms = new double[centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            norms[c] = squaredNorm(centroids[c]);
        }
    }

    static double squaredNorm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return s;
    }

    int count() {
        return centroids.length;
    }

    double[] centroid(int c) {
        return centroids[c];
    }

    /** Deep copy of the centroids, for callers outside the engine. */
    double[][] copy() {
        double[][] out = new double[centroids.length][];
        for (int c = 0; c < out.length; c++) {
            out[c] = centroids[c].clone();
        }
        return out;
    }

    /** Index of the nearest centroid to a row (the lowest index on a tie). */
    int nearest(double[] x, double xNorm) {
        return nearest(x, xNorm, null, 0);
    }

    /** Index of the nearest centroid to a row; its squared distance goes to {@code d2[at]} unless d2 is null. */
    int nearest(double[] x, double xNorm, double[] d2, int at) {
        double[] scores = new double[centroids.length];
        dots(x, scores);
        return pick(scores, xNorm, d2, at);
    }

    /**
     * ||x − c||² for one centroid, summed four features at a time: faster than the kernel's order and so
     * not bit for bit the kernel's value, for bounds that carry a margin for rounding.
     */
    double roughDistance(double[] x, double xNorm, int c) {
        double[] a = centroids[c];
        int d = dimension;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 4 <= d; j += 4) {
            s0 += x[j] * a[j];
            s1 += x[j + 1] * a[j + 1];
            s2 += x[j + 2] * a[j + 2];
            s3 += x[j + 3] * a[j + 3];
        }
        for (; j < d; j++) {
            s0 += x[j] * a[j];
        }
        return Math.max(0, xNorm + norms[c] - 2 * ((s0 + s1) + (s2 + s3)));
    }

    /** How far each centroid moved on the way to {@code after}, squared (summed as differences, not dots). */
    double[] squaredShifts(Centroids after) {
        double[] out = new double[centroids.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = squaredDistance(centroids[c], after.centroids[c]);
        }
        return out;
    }

    /** ||a − b||² summed as differences: accurate for near points, where the dot-product form cancels. */
    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double v = a[j] - b[j];
            s += v * v;
        }
        return s;
    }

    /** The largest squared norm of a centroid. */
    double largestNorm() {
        double m = 0;
        for (double v : norms) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * Assigns rows [from, to) of the points: the nearest centroid's index into {@code labels} and, when
     * {@code d2} is not null, its squared distance.
     */
    void assign(Points points, int from, int to, int[] labels, double[] d2) {
        assign(points, from, to, labels, d2, null);
    }

    /**
     * As {@link #assign(Points, int, int, int[], double[])}, and when {@code second} is not null, each row's
     * squared distance to its second-nearest centroid (infinite when there is one centroid).
     */
    void assign(Points points, int from, int to, int[] labels, double[] d2, double[] second) {
        if (from % Points.TILE != 0) {
            throw new IllegalArgumentException("assignment must start on a tile boundary, not at row " + from);
        }
        Scratch scratch = new Scratch(centroids.length, second != null);
        for (int start = from; start < to; start += Points.TILE) {
            int len = Math.min(to, start + Points.TILE) - start;
            tileDots(points.tile(start / Points.TILE), len, scratch.acc);
            scratch.pickAll(norms, len);
            for (int i = 0; i < len; i++) {
                scratch.write(i, start + i, points.norm(start + i), labels, d2, second);
            }
        }
    }

    /**
     * The same as {@link #assign} for chosen rows of the points (any order, any count): they are gathered
     * into a scratch tile first, so a few scattered rows still get the kernel's speed and its exact sums.
     */
    void assignRows(Points points, int[] rows, int count, int[] labels, double[] d2, double[] second) {
        Scratch scratch = new Scratch(centroids.length, second != null);
        double[][] tile = new double[dimension][Points.TILE];
        for (int s = 0; s < count; s += Points.TILE) {
            int len = Math.min(Points.TILE, count - s);
            for (int i0 = 0; i0 < len; i0 += 8) {
                int i1 = Math.min(len, i0 + 8);
                for (int j = 0; j < dimension; j++) {
                    double[] column = tile[j];
                    for (int i = i0; i < i1; i++) {
                        column[i] = points.row(rows[s + i])[j];
                    }
                }
            }
            tileDots(tile, len, scratch.acc);
            scratch.pickAll(norms, len);
            for (int i = 0; i < len; i++) {
                int row = rows[s + i];
                scratch.write(i, row, points.norm(row), labels, d2, second);
            }
        }
    }

    /** Per-tile working arrays: dot products, then each row's best and second-best score and label. */
    private static final class Scratch {
        final double[][] acc;
        final double[] best = new double[Points.TILE];
        final double[] next;
        final int[] label = new int[Points.TILE];

        Scratch(int k, boolean second) {
            acc = new double[k][Points.TILE];
            next = second ? new double[Points.TILE] : null;
        }

        /** The first smallest score ||c||² − 2 x·c per row, and the second smallest when asked. */
        void pickAll(double[] norms, int len) {
            double n0 = norms[0];
            double[] a0 = acc[0];
            for (int i = 0; i < len; i++) {
                best[i] = n0 - 2 * a0[i];
                label[i] = 0;
            }
            if (next != null) {
                java.util.Arrays.fill(next, 0, len, Double.POSITIVE_INFINITY);
            }
            for (int c = 1; c < acc.length; c++) {
                double nc = norms[c];
                double[] a = acc[c];
                for (int i = 0; i < len; i++) {
                    double score = nc - 2 * a[i];
                    if (score < best[i]) {
                        if (next != null) {
                            next[i] = best[i];
                        }
                        best[i] = score;
                        label[i] = c;
                    } else if (next != null && score < next[i]) {
                        next[i] = score;
                    }
                }
            }
        }

        void write(int i, int row, double xNorm, int[] labels, double[] d2, double[] second) {
            labels[row] = label[i];
            if (d2 != null) {
                d2[row] = Math.max(0, xNorm + best[i]);
            }
            if (second != null) {
                second[row] = Math.max(0, xNorm + next[i]);
            }
        }
    }

    /**
     * x·c for every row of a tile and every centroid, into {@code acc[c][i]}. The inner loops run down
     * the tile's columns (long, contiguous, vectorizable), four features a pass; each dot product still
     * adds its terms one at a time in feature order, so it equals {@link #dots} bit for bit.
     */
    private void tileDots(double[][] tile, int len, double[][] acc) {
        int k = centroids.length;
        int d = dimension;
        for (int c = 0; c < k; c++) {
            java.util.Arrays.fill(acc[c], 0, len, 0.0);
        }
        for (int j0 = 0; j0 < d; j0 += FEATURE_CHUNK) {
            int j1 = Math.min(d, j0 + FEATURE_CHUNK);
            for (int c = 0; c < k; c++) {
                double[] centroid = centroids[c];
                double[] a = acc[c];
                int j = j0;
                for (; j + 4 <= j1; j += 4) {
                    addFour(a, len, centroid[j], tile[j], centroid[j + 1], tile[j + 1], centroid[j + 2], tile[j + 2],
                            centroid[j + 3], tile[j + 3]);
                }
                for (; j < j1; j++) {
                    addOne(a, len, centroid[j], tile[j]);
                }
            }
        }
    }

    /** a[i] += c0·x0[i], then c1·x1[i], c2·x2[i], c3·x3[i], in that order. */
    private static void addFour(double[] a, int len, double c0, double[] x0, double c1, double[] x1, double c2,
                                double[] x2, double c3, double[] x3) {
        for (int i = 0; i < len; i++) {
            a[i] = (((a[i] + c0 * x0[i]) + c1 * x1[i]) + c2 * x2[i]) + c3 * x3[i];
        }
    }

    private static void addOne(double[] a, int len, double c0, double[] x0) {
        for (int i = 0; i < len; i++) {
            a[i] += c0 * x0[i];
        }
    }

    /** Turns dot products into ||c||² − 2 x·c, picks the smallest and records its distance. */
    private int pick(double[] scores, double xNorm, double[] d2, int at) {
        int best = 0;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int c = 0; c < scores.length; c++) {
            double s = norms[c] - 2 * scores[c];
            if (s < bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (d2 != null) {
            d2[at] = Math.max(0, xNorm + bestScore);
        }
        return best;
    }

    /** x·c for every centroid c, four at a time. */
    private void dots(double[] x, double[] out) {
        int k = centroids.length;
        int d = dimension;
        int c = 0;
        for (; c + 4 <= k; c += 4) {
            double[] a = centroids[c];
            double[] b = centroids[c + 1];
            double[] e = centroids[c + 2];
            double[] f = centroids[c + 3];
            double sa = 0;
            double sb = 0;
            double se = 0;
            double sf = 0;
            for (int j = 0; j < d; j++) {
                double xj = x[j];
                sa += xj * a[j];
                sb += xj * b[j];
                se += xj * e[j];
                sf += xj * f[j];
            }
            out[c] = sa;
            out[c + 1] = sb;
            out[c + 2] = se;
            out[c + 3] = sf;
        }
        for (; c < k; c++) {
            double[] a = centroids[c];
            double sa = 0;
            for (int j = 0; j < d; j++) {
                sa += x[j] * a[j];
            }
            out[c] = sa;
        }
    }
}
