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
public record MlpLearner(int hidden, double learningRate, int batchSize, double l2) implements Learner {
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

    /** The hidden units are the units {@link UnitSplit} hands to threads, in the forward pass and in W1's update. */
    @Override
    public Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress, int threads) {
        try (UnitSplit split = new UnitSplit(threads)) {
            return train(from, rows, samples, seed, progress, split);
        }
    }

    private Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress, UnitSplit split) {
        int d = rows.dimension();
        int k = rows.classes();
        MlpWeights.Shape s = new MlpWeights.Shape(d, hidden, k);
        double[] w = from == null ? initial(d, hidden, k, seed) : ((MlpWeights) from).copy();
        if (w.length != s.size()) {
            throw new BadInputException("a checkpoint of another shape cannot be resumed");
        }
        int h = hidden;
        // A batch larger than the rows is all of them: allocate for what a batch can hold, not what was asked.
        int batchRows = Math.max(1, Math.min(batchSize, rows.size()));
        double[] act = new double[batchRows * h];
        double[] dh = new double[batchRows * h];
        double[] gradW2 = new double[k * h + k];
        double[] p = new double[k];
        double[][] x = rows.x();
        int[] y = rows.y();
        long[] visited = {0};
        // Layer by layer over the whole batch, one W1 row at a time: the row stays in cache while the
        // batch streams past it, instead of the whole W1 and its gradient passing through per sample.
        long work = MiniBatches.run(rows, samples, batchSize, seed, progress, (order, a, b) -> {
            int m = b - a;
            double rate = stepSize(learningRate, visited[0], samples);
            visited[0] += m;
            double decay = 1 - rate * l2;
            split.forEach(h, (j0, j1) -> {
                for (int j = j0; j < j1; j++) {
                    int row = s.w1() + j * d;
                    double bias = w[s.b1() + j];
                    for (int i = 0; i < m; i++) {
                        double[] xi = x[order[a + i]];
                        double z = bias;
                        for (int f = 0; f < d; f++) {
                            z += w[row + f] * xi[f];
                        }
                        act[i * h + j] = z > 0 ? z : 0;
                    }
                }
            });
            Arrays.fill(gradW2, 0);
            for (int i = 0; i < m; i++) {
                MlpWeights.output(w, s, act, i * h, p);
                p[y[order[a + i]]] -= 1;
                for (int j = 0; j < h; j++) {
                    dh[i * h + j] = 0;
                }
                for (int c = 0; c < k; c++) {
                    double g = p[c];
                    int row = s.w2() + c * h;
                    for (int j = 0; j < h; j++) {
                        gradW2[c * h + j] += g * act[i * h + j];
                        dh[i * h + j] += g * w[row + j];
                    }
                    gradW2[k * h + c] += g;
                }
            }
            double step = rate / m;
            split.forEach(h, (j0, j1) -> {
                double[] gradRow = new double[d];
                for (int j = j0; j < j1; j++) {
                    Arrays.fill(gradRow, 0);
                    double gradBias = 0;
                    for (int i = 0; i < m; i++) {
                        if (act[i * h + j] <= 0) {
                            continue;
                        }
                        double g = dh[i * h + j];
                        double[] xi = x[order[a + i]];
                        for (int f = 0; f < d; f++) {
                            gradRow[f] += g * xi[f];
                        }
                        gradBias += g;
                    }
                    int row = s.w1() + j * d;
                    for (int f = 0; f < d; f++) {
                        w[row + f] = w[row + f] * decay - step * gradRow[f];
                    }
                    w[s.b1() + j] -= step * gradBias;
                }
            });
            for (int c = 0; c < k; c++) {
                int row = s.w2() + c * h;
                for (int j = 0; j < h; j++) {
                    w[row + j] = w[row + j] * decay - step * gradW2[c * h + j];
                }
                w[s.b2() + c] -= step * gradW2[k * h + c];
            }
        });
        return new Step(new MlpWeights(w, s), work);
    }
}
