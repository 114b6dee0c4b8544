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
        return train(from, rows, samples, seed, progress, 1);
    }

    /**
     * A batch's rows are scored first (each row alone), then each class's gradient is summed over the
     * rows in batch order and its weights updated: the units {@link UnitSplit} hands to threads.
     */
    @Override
    public Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress, int threads) {
        int k = rows.classes();
        int d = rows.dimension();
        double[] w = from == null ? new double[k * (d + 1)] : ((SoftmaxWeights) from).copy();
        if (w.length != k * (d + 1)) {
            throw new BadInputException("a checkpoint of another shape cannot be resumed");
        }
        double[] grad = new double[w.length];
        double[] p = new double[Math.max(1, Math.min(batchSize, rows.size())) * k];
        double[][] x = rows.x();
        int[] y = rows.y();
        double decay = 1 - learningRate * l2;
        try (UnitSplit split = new UnitSplit(threads)) {
            long work = MiniBatches.run(rows, samples, batchSize, seed, progress, (order, a, b) -> {
                int m = b - a;
                split.forEach(m, (i0, i1) -> {
                    double[] pi = new double[k];
                    for (int i = i0; i < i1; i++) {
                        int pos = order[a + i];
                        SoftmaxWeights.scores(w, k, d, x[pos], pi);
                        pi[y[pos]] -= 1;
                        System.arraycopy(pi, 0, p, i * k, k);
                    }
                });
                double step = learningRate / m;
                split.forEach(k, (c0, c1) -> {
                    for (int c = c0; c < c1; c++) {
                        int base = c * (d + 1);
                        java.util.Arrays.fill(grad, base, base + d + 1, 0);
                        for (int i = 0; i < m; i++) {
                            double g = p[i * k + c];
                            double[] xi = x[order[a + i]];
                            for (int j = 0; j < d; j++) {
                                grad[base + j] += g * xi[j];
                            }
                            grad[base + d] += g;
                        }
                        for (int j = 0; j < d; j++) {
                            w[base + j] = w[base + j] * decay - step * grad[base + j];
                        }
                        w[base + d] -= step * grad[base + d];
                    }
                });
            });
            return new Step(new SoftmaxWeights(w, k, d), work);
        }
    }
}
