package org.unlearn.model.kmeans;

import org.unlearn.model.util.Progress;

/**
 * Lloyd's iterations from given centres, as scikit-learn runs them: assign every point to its nearest
 * centre and move each centre to the (weighted) mean of its points, until the assignment stops changing
 * or the centres move less than the tolerance (relative to the data's mean feature variance), or the
 * iteration cap is reached. A centre that loses all its points stays where it was.
 *
 * <p>Deterministic: the result depends only on the points (in order), the starting centres and the
 * options, never on how many threads ran it.
 */
final class Lloyd {
    /**
     * @param centroids  the final centres
     * @param weights    the weight (row count when unweighted) of each final cluster
     * @param labels     each point's nearest final centre
     * @param iterations iterations run
     * @param converged  true when it stopped before the cap
     * @param loss       sum over points of weight × squared distance to the nearest final centre
     * @param work       point-centre distances computed
     */
    record Run(double[][] centroids, double[] weights, int[] labels, int iterations, boolean converged, double loss,
               long work) {
    }

    private Lloyd() {
    }

    static Run run(Points points, double[][] initial, int maxIterations, double tolerance, boolean parallel,
                   Progress progress) {
        int n = points.size();
        int k = initial.length;
        int d = points.dimension();
        double tolAbs = tolerance > 0 ? tolerance * meanVariance(points, parallel) : 0;
        Centroids centres = new Centroids(initial, d);
        int[] labels = new int[n];
        int[] previous = null;
        long work = 0;
        int iterations = 0;
        boolean strict = false;
        boolean converged = false;
        Step lastStep = null;
        for (int it = 1; it <= maxIterations; it++) {
            progress.checkCancelled();
            Step step = step(points, centres, labels, previous, parallel);
            lastStep = step;
            work += (long) n * k;
            iterations = it;
            double[][] next = step.means(centres);
            if (previous != null && step.changed == 0) {
                strict = true;
                converged = true;
                centres = new Centroids(next, d);
                break;
            }
            double shift = 0;
            for (int c = 0; c < k; c++) {
                shift += KeyedSeeding.distance(next[c], Centroids.squaredNorm(next[c]), centres.centroid(c),
                        Centroids.squaredNorm(centres.centroid(c)));
            }
            centres = new Centroids(next, d);
            if (previous == null) {
                previous = new int[n];
            }
            System.arraycopy(labels, 0, previous, 0, n);
            progress.report(it / (double) maxIterations, "Lloyd iteration " + it);
            if (shift <= tolAbs) {
                converged = true;
                break;
            }
        }
        Step last = lastStep;
        if (!strict) {
            last = step(points, centres, labels, null, parallel);
            work += (long) n * k;
        }
        return new Run(centres.copy(), last.weights, labels, iterations, converged, last.loss, work);
    }

    /** One pass: assign every point, and sum the points of each cluster block by block. */
    private static Step step(Points points, Centroids centres, int[] labels, int[] previous, boolean parallel) {
        int n = points.size();
        int k = centres.count();
        int d = points.dimension();
        int blocks = Blocks.count(n);
        double[][][] sums = new double[blocks][][];
        double[][] weights = new double[blocks][];
        int[] changed = new int[blocks];
        double[] losses = new double[blocks];
        double[] d2 = new double[n];
        Blocks.forEach(n, parallel, (from, to, block) -> {
            centres.assign(points, from, to, labels, d2);
            double[][] s = new double[k][d];
            double[] w = new double[k];
            int moved = 0;
            double loss = 0;
            for (int i = from; i < to; i++) {
                int c = labels[i];
                loss += points.weight(i) * d2[i];
                double wi = points.weight(i);
                double[] x = points.row(i);
                double[] sc = s[c];
                for (int j = 0; j < d; j++) {
                    sc[j] += wi * x[j];
                }
                w[c] += wi;
                if (previous != null && previous[i] != c) {
                    moved++;
                }
            }
            sums[block] = s;
            weights[block] = w;
            changed[block] = moved;
            losses[block] = loss;
        });
        double[][] total = new double[k][d];
        double[] weight = new double[k];
        int moved = 0;
        double loss = 0;
        for (int b = 0; b < blocks; b++) {
            loss += losses[b];
            for (int c = 0; c < k; c++) {
                double[] t = total[c];
                double[] s = sums[b][c];
                for (int j = 0; j < d; j++) {
                    t[j] += s[j];
                }
                weight[c] += weights[b][c];
            }
            moved += changed[b];
        }
        return new Step(total, weight, moved, loss);
    }

    /** What one pass found: per-cluster sums and weights, points that changed cluster, the assignment's loss. */
    private record Step(double[][] sums, double[] weights, int changed, double loss) {
        /** The new centres: each cluster's mean, or its old centre when it is empty. */
        double[][] means(Centroids old) {
            double[][] out = new double[sums.length][];
            for (int c = 0; c < sums.length; c++) {
                if (weights[c] > 0) {
                    out[c] = new double[sums[c].length];
                    for (int j = 0; j < out[c].length; j++) {
                        out[c][j] = sums[c][j] / weights[c];
                    }
                } else {
                    out[c] = old.centroid(c).clone();
                }
            }
            return out;
        }
    }

    /** Mean over features of the (weighted) variance: the scale scikit-learn's tolerance is relative to. */
    static double meanVariance(Points points, boolean parallel) {
        int n = points.size();
        int d = points.dimension();
        int blocks = Blocks.count(n);
        double[][] sums = new double[blocks][];
        double[][] squares = new double[blocks][];
        Blocks.forEach(n, parallel, (from, to, block) -> {
            double[] s = new double[d];
            double[] q = new double[d];
            for (int i = from; i < to; i++) {
                double w = points.weight(i);
                double[] x = points.row(i);
                for (int j = 0; j < d; j++) {
                    s[j] += w * x[j];
                    q[j] += w * x[j] * x[j];
                }
            }
            sums[block] = s;
            squares[block] = q;
        });
        double total = points.totalWeight();
        double variance = 0;
        for (int j = 0; j < d; j++) {
            double s = 0;
            double q = 0;
            for (int b = 0; b < blocks; b++) {
                s += sums[b][j];
                q += squares[b][j];
            }
            double mean = s / total;
            variance += Math.max(0, q / total - mean * mean);
        }
        return variance / d;
    }
}
