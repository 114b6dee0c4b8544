package org.unlearn.model.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A whole kept Q-k-means run, in flat arrays laid out iteration after iteration, so that replaying it
 * for a deletion walks memory in order. Iteration 0 holds the k-means++ seeds; iteration t ≥ 1 holds
 * the exact sums and sizes of the clusters the centroids of iteration t − 1 made, the phase of its
 * grid, the grid cells its centroids were quantized to, and the exact loss of assigning every row to
 * them. The run's shape (centroids, cells, phases) never changes; a certified deletion shares it and
 * replaces only the exact state (sums, sizes, losses).
 */
final class QHistory {
    final long[] seedKeys;
    final int k;
    final int d;
    final int last;
    final boolean stoppedEarly;
    final int best;
    final int rows;
    /** Centroid c of iteration t at (t·k + c)·d. */
    final double[] centroids;
    /** Squared norm of centroid c of iteration t at t·k + c. */
    final double[] norms;
    /** Grid cells, laid out as the centroids (zero for iteration 0). */
    final long[] cells;
    /** Phase of iteration t's grid at t·d (zero for iteration 0). */
    final double[] phases;
    /** Exact sums, laid out as the centroids (zero for iteration 0). */
    final ExactSums sums;
    /** Cluster sizes at t·k + c (zero for iteration 0). */
    final int[] sizes;
    /** Exact loss of iteration t at t. */
    final ExactSums losses;
    /** What a certified deletion reports, made once per run rather than on every deletion. */
    final String certifiedReason;

    private QHistory(
            long[] seedKeys,
            int k,
            int d,
            int last,
            boolean stoppedEarly,
            int best,
            int rows,
            double[] centroids,
            double[] norms,
            long[] cells,
            double[] phases,
            ExactSums sums,
            int[] sizes,
            ExactSums losses,
            String certifiedReason) {
        this.seedKeys = seedKeys;
        this.k = k;
        this.d = d;
        this.last = last;
        this.stoppedEarly = stoppedEarly;
        this.best = best;
        this.rows = rows;
        this.centroids = centroids;
        this.norms = norms;
        this.cells = cells;
        this.phases = phases;
        this.sums = sums;
        this.sizes = sizes;
        this.losses = losses;
        this.certifiedReason = certifiedReason;
    }

    /** A history read back from its stored state ({@link QKMeansState}). */
    static QHistory restore(
            long[] seedKeys,
            int k,
            int d,
            int last,
            boolean stoppedEarly,
            int best,
            int rows,
            double[] centroids,
            double[] norms,
            long[] cells,
            double[] phases,
            ExactSums sums,
            int[] sizes,
            ExactSums losses,
            String certifiedReason) {
        return new QHistory(
                seedKeys,
                k,
                d,
                last,
                stoppedEarly,
                best,
                rows,
                centroids,
                norms,
                cells,
                phases,
                sums,
                sizes,
                losses,
                certifiedReason);
    }

    int lastIteration() {
        return last;
    }

    double loss(int t) {
        return losses.value(t, ExactSums.LOSS_BITS);
    }

    /** The centroids of an iteration, one row each (copies). */
    double[][] centroidsOf(int t) {
        double[][] out = new double[k][];
        for (int c = 0; c < k; c++) {
            out[c] = Arrays.copyOfRange(centroids, (t * k + c) * d, (t * k + c + 1) * d);
        }
        return out;
    }

    /** The grid cells of an iteration, one row per centroid (copies). */
    long[][] cellsOf(int t) {
        long[][] out = new long[k][];
        for (int c = 0; c < k; c++) {
            out[c] = Arrays.copyOfRange(cells, (t * k + c) * d, (t * k + c + 1) * d);
        }
        return out;
    }

    /** The same run with new exact state: what a certified deletion leaves. */
    QHistory withExactState(ExactSums newSums, int[] newSizes, ExactSums newLosses, int newRows) {
        return new QHistory(
                seedKeys,
                k,
                d,
                last,
                stoppedEarly,
                best,
                newRows,
                centroids,
                norms,
                cells,
                phases,
                newSums,
                newSizes,
                newLosses,
                certifiedReason);
    }

    /** Identical seeds, centroids, cells, phases, exact sums, sizes and losses. */
    boolean sameAs(QHistory o) {
        return Arrays.equals(seedKeys, o.seedKeys)
                && k == o.k
                && d == o.d
                && last == o.last
                && stoppedEarly == o.stoppedEarly
                && best == o.best
                && rows == o.rows
                && Arrays.equals(centroids, o.centroids)
                && Arrays.equals(cells, o.cells)
                && Arrays.equals(phases, o.phases)
                && sums.equals(o.sums)
                && Arrays.equals(sizes, o.sizes)
                && losses.equals(o.losses);
    }

    /** Collects a run's iterations as they are computed, then lays them out. */
    static final class Builder {
        private final long[] seedKeys;
        private final int k;
        private final int d;
        private final List<double[]> centroids = new ArrayList<>();
        private final List<long[]> cells = new ArrayList<>();
        private final List<double[]> phases = new ArrayList<>();
        private final List<ExactSums> sums = new ArrayList<>();
        private final List<int[]> sizes = new ArrayList<>();
        private final List<ExactSums> losses = new ArrayList<>();

        Builder(long[] seedKeys, int k, int d) {
            this.seedKeys = seedKeys;
            this.k = k;
            this.d = d;
        }

        /** A builder holding iterations 0 .. count − 1 of a run (with its exact state as it is now). */
        static Builder prefix(QHistory h, int count) {
            Builder b = new Builder(h.seedKeys, h.k, h.d);
            for (int t = 0; t < count; t++) {
                int from = t * h.k * h.d;
                int to = from + h.k * h.d;
                ExactSums s = new ExactSums(h.k * h.d);
                s.copyFrom(h.sums, from, 0, h.k * h.d);
                ExactSums loss = new ExactSums(1);
                loss.copyFrom(h.losses, t, 0, 1);
                b.centroids.add(Arrays.copyOfRange(h.centroids, from, to));
                b.cells.add(Arrays.copyOfRange(h.cells, from, to));
                b.phases.add(Arrays.copyOfRange(h.phases, t * h.d, (t + 1) * h.d));
                b.sums.add(s);
                b.sizes.add(Arrays.copyOfRange(h.sizes, t * h.k, (t + 1) * h.k));
                b.losses.add(loss);
            }
            return b;
        }

        int size() {
            return centroids.size();
        }

        double[][] centroidsOf(int t) {
            double[][] out = new double[k][];
            for (int c = 0; c < k; c++) {
                out[c] = Arrays.copyOfRange(centroids.get(t), c * d, (c + 1) * d);
            }
            return out;
        }

        double loss(int t) {
            return losses.get(t).value(0, ExactSums.LOSS_BITS);
        }

        void setLoss(int t, ExactSums loss) {
            losses.set(t, loss);
        }

        /** The seeds: iteration 0. */
        void addSeeds(double[][] seeds) {
            add(seeds, null, null, null, null, new ExactSums(1));
        }

        /** Iteration t ≥ 1: its quantized centroids and cells, phase, cluster sums (c at c·d) and sizes, loss. */
        void add(
                double[][] quantized,
                long[][] grid,
                double[] phase,
                ExactSums clusterSums,
                int[] clusterSizes,
                ExactSums loss) {
            double[] flat = new double[k * d];
            long[] flatCells = new long[k * d];
            for (int c = 0; c < k; c++) {
                System.arraycopy(quantized[c], 0, flat, c * d, d);
                if (grid != null) {
                    System.arraycopy(grid[c], 0, flatCells, c * d, d);
                }
            }
            centroids.add(flat);
            cells.add(flatCells);
            phases.add(phase == null ? new double[d] : phase.clone());
            sums.add(clusterSums == null ? new ExactSums(k * d) : clusterSums);
            sizes.add(clusterSizes == null ? new int[k] : clusterSizes.clone());
            losses.add(loss);
        }

        QHistory build(boolean stoppedEarly, int best, int rows) {
            int count = centroids.size();
            double[] allCentroids = new double[count * k * d];
            double[] allNorms = new double[count * k];
            long[] allCells = new long[count * k * d];
            double[] allPhases = new double[count * d];
            ExactSums allSums = new ExactSums(count * k * d);
            int[] allSizes = new int[count * k];
            ExactSums allLosses = new ExactSums(count);
            for (int t = 0; t < count; t++) {
                System.arraycopy(centroids.get(t), 0, allCentroids, t * k * d, k * d);
                System.arraycopy(cells.get(t), 0, allCells, t * k * d, k * d);
                System.arraycopy(phases.get(t), 0, allPhases, t * d, d);
                allSums.copyFrom(sums.get(t), 0, t * k * d, k * d);
                System.arraycopy(sizes.get(t), 0, allSizes, t * k, k);
                allLosses.copyFrom(losses.get(t), 0, t, 1);
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    for (int j = 0; j < d; j++) {
                        double v = allCentroids[(t * k + c) * d + j];
                        s += v * v;
                    }
                    allNorms[t * k + c] = s;
                }
            }
            return new QHistory(
                    seedKeys,
                    k,
                    d,
                    count - 1,
                    stoppedEarly,
                    best,
                    rows,
                    allCentroids,
                    allNorms,
                    allCells,
                    allPhases,
                    allSums,
                    allSizes,
                    allLosses,
                    "certified: no centroid moves in any of " + (count - 1) + " iterations");
        }
    }
}
