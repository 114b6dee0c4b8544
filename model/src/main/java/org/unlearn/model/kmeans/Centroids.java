package org.unlearn.model.kmeans;

/**
 * A fixed set of centroids and the nearest-centroid kernel over them. Distances are computed as
 * ||x||² + ||c||² − 2 x·c. The bulk path streams the points' tiles through {@link TileDots}; the single-row
 * path accumulates one row against four centroids side by side. Both compute every dot product with one
 * fused multiply-add per feature in feature order, so a row's result is the same function of that row
 * alone whichever path computes it: a single row re-checked later gets exactly the distances the training
 * pass got, and retraining and unlearning, which both run this code, agree on every tie.
 */
final class Centroids {
    private final double[][] centroids;
    private final double[] norms;
    private final int dimension;
    /** Feature j of centroid c at j · padded + c, zeros past the last centroid: the kernel's broadcasts. */
    private final double[] transposed;

    private final int padded;

    /** @param centroids one row each, not copied and never modified */
    Centroids(double[][] centroids, int dimension) {
        this.centroids = centroids;
        this.dimension = dimension;
        this.norms = new double[centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            norms[c] = squaredNorm(centroids[c]);
        }
        this.padded = (centroids.length + 3) / 4 * 4;
        this.transposed = new double[padded * dimension];
        for (int c = 0; c < centroids.length; c++) {
            for (int j = 0; j < dimension; j++) {
                transposed[j * padded + c] = centroids[c][j];
            }
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

    /** Scratch for one tile's products, for {@link #reassign} and {@link #distances}: one per thread and pass. */
    double[] newProducts() {
        return new double[padded * Points.TILE];
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
        Scratch scratch = new Scratch(centroids.length, padded, second != null);
        for (int start = from; start < to; start += Points.TILE) {
            int len = Math.min(to, start + Points.TILE) - start;
            tileDots(points, points.tile(start / Points.TILE), len, scratch.acc);
            scratch.pickAll(norms, len);
            for (int i = 0; i < len; i++) {
                scratch.write(i, start + i, points.norm(start + i), labels, d2, second);
            }
        }
    }

    /**
     * A full assignment pass over rows [from, to) without distances kept: each row's nearest centroid goes to
     * {@code labels}, a row whose label changes is moved in {@code delta} (made from {@code sums} on the first
     * move; null while none moved) and the weighted squared distances are summed in row order. The same
     * labels and sums as {@link #assign} followed by a comparison with the old labels, in one pass per row:
     * no copy of the labels, and each row's k scores are picked in registers, not through per-row arrays.
     *
     * @param acc    scratch for the products, from {@link #newProducts} (any contents; reused across blocks)
     * @return the changes to the sums, null when no row changed cluster
     */
    ClusterSums reassign(
            Points points, int from, int to, int[] labels, ClusterSums sums, double[] loss, int at, double[] acc) {
        if (from % Points.TILE != 0) {
            throw new IllegalArgumentException("assignment must start on a tile boundary, not at row " + from);
        }
        int k = centroids.length;
        ClusterSums delta = null;
        double total = 0;
        for (int start = from; start < to; start += Points.TILE) {
            int len = Math.min(to, start + Points.TILE) - start;
            tileDots(points, points.tile(start / Points.TILE), len, acc);
            for (int i = 0; i < len; i++) {
                double best = norms[0] - 2 * acc[i];
                int label = 0;
                for (int c = 1, a = Points.TILE + i; c < k; c++, a += Points.TILE) {
                    double score = norms[c] - 2 * acc[a];
                    boolean nearer = score < best;
                    best = nearer ? score : best;
                    label = nearer ? c : label;
                }
                int row = start + i;
                total += points.weight(row) * Math.max(0, points.norm(row) + best);
                int was = labels[row];
                if (was != label) {
                    labels[row] = label;
                    if (delta == null) {
                        delta = sums.emptyLike();
                    }
                    delta.move(points, row, was, label);
                }
            }
        }
        loss[at] = total;
        return delta;
    }

    /**
     * Squared distances from rows [from, to) of the points to every centroid, {@code out[c][row]}, in the
     * arithmetic {@link #assign} gives the nearest one (||x||² + ||c||² − 2 x·c, clamped at 0).
     *
     * @param acc scratch for the products, from {@link #newProducts} (any contents; reused across blocks)
     */
    void distances(Points points, int from, int to, double[][] out, double[] acc) {
        if (from % Points.TILE != 0) {
            throw new IllegalArgumentException("distances must start on a tile boundary, not at row " + from);
        }
        for (int start = from; start < to; start += Points.TILE) {
            int len = Math.min(to, start + Points.TILE) - start;
            tileDots(points, points.tile(start / Points.TILE), len, acc);
            for (int c = 0; c < centroids.length; c++) {
                double nc = norms[c];
                double[] o = out[c];
                int a = c * Points.TILE;
                for (int i = 0; i < len; i++) {
                    o[start + i] = Math.max(0, points.norm(start + i) + (nc - 2 * acc[a + i]));
                }
            }
        }
    }

    /**
     * The same as {@link #assign} for chosen rows of the points (any order, any count): they are gathered
     * into a scratch tile first, so a few scattered rows still get the kernel's speed and its exact sums.
     */
    void assignRows(Points points, int[] rows, int count, int[] labels, double[] d2, double[] second) {
        Scratch scratch = new Scratch(centroids.length, padded, second != null);
        TileDots kernel = points.kernel();
        double[] tile = new double[kernel.paddedRows(Points.TILE) * dimension];
        for (int s = 0; s < count; s += Points.TILE) {
            int len = Math.min(Points.TILE, count - s);
            for (int i0 = 0; i0 < len; i0 += 8) {
                int i1 = Math.min(len, i0 + 8);
                for (int j = 0; j < dimension; j++) {
                    for (int i = i0; i < i1; i++) {
                        tile[kernel.index(i, j, dimension)] = points.row(rows[s + i])[j];
                    }
                }
            }
            tileDots(points, tile, len, scratch.acc);
            scratch.pickAll(norms, len);
            for (int i = 0; i < len; i++) {
                int row = rows[s + i];
                scratch.write(i, row, points.norm(row), labels, d2, second);
            }
        }
    }

    /** Per-tile working arrays: dot products, then each row's best and second-best score and label. */
    private static final class Scratch {
        /** x·c for row i of the tile at c · TILE + i. */
        final double[] acc;

        final int k;
        final double[] best = new double[Points.TILE];
        final double[] next;
        final int[] label = new int[Points.TILE];

        Scratch(int k, int padded, boolean second) {
            this.k = k;
            acc = new double[padded * Points.TILE];
            next = second ? new double[Points.TILE] : null;
        }

        /**
         * The first smallest score ||c||² − 2 x·c per row, and the second smallest when asked. Written without
         * branches (a row's nearest centre is unpredictable) and in two loops, so neither carries a test the
         * other path flips: the JIT keeps one compiled form of each.
         */
        void pickAll(double[] norms, int len) {
            double n0 = norms[0];
            for (int i = 0; i < len; i++) {
                best[i] = n0 - 2 * acc[i];
                label[i] = 0;
            }
            if (next == null) {
                pickBest(norms, len);
            } else {
                pickTwo(norms, len);
            }
        }

        private void pickBest(double[] norms, int len) {
            for (int c = 1; c < k; c++) {
                double nc = norms[c];
                int a = c * Points.TILE;
                for (int i = 0; i < len; i++) {
                    double score = nc - 2 * acc[a + i];
                    boolean nearer = score < best[i];
                    best[i] = nearer ? score : best[i];
                    label[i] = nearer ? c : label[i];
                }
            }
        }

        /** As the branching form: a nearer score demotes the best to second, else a score may be the second. */
        private void pickTwo(double[] norms, int len) {
            java.util.Arrays.fill(next, 0, len, Double.POSITIVE_INFINITY);
            for (int c = 1; c < k; c++) {
                double nc = norms[c];
                int a = c * Points.TILE;
                for (int i = 0; i < len; i++) {
                    double score = nc - 2 * acc[a + i];
                    double b = best[i];
                    boolean nearer = score < b;
                    // best ≤ next always, so the second after this centre is min(next, max(best, score))
                    double runnerUp = nearer ? b : score;
                    next[i] = runnerUp < next[i] ? runnerUp : next[i];
                    best[i] = nearer ? score : b;
                    label[i] = nearer ? c : label[i];
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

    private void tileDots(Points points, double[] tile, int len, double[] acc) {
        points.kernel().dots(tile, len, dimension, centroids, transposed, padded, acc);
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

    /** x·c for every centroid c, four at a time, in the kernel's arithmetic. */
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
                sa = Math.fma(xj, a[j], sa);
                sb = Math.fma(xj, b[j], sb);
                se = Math.fma(xj, e[j], se);
                sf = Math.fma(xj, f[j], sf);
            }
            out[c] = sa;
            out[c + 1] = sb;
            out[c + 2] = se;
            out[c + 3] = sf;
        }
        for (; c < k; c++) {
            double[] a = centroids[c];
            out[c] = TileDots.dot(x, a, d);
        }
    }
}
