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
        ClusterSums sums = new ClusterSums(k, d, points.fractionBits());
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        long work = 0;
        int iterations = 0;
        boolean strict = false;
        boolean converged = false;
        Pass pass = null;
        for (int it = 1; it <= maxIterations; it++) {
            progress.checkCancelled();
            pass = Pass.run(points, centres, labels, sums, parallel);
            work += (long) n * k;
            iterations = it;
            if (pass.changed == 0) {
                strict = true;
                converged = true;
                break;
            }
            double[][] next = sums.means(centres);
            double shift = 0;
            for (int c = 0; c < k; c++) {
                shift += KeyedSeeding.distance(next[c], Centroids.squaredNorm(next[c]), centres.centroid(c),
                        Centroids.squaredNorm(centres.centroid(c)));
            }
            centres = new Centroids(next, d);
            progress.report(it / (double) maxIterations, "Lloyd iteration " + it);
            if (shift <= tolAbs) {
                converged = true;
                break;
            }
        }
        if (!strict) {
            pass = Pass.run(points, centres, labels, sums, parallel);
            work += (long) n * k;
        }
        return new Run(centres.copy(), sums.weights(), labels, iterations, converged, pass.loss, work);
    }

    /**
     * One assignment pass: every point to its nearest centre. The cluster sums are then moved by the
     * points that changed cluster only, which late in a run is a few of them.
     */
    private static final class Pass {
        final int changed;
        final double loss;

        private Pass(int changed, double loss) {
            this.changed = changed;
            this.loss = loss;
        }

        static Pass run(Points points, Centroids centres, int[] labels, ClusterSums sums, boolean parallel) {
            int n = points.size();
            int blocks = Blocks.count(n);
            int[] changed = new int[blocks];
            double[] losses = new double[blocks];
            ClusterSums[] moves = new ClusterSums[blocks];
            double[] d2 = new double[n];
            Blocks.forEach(n, parallel, (from, to, block) -> {
                int[] before = java.util.Arrays.copyOfRange(labels, from, to);
                centres.assign(points, from, to, labels, d2);
                double loss = 0;
                int moved = 0;
                ClusterSums delta = null;
                for (int i = from; i < to; i++) {
                    loss += points.weight(i) * d2[i];
                    int was = before[i - from];
                    if (was != labels[i]) {
                        if (delta == null) {
                            delta = sums.emptyLike();
                        }
                        delta.move(points, i, was, labels[i]);
                        moved++;
                    }
                }
                changed[block] = moved;
                losses[block] = loss;
                moves[block] = delta;
            });
            int moved = 0;
            double loss = 0;
            for (int b = 0; b < blocks; b++) {
                moved += changed[b];
                loss += losses[b];
                if (moves[b] != null) {
                    sums.addAll(moves[b]);
                }
            }
            return new Pass(moved, loss);
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
