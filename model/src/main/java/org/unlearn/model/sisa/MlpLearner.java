package org.unlearn.model.sisa;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Progress;

/**
 * A one-hidden-layer perceptron (ReLU, softmax output, cross-entropy) by mini-batch SGD with L2 weight
 * decay, warm-started from the previous slice's weights. The first slice starts from He-initialised
 * weights drawn from the shard's seed, so a shard retrained from scratch starts from the same point.
 *
 * <p>Within each step the step size falls linearly from twice the learning rate to 0 over the step's sample
 * budget (see {@link #stepSize}): the same mean step as a constant rate, but the last updates are small, so
 * the weights settle instead of wandering with the last batches' noise (a constant 0.05 cost 1.5 points
 * against scikit-learn's MLP on credit_data, where it overfits). The schedule depends only on the budget and
 * the place in it, which a retrain on the remaining rows reproduces, so forgetting stays exact.
 *
 * @param hidden       hidden units
 * @param learningRate mean SGD step size over a step
 * @param batchSize    rows per mini-batch
 * @param l2           weight decay per update
 */
public record MlpLearner(int hidden, double learningRate, int batchSize, double l2) implements TeamLearner {
    public static final String NAME = "mlp";

    public MlpLearner {
        if (hidden < 1) {
            throw new BadInputException(NAME + ": the hidden layer needs 1 unit or more, not " + hidden);
        }
        SgdChecks.check(NAME, learningRate, batchSize, l2);
    }

    public static MlpLearner defaults() {
        return new MlpLearner(64, 0.05, 32, 1e-4);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double parameters(int dimension, int classes) {
        return (dimension + 1.0) * hidden + (hidden + 1.0) * classes;
    }

    @Override
    public boolean sliceable() {
        return true;
    }

    /**
     * The step size of the batch that starts after {@code visited} of a step's {@code samples} sample visits:
     * {@code 2·rate·(1 − visited/samples)}, from twice the rate down towards 0, averaging the rate.
     */
    static double stepSize(double rate, long visited, long samples) {
        return 2 * rate * (samples - visited) / samples;
    }

    /** Draws the starting weights from the shard's seed alone. */
    static double[] initial(int d, int h, int k, long seed) {
        MlpWeights.Shape s = new MlpWeights.Shape(d, h, k);
        double[] w = new double[s.size()];
        SplittableRandom random = new SplittableRandom(seed);
        double scale1 = Math.sqrt(2.0 / d);
        for (int i = 0; i < h * d; i++) {
            w[s.w1() + i] = gaussian(random) * scale1;
        }
        double scale2 = Math.sqrt(2.0 / h);
        for (int i = 0; i < k * h; i++) {
            w[s.w2() + i] = gaussian(random) * scale2;
        }
        return w;
    }

    /** Box-Muller from the splittable stream (its draws, unlike Random's, are specified bit for bit). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @Override
    public Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress) {
        return train(from, rows, samples, seed, progress, 1);
    }

    /**
     * The hidden units are what threads split: each thread owns a fixed range of them for the whole training
     * ({@link MlpHiddenRange}), and the threads meet once per batch.
     */
    @Override
    public Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress, UnitSplit split) {
        int d = rows.dimension();
        int k = rows.classes();
        MlpWeights.Shape s = new MlpWeights.Shape(d, hidden, k);
        double[] w = from == null ? initial(d, hidden, k, seed) : ((MlpWeights) from).copy();
        if (w.length != s.size()) {
            throw new BadInputException("a checkpoint of another shape cannot be resumed");
        }
        // A batch larger than the rows is all of them: allocate for what a batch can hold, not what was asked.
        int batchRows = Math.max(1, Math.min(batchSize, rows.size()));
        double[][] act = {new double[batchRows * hidden], new double[batchRows * hidden]};
        // W2 and b2, the last block of w, read by every thread: the one being written alternates.
        double[][] out = {Arrays.copyOfRange(w, s.w2(), s.size()), new double[s.size() - s.w2()]};
        MlpHiddenRange.Shared shared = new MlpHiddenRange.Shared(rows, s, w, act, out, learningRate, l2, batchSize);
        long[] result = new long[2];
        split.together(Math.min(split.threads(), hidden), (part, parts) -> {
            MlpHiddenRange range = new MlpHiddenRange(shared, part, parts);
            long done = range.run(split, part, samples, seed, part == 0 ? progress : Progress.NONE);
            if (part == 0) {
                result[0] = done;
                result[1] = range.batches();
            }
        });
        double[] last = out[(int) (result[1] & 1)];
        System.arraycopy(last, 0, w, s.w2(), last.length);
        return new Step(new MlpWeights(w, s), result[0]);
    }
}
