package org.unlearn.model.sisa;

import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Progress;

/**
 * Multinomial logistic (softmax) regression by mini-batch SGD with L2 weight decay, warm-started from the
 * previous slice's weights (zeros for the first). Plain loops over one flat array, nothing allocated per
 * sample; sums always run in the same order, so a step is bit-for-bit reproducible.
 *
 * <p>The step size falls linearly from twice the learning rate to 0 over each step's sample budget, as the
 * MLP's does ({@link MlpLearner#stepSize}): with a constant 0.05 the weights kept wandering with the last
 * batches' noise; the decay lowers the training objective on all four benchmark sets and gains 0.45 points on
 * 10,000 Fashion-MNIST rows (docs/BENCHMARKS.md). It depends only on the budget and the place in it, which a
 * retrain on the remaining rows reproduces, so forgetting stays exact.
 *
 * <p>A long step takes a smaller mean step ({@link #meanStep}): the full learning rate up to
 * {@value #FULL_STEP_UPDATES} updates, then falling as one over the square root of the updates (the classical
 * step for a horizon of T SGD updates), to half the rate from four times as many. One softmax on all 8,000-10,000
 * training rows of the image sets makes 5,000-6,250 updates in 20 epochs, and on Fashion-MNIST it needs the
 * smaller step to come within 1 point of a tuned scikit-learn; a SISA shard's slice-step makes a tenth of that
 * or less, where the full step is the better one, and keeps it (docs/BENCHMARKS.md). The count comes from the
 * step's sample budget, which depends only on the rows of the slices trained so far, never on later slices or on
 * the loss, so forgetting stays exact.
 *
 * @param learningRate mean SGD step size over a step of at most {@value #FULL_STEP_UPDATES} updates
 * @param batchSize    rows per mini-batch
 * @param l2           weight decay per update
 */
public record SoftmaxLearner(double learningRate, int batchSize, double l2) implements TeamLearner {
    public static final String NAME = "softmax";
    /** Updates (mini-batches) of one step up to which it takes the full learning rate as its mean step. */
    public static final int FULL_STEP_UPDATES = 2500;

    public SoftmaxLearner {
        SgdChecks.check(NAME, learningRate, batchSize, l2);
    }

    public static SoftmaxLearner defaults() {
        return new SoftmaxLearner(0.05, 32, 1e-4);
    }

    /**
     * The mean step size of a step of {@code samples} sample visits: the learning rate, times
     * {@code sqrt(FULL_STEP_UPDATES / updates)} held between 1/2 and 1, where updates = samples / batch size.
     */
    public double meanStep(long samples) {
        double updates = (double) samples / batchSize;
        return learningRate * Math.max(0.5, Math.min(1, Math.sqrt(FULL_STEP_UPDATES / updates)));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double parameters(int dimension, int classes) {
        return (dimension + 1.0) * classes;
    }

    @Override
    public boolean sliceable() {
        return true;
    }

    @Override
    public Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress) {
        return train(from, rows, samples, seed, progress, 1);
    }

    /**
     * Each thread owns a fixed range of classes for the whole training: it scores the batch's rows for its
     * classes, meets the others once (every row's softmax needs all its classes' scores), then sums its
     * classes' gradients over the rows in batch order and updates them. Its next batch's scores need only
     * its own classes' weights, so one meeting per batch is enough; the scores alternate between two buffers
     * so a thread already scoring the next batch never overwrites scores a slower one still reads.
     */
    @Override
    public Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress, UnitSplit split) {
        int k = rows.classes();
        int d = rows.dimension();
        double[] w = from == null ? new double[k * (d + 1)] : ((SoftmaxWeights) from).copy();
        if (w.length != k * (d + 1)) {
            throw new BadInputException("a checkpoint of another shape cannot be resumed");
        }
        // Class-major scores, each class's column padded to whole cache lines: threads write apart.
        int stride = (Math.max(1, Math.min(batchSize, rows.size())) + 7) & ~7;
        double[][] scores = {new double[k * stride], new double[k * stride]};
        long[] work = new long[1];
        // A batch too small to split by classes gets the second thread working out batch orders instead.
        int team = UnitSplit.worthMeetingPerBatch((long) Math.min(batchSize, rows.size()) * (d + 1) * k)
                ? Math.min(split.threads(), k)
                : 1;
        int[][][] orders = team > 1 ? MiniBatches.teamOrders(rows, team) : null;
        split.together(team, (part, parts) -> {
            long done = new ClassRange(rows, w, scores, stride, k * part / parts, k * (part + 1) / parts)
                    .run(split, part, orders, samples, seed, part == 0 ? progress : Progress.NONE);
            if (part == 0) {
                work[0] = done;
            }
        });
        return new Step(new SoftmaxWeights(w, k, d), work[0]);
    }

    /** One thread's classes [c0, c1) and its buffers, reused by every batch. */
    private final class ClassRange {
        private final StepRows rows;
        private final double[] w;
        private final double[][] scores;
        private final int stride;
        private final int c0;
        private final int c1;
        private final double[] grad;
        private final double[] row;
        private final double[] g;
        private int batches;
        private long visited;

        ClassRange(StepRows rows, double[] w, double[][] scores, int stride, int c0, int c1) {
            this.rows = rows;
            this.w = w;
            this.scores = scores;
            this.stride = stride;
            this.c0 = c0;
            this.c1 = c1;
            this.grad = new double[rows.dimension() + 1];
            this.row = new double[rows.classes()];
            this.g = new double[Math.max(1, c1 - c0) * stride];
        }

        /** @param orders the team's pass orders, null when this range is the only one */
        long run(UnitSplit split, int part, int[][][] orders, long samples, long seed, Progress progress) {
            double mean = meanStep(samples);
            MiniBatches.Batch batch = (order, a, b) -> {
                double[] s = scores[batches++ & 1];
                score(order, a, b, s);
                if (orders != null) {
                    split.barrier(part);
                }
                gradients(order, a, b, s);
                double rate = MlpLearner.stepSize(mean, visited, samples);
                visited += b - a;
                update(order, a, b, rate);
            };
            return orders == null
                    ? OrdersAhead.run(rows, samples, batchSize, seed, progress, split, batch)
                    : MiniBatches.runTogether(rows, samples, batchSize, seed, progress, split, part, orders, batch);
        }

        private void score(int[] order, int a, int b, double[] s) {
            SoftmaxKernels.scores(w, rows.dimension(), rows.x(), order, a, b - a, c0, c1, s, stride);
        }

        /** Each row's softmax over all classes (as {@link Softmax#normalize}), less its label, for this range. */
        private void gradients(int[] order, int a, int b, double[] s) {
            int k = rows.classes();
            int[] y = rows.y();
            for (int i = 0; i < b - a; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    row[c] = s[c * stride + i];
                    max = Math.max(max, row[c]);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    row[c] = Math.exp(row[c] - max);
                    sum += row[c];
                }
                int label = y[order[a + i]];
                for (int c = c0; c < c1; c++) {
                    double p = row[c] / sum;
                    g[(c - c0) * stride + i] = c == label ? p - 1 : p;
                }
            }
        }

        private void update(int[] order, int a, int b, double rate) {
            int d = rows.dimension();
            double[][] x = rows.x();
            int m = b - a;
            double step = rate / m;
            double decay = 1 - rate * l2;
            for (int c = c0; c < c1; c++) {
                SoftmaxKernels.gradient(g, (c - c0) * stride, x, order, a, m, d, grad);
                int base = c * (d + 1);
                for (int j = 0; j < d; j++) {
                    w[base + j] = w[base + j] * decay - step * grad[j];
                }
                w[base + d] -= step * grad[d];
            }
        }
    }
}
