package org.unlearn.model.sisa;

import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Progress;

/**
 * Multinomial logistic (softmax) regression by mini-batch SGD with L2 weight decay, warm-started from the
 * previous slice's weights (zeros for the first). Plain loops over one flat array, nothing allocated per
 * sample; sums always run in the same order, so a step is bit-for-bit reproducible.
 *
 * @param learningRate SGD step size
 * @param batchSize    rows per mini-batch
 * @param l2           weight decay per update
 */
public record SoftmaxLearner(double learningRate, int batchSize, double l2) implements Learner {
    public static final String NAME = "softmax";

    public SoftmaxLearner {
        SgdChecks.check(NAME, learningRate, batchSize, l2);
    }

    public static SoftmaxLearner defaults() {
        return new SoftmaxLearner(0.05, 32, 1e-4);
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
        int k = rows.classes();
        int d = rows.dimension();
        double[] w = from == null ? new double[k * (d + 1)] : ((SoftmaxWeights) from).copy();
        if (w.length != k * (d + 1)) {
            throw new BadInputException("a checkpoint of another shape cannot be resumed");
        }
        double[] grad = new double[w.length];
        double[] p = new double[k];
        double[][] x = rows.x();
        int[] y = rows.y();
        long work = MiniBatches.run(rows, samples, batchSize, seed, progress, (order, a, b) -> {
            java.util.Arrays.fill(grad, 0);
            for (int i = a; i < b; i++) {
                int pos = order[i];
                double[] xi = x[pos];
                SoftmaxWeights.scores(w, k, d, xi, p);
                p[y[pos]] -= 1;
                for (int c = 0; c < k; c++) {
                    double g = p[c];
                    int base = c * (d + 1);
                    for (int j = 0; j < d; j++) {
                        grad[base + j] += g * xi[j];
                    }
                    grad[base + d] += g;
                }
            }
            double step = learningRate / (b - a);
            double decay = 1 - learningRate * l2;
            for (int c = 0; c < k; c++) {
                int base = c * (d + 1);
                for (int j = 0; j < d; j++) {
                    w[base + j] = w[base + j] * decay - step * grad[base + j];
                }
                w[base + d] -= step * grad[base + d];
            }
        });
        return new Step(new SoftmaxWeights(w, k, d), work);
    }
}
