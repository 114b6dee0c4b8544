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
    record Run(
            double[][] centroids,
            double[] weights,
            int[] labels,
            int iterations,
            boolean converged,
            double loss,
            long work) {}

    /**
     * Centres from which Hamerly's bounds are kept. With fewer, a full pass (k products and picks per point)
     * costs no more than the bounds' own upkeep per point (two square roots and the distance to its own
     * centre, from a row read out of order): on Statlog shuttle (d = 9) the bounds made Lloyd 5–20% slower at
     * k = 3 and 7, switched themselves off at k = 10, and saved 14% at k = 14 and 27% at k = 20.
     */
    static final int PRUNE_FROM = 10;

    private Lloyd() {}

    static Run run(
            Points points,
            double[][] initial,
            int maxIterations,
            double tolerance,
            boolean parallel,
            Progress progress) {
        return run(points, initial, maxIterations, tolerance, parallel, true, progress);
    }

    /**
     * @param prune skip the points Hamerly's bounds prove cannot move (the result is the same either way;
     *              the tests compare the two)
     */
    static Run run(
            Points points,
            double[][] initial,
            int maxIterations,
            double tolerance,
            boolean parallel,
            boolean prune,
            Progress progress) {
        int n = points.size();
        int k = initial.length;
        int d = points.dimension();
        double tolAbs = tolerance > 0 ? tolerance * meanVariance(points, parallel) : 0;
        Centroids centres = new Centroids(initial, d);
        ClusterSums sums = new ClusterSums(k, d, points.fractionBits());
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        Bounds bounds = prune && k >= PRUNE_FROM ? new Bounds(points) : null;
        Bounds.Movement movement = null;
        // Filled afresh by every pass for the rows it assigns; allocated once per run, not per pass
        double[] d2 = new double[n];
        double[] second = bounds == null ? null : new double[n];
        long work = 0;
        int iterations = 0;
        boolean converged = false;
        for (int it = 1; it <= maxIterations; it++) {
            progress.checkCancelled();
            Pass pass = movement == null
                    ? Pass.full(points, centres, labels, sums, bounds, d2, second, parallel)
                    : Pass.pruned(points, centres, labels, sums, bounds, movement, d2, second, parallel);
            work += pass.work;
            if (movement != null && pass.unsettled * 2 > n) {
                bounds = null;
            }
            iterations = it;
            if (pass.changed == 0) {
                converged = true;
                break;
            }
            Centroids next = new Centroids(sums.means(centres), d);
            double[] shifts = centres.squaredShifts(next);
            double shift = 0;
            for (double s : shifts) {
                shift += s;
            }
            movement = bounds == null ? null : new Bounds.Movement(shifts, next);
            centres = next;
            progress.report(it / (double) maxIterations, "Lloyd iteration " + it);
            if (shift <= tolAbs) {
                converged = true;
                break;
            }
        }
        Pass last = Pass.full(points, centres, labels, sums, null, d2, null, parallel);
        work += last.work;
        return new Run(centres.copy(), sums.weights(), labels, iterations, converged, last.loss, work);
    }

    /**
     * One assignment pass: every point to its nearest centre. The cluster sums are then moved by the
     * points that changed cluster only, which late in a run is a few of them.
     */
    private static final class Pass {
        final int changed;
        final double loss;
        final long work;
        /** Points whose bounds did not settle them (all points in a full pass). */
        final int unsettled;

        private Pass(int changed, double loss, long work, int unsettled) {
            this.changed = changed;
            this.loss = loss;
            this.work = work;
            this.unsettled = unsettled;
        }

        /** Every distance computed; resets the bounds when there are any. */
        static Pass full(
                Points points,
                Centroids centres,
                int[] labels,
                ClusterSums sums,
                Bounds bounds,
                double[] d2,
                double[] second,
                boolean parallel) {
            int n = points.size();
            int blocks = Blocks.count(n);
            int[] changed = new int[blocks];
            double[] losses = new double[blocks];
            ClusterSums[] moves = new ClusterSums[blocks];
            double[] seconds = bounds == null ? null : second;
            double normBound = centres.largestNorm();
            if (bounds == null) {
                Blocks.forEach(n, parallel, centres::newProducts, (from, to, block, acc) -> {
                    ClusterSums delta = centres.reassign(points, from, to, labels, sums, losses, block, acc);
                    changed[block] = delta == null ? 0 : delta.moves();
                    moves[block] = delta;
                });
                return combine(sums, changed, losses, moves, (long) n * centres.count(), n);
            }
            Blocks.forEach(n, parallel, (from, to, block) -> {
                int[] before = java.util.Arrays.copyOfRange(labels, from, to);
                centres.assign(points, from, to, labels, d2, seconds);
                double loss = 0;
                for (int i = from; i < to; i++) {
                    loss += points.weight(i) * d2[i];
                    if (bounds != null) {
                        bounds.reset(i, d2[i], seconds[i], points.norm(i), normBound, points.dimension());
                    }
                }
                ClusterSums delta = moved(points, sums, labels, before, from, null, to - from);
                changed[block] = delta == null ? 0 : delta.moves();
                losses[block] = loss;
                moves[block] = delta;
            });
            return combine(sums, changed, losses, moves, (long) n * centres.count(), n);
        }

        /**
         * Distances only for the points the bounds cannot settle: first one distance to the point's own
         * centre, then, if the bound still does not hold, the exact kernel against every centre. The loss
         * is not known after such a pass (most distances were skipped).
         */
        static Pass pruned(
                Points points,
                Centroids centres,
                int[] labels,
                ClusterSums sums,
                Bounds bounds,
                Bounds.Movement movement,
                double[] blockD2,
                double[] blockSecond,
                boolean parallel) {
            int n = points.size();
            int k = centres.count();
            int blocks = Blocks.count(n);
            int[] changed = new int[blocks];
            long[] work = new long[blocks];
            int[] unsettledCount = new int[blocks];
            ClusterSums[] moves = new ClusterSums[blocks];
            Blocks.forEach(n, parallel, (from, to, block) -> {
                int[] unsettled = new int[to - from];
                int count = 0;
                long distances = 0;
                for (int i = from; i < to; i++) {
                    if (!bounds.keeps(i, labels[i], movement, centres, points)) {
                        unsettled[count++] = i;
                    }
                }
                distances += count;
                unsettledCount[block] = count;
                int[] before = java.util.Arrays.copyOfRange(labels, from, to);
                if (count * 2 > to - from) {
                    centres.assign(points, from, to, labels, blockD2, blockSecond);
                    count = to - from;
                    for (int i = from; i < to; i++) {
                        unsettled[i - from] = i;
                    }
                } else {
                    centres.assignRows(points, unsettled, count, labels, blockD2, blockSecond);
                }
                for (int u = 0; u < count; u++) {
                    int i = unsettled[u];
                    bounds.reset(i, blockD2[i], blockSecond[i], points.norm(i), movement.normBound, points.dimension());
                }
                ClusterSums delta = moved(points, sums, labels, before, from, unsettled, count);
                distances += (long) count * k;
                changed[block] = delta == null ? 0 : delta.moves();
                work[block] = distances;
                moves[block] = delta;
            });
            long total = 0;
            int unsettled = 0;
            for (int b = 0; b < blocks; b++) {
                total += work[b];
                unsettled += unsettledCount[b];
            }
            return combine(sums, changed, new double[blocks], moves, total, unsettled);
        }

        /**
         * The changes to the sums from the points that changed cluster: those among {@code rows[0 .. count)}
         * (or rows {@code from .. from + count} when rows is null) whose label differs from {@code before}
         * (indexed from {@code from}). Null when none did.
         */
        private static ClusterSums moved(
                Points points, ClusterSums sums, int[] labels, int[] before, int from, int[] rows, int count) {
            ClusterSums delta = null;
            for (int u = 0; u < count; u++) {
                int i = rows == null ? from + u : rows[u];
                int was = before[i - from];
                if (was != labels[i]) {
                    if (delta == null) {
                        delta = sums.emptyLike();
                    }
                    delta.move(points, i, was, labels[i]);
                }
            }
            return delta;
        }

        private static Pass combine(
                ClusterSums sums, int[] changed, double[] losses, ClusterSums[] moves, long work, int unsettled) {
            int moved = 0;
            double loss = 0;
            for (int b = 0; b < changed.length; b++) {
                moved += changed[b];
                loss += losses[b];
                if (moves[b] != null) {
                    sums.addAll(moves[b]);
                }
            }
            return new Pass(moved, loss, work, unsettled);
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
