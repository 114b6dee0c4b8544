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
 * @param hidden       hidden units
 * @param learningRate SGD step size
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
    public boolean sliceable() {
        return true;
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
        int d = rows.dimension();
        int k = rows.classes();
        MlpWeights.Shape s = new MlpWeights.Shape(d, hidden, k);
        double[] w = from == null ? initial(d, hidden, k, seed) : ((MlpWeights) from).copy();
        if (w.length != s.size()) {
            throw new BadInputException("a checkpoint of another shape cannot be resumed");
        }
        double[] grad = new double[w.length];
        double[] act = new double[hidden];
        double[] dh = new double[hidden];
        double[] p = new double[k];
        double[][] x = rows.x();
        int[] y = rows.y();
        long work = MiniBatches.run(rows, samples, batchSize, seed, progress, (order, a, b) -> {
            Arrays.fill(grad, 0);
            for (int i = a; i < b; i++) {
                int pos = order[i];
                double[] xi = x[pos];
                MlpWeights.forward(w, s, xi, act, p);
                p[y[pos]] -= 1;
                Arrays.fill(dh, 0);
                for (int c = 0; c < k; c++) {
                    double g = p[c];
                    int row = s.w2() + c * hidden;
                    for (int j = 0; j < hidden; j++) {
                        grad[row + j] += g * act[j];
                        dh[j] += g * w[row + j];
                    }
                    grad[s.b2() + c] += g;
                }
                for (int j = 0; j < hidden; j++) {
                    if (act[j] <= 0) {
                        continue;
                    }
                    double g = dh[j];
                    int row = s.w1() + j * d;
                    for (int f = 0; f < d; f++) {
                        grad[row + f] += g * xi[f];
                    }
                    grad[s.b1() + j] += g;
                }
            }
            double step = learningRate / (b - a);
            double decay = 1 - learningRate * l2;
            for (int i = 0; i < w.length; i++) {
                boolean bias = (i >= s.b1() && i < s.w2()) || i >= s.b2();
                w[i] = (bias ? w[i] : w[i] * decay) - step * grad[i];
            }
        });
        return new Step(new MlpWeights(w, s), work);
    }
}
