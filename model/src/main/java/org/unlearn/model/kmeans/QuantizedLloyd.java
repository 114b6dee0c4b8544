package org.unlearn.model.kmeans;

import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;

/**
 * The Q-k-means iterations (Ginart et al. 2019, Algorithm 2): Lloyd's iterations where every new
 * centroid is snapped to a grid of width ε with a fresh random phase per iteration, clusters smaller
 * than γn/k are pulled toward their previous centroid (as if padded with copies of it up to γn/k rows),
 * and the run stops as soon as the loss stops improving by more than the tolerance. Every iteration is
 * kept, exactly, so a deletion can later be checked against it.
 */
final class QuantizedLloyd {
    private static final long PHASE = RowKeys.purpose("qkmeans-phase");

    /** A run's result and the point-centroid distances it computed. */
    record Run(QHistory history, long work) {}

    private QuantizedLloyd() {}

    /** Seeds with keyed k-means++ and iterates from there. */
    static Run train(Points points, QKMeans.Options options, long seed, boolean parallel, Progress progress) {
        KeyedSeeding.Result seeds = KeyedSeeding.choose(points, options.k(), seed, parallel);
        QHistory.Builder kept = new QHistory.Builder(seeds.keys(), seeds.positions().length, points.dimension());
        kept.addSeeds(seeds.centres(points));
        Run run = resume(points, options, seed, kept, parallel, progress);
        return new Run(run.history(), run.work() + seeds.work());
    }

    /**
     * Continues a run whose iterations {@code 0 .. kept.size() − 1} are already right for these points
     * (their sums, sizes and losses describe these points): recomputes the assignment to the last kept
     * centroids and iterates on from there exactly as a fresh run would.
     */
    static Run resume(
            Points points,
            QKMeans.Options options,
            long seed,
            QHistory.Builder kept,
            boolean parallel,
            Progress progress) {
        int n = points.size();
        int d = points.dimension();
        int last = kept.size() - 1;
        double[][] previous = kept.centroidsOf(last);
        Pass pass = Pass.run(points, previous, parallel);
        kept.setLoss(last, pass.loss);
        long work = (long) n * pass.k;
        double balance = options.gamma() * n / options.k();
        boolean stopped = false;
        for (int t = last + 1; t <= options.maxIterations(); t++) {
            progress.checkCancelled();
            double[] phase = phase(seed, t, d);
            int k = pass.k;
            double[][] centroids = new double[k][];
            long[][] grid = new long[k][];
            for (int c = 0; c < k; c++) {
                double[] exact = centre(pass.sums, c * d, pass.sizes[c], balance, previous[c], 0, d);
                grid[c] = cells(exact, options.epsilon(), phase, 0);
                centroids[c] = onGrid(grid[c], options.epsilon(), phase);
            }
            Pass next = pass.next(points, centroids, parallel);
            work += (long) n * k;
            kept.add(centroids, grid, phase, pass.sums, pass.sizes, next.loss);
            pass = next;
            previous = centroids;
            progress.report(t / (double) options.maxIterations(), "Q-k-means iteration " + t);
            if (stops(kept.loss(t - 1), kept.loss(t), options.tolerance())) {
                stopped = true;
                break;
            }
        }
        int lastKept = kept.size() - 1;
        int best = lastKept == 0 ? 0 : best(lastKept, kept.loss(lastKept - 1), kept.loss(lastKept));
        return new Run(kept.build(stopped, best, n), work);
    }

    /** True when the loss stopped improving: it fell by no more than the tolerance's share. */
    static boolean stops(double previousLoss, double loss, double tolerance) {
        return previousLoss - loss <= tolerance * previousLoss;
    }

    /** The model is the better of the last two iterations' centroids (the earlier on a tie); last ≥ 1. */
    static int best(int last, double previousLoss, double lastLoss) {
        return lastLoss < previousLoss ? last : last - 1;
    }

    /** The data-free random phase of an iteration's grid, from the seed alone. */
    static double[] phase(long seed, int iteration, int d) {
        long purpose = RowKeys.mix(PHASE + iteration);
        double[] theta = new double[d];
        for (int j = 0; j < d; j++) {
            theta[j] = RowKeys.uniform(seed, purpose, j);
        }
        return theta;
    }

    /**
     * A cluster's new centroid before quantization: its mean, or, when it holds fewer than {@code balance}
     * rows, its mean padded with copies of its previous centroid up to {@code balance} rows. The sums are
     * read at {@code [sumsAt, sumsAt + d)} and the previous centroid at {@code [previousAt, previousAt + d)}.
     */
    static double[] centre(
            ExactSums sums, int sumsAt, int size, double balance, double[] previous, int previousAt, int d) {
        double[] c = new double[d];
        if (size >= balance && size > 0) {
            for (int j = 0; j < d; j++) {
                c[j] = sums.value(sumsAt + j, ExactSums.COORDINATE_BITS) / size;
            }
        } else if (size == 0) {
            System.arraycopy(previous, previousAt, c, 0, d);
        } else {
            for (int j = 0; j < d; j++) {
                c[j] = (sums.value(sumsAt + j, ExactSums.COORDINATE_BITS) + (balance - size) * previous[previousAt + j])
                        / balance;
            }
        }
        return c;
    }

    /** Q(c) = ε·(round(c/ε + θ − ½) − (θ − ½)): the grid cells of a centroid, θ read from {@code phaseAt}. */
    static long[] cells(double[] c, double epsilon, double[] phase, int phaseAt) {
        long[] g = new long[c.length];
        for (int j = 0; j < c.length; j++) {
            g[j] = (long) Math.rint(c[j] / epsilon + phase[phaseAt + j] - 0.5);
        }
        return g;
    }

    static double[] onGrid(long[] cells, double epsilon, double[] phase) {
        double[] c = new double[cells.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = epsilon * (cells[j] - (phase[j] - 0.5));
        }
        return c;
    }

    /**
     * One pass over the points with fixed centroids: every point's nearest centroid, the exact loss of
     * that assignment, and the exact sums (cluster c at c·d) and sizes of the clusters it makes. The sums
     * start from the previous pass's and move only by the points that changed cluster; being exact, they
     * equal fresh sums.
     */
    static final class Pass {
        final int k;
        final int[] labels;
        final ExactSums sums;
        final int[] sizes;
        final ExactSums loss;

        private Pass(int k, int[] labels, ExactSums sums, int[] sizes, ExactSums loss) {
            this.k = k;
            this.labels = labels;
            this.sums = sums;
            this.sizes = sizes;
            this.loss = loss;
        }

        /** The first pass, every point new to its cluster. */
        static Pass run(Points points, double[][] centroids, boolean parallel) {
            int k = centroids.length;
            int[] none = new int[points.size()];
            java.util.Arrays.fill(none, -1);
            return new Pass(k, none, new ExactSums(k * points.dimension()), new int[k], null)
                    .next(points, centroids, parallel);
        }

        /** The pass after this one, with new centroids (as many as before). */
        Pass next(Points points, double[][] centroids, boolean parallel) {
            int n = points.size();
            int d = points.dimension();
            Centroids table = new Centroids(centroids, d);
            int blocks = Blocks.count(n);
            ExactSums[] blockMoves = new ExactSums[blocks];
            int[][] blockSizes = new int[blocks][];
            ExactSums[] blockLoss = new ExactSums[blocks];
            int[] now = new int[n];
            double[] d2 = new double[n];
            Blocks.forEach(n, parallel, (from, to, block) -> {
                table.assign(points, from, to, now, d2);
                ExactSums moves = null;
                int[] sizes = new int[k];
                ExactSums loss = new ExactSums(1);
                for (int i = from; i < to; i++) {
                    loss.add(0, ExactSums.loss(d2[i]));
                    int was = labels[i];
                    if (was != now[i]) {
                        if (moves == null) {
                            moves = new ExactSums(k * d);
                        }
                        if (was >= 0) {
                            moves.subtractRow(was * d, points.row(i));
                            sizes[was]--;
                        }
                        moves.addRow(now[i] * d, points.row(i));
                        sizes[now[i]]++;
                    }
                }
                blockMoves[block] = moves;
                blockSizes[block] = sizes;
                blockLoss[block] = loss;
            });
            ExactSums nextSums = sums.copy();
            int[] nextSizes = sizes.clone();
            ExactSums loss = new ExactSums(1);
            for (int b = 0; b < blocks; b++) {
                loss.addAll(blockLoss[b]);
                if (blockMoves[b] != null) {
                    nextSums.addAll(blockMoves[b]);
                    for (int c = 0; c < k; c++) {
                        nextSizes[c] += blockSizes[b][c];
                    }
                }
            }
            return new Pass(k, now, nextSums, nextSizes, loss);
        }
    }
}
