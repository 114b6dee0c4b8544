package org.unlearn.model.kmeans;

/**
 * Per-cluster sums of points in 64-bit fixed point, with a scale chosen so that no sum of any subset of
 * the points can overflow. Integer sums are exact and order-free, so a cluster's sum can follow its
 * points as they move (subtract where one leaves, add where it arrives) and still equal a fresh sum
 * over the cluster, whichever thread added what in which order.
 */
final class ClusterSums {
    private final int k;
    private final int d;
    private final int fractionBits;
    private final double scale;
    private final long[] sums;
    private final double[] weights;
    private int moves;

    ClusterSums(int k, int d, int fractionBits) {
        this.k = k;
        this.d = d;
        this.fractionBits = fractionBits;
        this.scale = Math.scalb(1.0, fractionBits);
        this.sums = new long[k * d];
        this.weights = new double[k];
    }

    ClusterSums emptyLike() {
        return new ClusterSums(k, d, fractionBits);
    }

    /** Moves a point from cluster {@code from} (−1: none) to cluster {@code to}. */
    void move(Points points, int i, int from, int to) {
        if (from < 0) {
            add(points, i, to);
            return;
        }
        double w = points.weight(i);
        double[] x = points.row(i);
        int f = from * d;
        int t = to * d;
        for (int j = 0; j < d; j++) {
            long q = (long) (x[j] * w * scale);
            sums[f + j] -= q;
            sums[t + j] += q;
        }
        weights[from] -= w;
        weights[to] += w;
        moves++;
    }

    /** Adds a point that was in no cluster (the first pass) to cluster {@code to}. */
    private void add(Points points, int i, int to) {
        double w = points.weight(i);
        double[] x = points.row(i);
        int t = to * d;
        for (int j = 0; j < d; j++) {
            sums[t + j] += (long) (x[j] * w * scale);
        }
        weights[to] += w;
        moves++;
    }

    /** Points moved into, out of or between these sums' clusters so far. */
    int moves() {
        return moves;
    }

    void addAll(ClusterSums other) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += other.sums[i];
        }
        for (int c = 0; c < k; c++) {
            weights[c] += other.weights[c];
        }
    }

    double[] weights() {
        return weights.clone();
    }

    /** Each cluster's mean, or its old centre when it is empty. */
    double[][] means(Centroids old) {
        double[][] out = new double[k][];
        for (int c = 0; c < k; c++) {
            if (weights[c] > 0) {
                out[c] = new double[d];
                for (int j = 0; j < d; j++) {
                    out[c][j] = sums[c * d + j] / scale / weights[c];
                }
            } else {
                out[c] = old.centroid(c).clone();
            }
        }
        return out;
    }
}
