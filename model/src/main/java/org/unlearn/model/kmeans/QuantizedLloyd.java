package org.unlearn.model.kmeans;

import java.util.ArrayList;
import java.util.List;
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

    /** The whole kept run. */
    record History(long[] seedKeys, List<QIteration> iterations, boolean stoppedEarly, int best, int rows) {
        History {
            iterations = List.copyOf(iterations);
        }

        int lastIteration() {
            return iterations.size() - 1;
        }

        QIteration iteration(int t) {
            return iterations.get(t);
        }

        double[][] bestCentroids() {
            return iterations.get(best).centroids();
        }

        boolean sameAs(History o) {
            if (!java.util.Arrays.equals(seedKeys, o.seedKeys) || iterations.size() != o.iterations.size()
                    || stoppedEarly != o.stoppedEarly || best != o.best || rows != o.rows) {
                return false;
            }
            for (int t = 0; t < iterations.size(); t++) {
                if (!iterations.get(t).sameAs(o.iterations.get(t))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A run's result and the point-centroid distances it computed. */
    record Run(History history, long work) {
    }

    private QuantizedLloyd() {
    }

    /** Seeds with keyed k-means++ and iterates from there. */
    static Run train(Points points, QKMeans.Options options, long seed, boolean parallel, Progress progress) {
        KeyedSeeding.Result seeds = KeyedSeeding.choose(points, options.k(), seed, parallel);
        QIteration zero = new QIteration(seeds.centres(points), null, null, null, null, null);
        Run run = resume(points, options, seed, seeds.keys(), List.of(zero), parallel, progress);
        return new Run(run.history(), run.work() + seeds.work());
    }

    /**
     * Continues a run whose iterations {@code 0 .. kept.size() − 1} are already right for these points
     * (their sums, sizes and losses describe these points): recomputes the assignment to the last kept
     * centroids and iterates on from there exactly as a fresh run would.
     */
    static Run resume(Points points, QKMeans.Options options, long seed, long[] seedKeys, List<QIteration> kept,
                      boolean parallel, Progress progress) {
        List<QIteration> iterations = new ArrayList<>(kept);
        int n = points.size();
        int d = points.dimension();
        int last = iterations.size() - 1;
        Pass pass = Pass.run(points, iterations.get(last).centroids(), parallel);
        iterations.set(last, iterations.get(last).withLoss(pass.loss));
        long work = (long) n * pass.k;
        double balance = options.gamma() * n / options.k();
        boolean stopped = false;
        for (int t = last + 1; t <= options.maxIterations(); t++) {
            progress.checkCancelled();
            QIteration previous = iterations.get(t - 1);
            double[] phase = phase(seed, t, d);
            int k = pass.k;
            double[][] centroids = new double[k][];
            long[][] grid = new long[k][];
            for (int c = 0; c < k; c++) {
                double[] exact = centre(pass.sums[c], pass.sizes[c], balance, previous.centroids()[c]);
                grid[c] = cells(exact, options.epsilon(), phase);
                centroids[c] = onGrid(grid[c], options.epsilon(), phase);
            }
            Pass next = pass.next(points, centroids, parallel);
            work += (long) n * k;
            iterations.add(new QIteration(centroids, grid, phase, pass.sums, pass.sizes, next.loss));
            pass = next;
            progress.report(t / (double) options.maxIterations(), "Q-k-means iteration " + t);
            if (stops(previous.lossValue(), iterations.get(t).lossValue(), options.tolerance())) {
                stopped = true;
                break;
            }
        }
        return new Run(new History(seedKeys, iterations, stopped, best(iterations), n), work);
    }

    /** True when the loss stopped improving: it fell by no more than the tolerance's share. */
    static boolean stops(double previousLoss, double loss, double tolerance) {
        return previousLoss - loss <= tolerance * previousLoss;
    }

    /** The model is the better of the last two iterations' centroids (the earlier on a tie). */
    static int best(List<QIteration> iterations) {
        int last = iterations.size() - 1;
        if (last == 0) {
            return 0;
        }
        return iterations.get(last).lossValue() < iterations.get(last - 1).lossValue() ? last : last - 1;
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
     * rows, its mean padded with copies of its previous centroid up to {@code balance} rows.
     */
    static double[] centre(ExactSums sums, int size, double balance, double[] previous) {
        double[] c = new double[previous.length];
        if (size >= balance && size > 0) {
            for (int j = 0; j < c.length; j++) {
                c[j] = sums.value(j, ExactSums.COORDINATE_BITS) / size;
            }
        } else if (size == 0) {
            System.arraycopy(previous, 0, c, 0, c.length);
        } else {
            for (int j = 0; j < c.length; j++) {
                c[j] = (sums.value(j, ExactSums.COORDINATE_BITS) + (balance - size) * previous[j]) / balance;
            }
        }
        return c;
    }

    /** Q(c) = ε·(round(c/ε + θ − ½) − (θ − ½)): the grid cells of a centroid. */
    static long[] cells(double[] c, double epsilon, double[] phase) {
        long[] g = new long[c.length];
        for (int j = 0; j < c.length; j++) {
            g[j] = (long) Math.rint(c[j] / epsilon + phase[j] - 0.5);
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
     * that assignment, and the exact sums and sizes of the clusters it makes. The sums start from the
     * previous pass's and move only by the points that changed cluster; being exact, they equal fresh
     * sums. A cluster no point entered or left keeps its previous sums object.
     */
    static final class Pass {
        final int k;
        final int[] labels;
        final ExactSums[] sums;
        final int[] sizes;
        final ExactSums loss;

        private Pass(int k, int[] labels, ExactSums[] sums, int[] sizes, ExactSums loss) {
            this.k = k;
            this.labels = labels;
            this.sums = sums;
            this.sizes = sizes;
            this.loss = loss;
        }

        /** The first pass, every point new to its cluster. */
        static Pass run(Points points, double[][] centroids, boolean parallel) {
            int k = centroids.length;
            int d = points.dimension();
            ExactSums[] empty = new ExactSums[k];
            for (int c = 0; c < k; c++) {
                empty[c] = new ExactSums(d);
            }
            int[] none = new int[points.size()];
            java.util.Arrays.fill(none, -1);
            return new Pass(k, none, empty, new int[k], null).next(points, centroids, parallel);
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
            ExactSums total = new ExactSums(k * d);
            int[] sizeChange = new int[k];
            ExactSums loss = new ExactSums(1);
            boolean[] touched = new boolean[k];
            for (int b = 0; b < blocks; b++) {
                loss.addAll(blockLoss[b]);
                if (blockMoves[b] != null) {
                    total.addAll(blockMoves[b]);
                    for (int c = 0; c < k; c++) {
                        sizeChange[c] += blockSizes[b][c];
                        touched[c] |= blockSizes[b][c] != 0 || blockMoves[b].anyNonZero(c * d, d);
                    }
                }
            }
            ExactSums[] nextSums = sums.clone();
            int[] nextSizes = sizes.clone();
            for (int c = 0; c < k; c++) {
                if (touched[c]) {
                    ExactSums updated = sums[c].copy();
                    for (int j = 0; j < d; j++) {
                        updated.addFrom(total, c * d + j, j);
                    }
                    nextSums[c] = updated;
                    nextSizes[c] += sizeChange[c];
                }
            }
            return new Pass(k, now, nextSums, nextSizes, loss);
        }
    }
}
