package org.unlearn.model.sisa;

import java.util.Arrays;
import org.unlearn.model.util.Progress;

/**
 * One thread's share of an MLP's training: the hidden units [j0, j1) for every batch. It computes its units'
 * activations, meets the other threads once per batch, then works out every row's output gradient from all
 * activations (a small redundant computation, so nobody waits for it), and updates its own W1 rows and its
 * own columns of W2. Its next batch's activations need only its own W1 rows, so one meeting per batch is
 * enough. The activations and W2 with b2 alternate between two buffers, so a thread already on the next
 * batch never overwrites what a slower one still reads. Every number is summed in the one-thread order.
 */
final class MlpHiddenRange {
    /** What all threads of one training share. */
    record Shared(
            StepRows rows,
            MlpWeights.Shape shape,
            double[] w,
            double[][] act,
            double[][] out,
            double learningRate,
            double l2,
            int batchSize) {}

    private final Shared t;
    private final int j0;
    private final int j1;
    private final boolean first;
    private final double[] g;
    private final double[] dh;
    private final double[] gradW2;
    private final double[] gradB2;
    private final double[] gradRow;
    private int batches;
    private long visited;

    MlpHiddenRange(Shared shared, int part, int parts) {
        this.t = shared;
        int h = shared.shape().h();
        this.j0 = h * part / parts;
        this.j1 = h * (part + 1) / parts;
        this.first = part == 0;
        int k = shared.shape().k();
        int batchRows = shared.act()[0].length / h;
        this.g = new double[batchRows * k];
        this.dh = new double[batchRows * h];
        this.gradW2 = new double[k * h];
        this.gradB2 = new double[k];
        this.gradRow = new double[shared.shape().d()];
    }

    /** @return the samples visited; {@link #batches()} tells which output buffer holds the final W2 and b2 */
    long run(UnitSplit split, int part, long samples, long seed, Progress progress) {
        return MiniBatches.run(t.rows(), samples, t.batchSize(), seed, progress, (order, a, b) -> {
            double[] act = t.act()[batches & 1];
            double[] cur = t.out()[batches & 1];
            double[] next = t.out()[(batches + 1) & 1];
            batches++;
            forward(order, a, b, act);
            split.barrier(part);
            outputGradients(order, a, b, act, cur);
            double rate = MlpLearner.stepSize(t.learningRate(), visited, samples);
            visited += b - a;
            double step = rate / (b - a);
            double decay = 1 - rate * t.l2();
            updateW1(order, a, b, act, step, decay);
            updateW2(cur, next, step, decay);
        });
    }

    int batches() {
        return batches;
    }

    private void forward(int[] order, int a, int b, double[] act) {
        MlpWeights.Shape s = t.shape();
        int d = s.d();
        int h = s.h();
        double[] w = t.w();
        double[][] x = t.rows().x();
        for (int j = j0; j < j1; j++) {
            int row = s.w1() + j * d;
            double bias = w[s.b1() + j];
            for (int i = 0; i < b - a; i++) {
                double[] xi = x[order[a + i]];
                double z = bias;
                for (int f = 0; f < d; f++) {
                    z += w[row + f] * xi[f];
                }
                act[i * h + j] = z > 0 ? z : 0;
            }
        }
    }

    /** Every row's softmax less its label (as {@link MlpWeights#output}), then this range's share of its uses. */
    private void outputGradients(int[] order, int a, int b, double[] act, double[] cur) {
        int h = t.shape().h();
        int k = t.shape().k();
        int[] y = t.rows().y();
        int m = b - a;
        for (int i = 0; i < m; i++) {
            int gi = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double z = cur[k * h + c];
                for (int j = 0; j < h; j++) {
                    z += cur[c * h + j] * act[i * h + j];
                }
                g[gi + c] = z;
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                g[gi + c] = Math.exp(g[gi + c] - max);
                sum += g[gi + c];
            }
            for (int c = 0; c < k; c++) {
                g[gi + c] /= sum;
            }
            g[gi + y[order[a + i]]] -= 1;
        }
        Arrays.fill(gradW2, 0);
        Arrays.fill(gradB2, 0);
        for (int i = 0; i < m; i++) {
            for (int j = j0; j < j1; j++) {
                dh[i * h + j] = 0;
            }
            for (int c = 0; c < k; c++) {
                double gc = g[i * k + c];
                for (int j = j0; j < j1; j++) {
                    gradW2[c * h + j] += gc * act[i * h + j];
                    dh[i * h + j] += gc * cur[c * h + j];
                }
                gradB2[c] += gc;
            }
        }
    }

    private void updateW1(int[] order, int a, int b, double[] act, double step, double decay) {
        MlpWeights.Shape s = t.shape();
        int d = s.d();
        int h = s.h();
        double[] w = t.w();
        double[][] x = t.rows().x();
        for (int j = j0; j < j1; j++) {
            Arrays.fill(gradRow, 0);
            double gradBias = 0;
            for (int i = 0; i < b - a; i++) {
                if (act[i * h + j] <= 0) {
                    continue;
                }
                double gi = dh[i * h + j];
                double[] xi = x[order[a + i]];
                for (int f = 0; f < d; f++) {
                    gradRow[f] += gi * xi[f];
                }
                gradBias += gi;
            }
            int row = s.w1() + j * d;
            for (int f = 0; f < d; f++) {
                w[row + f] = w[row + f] * decay - step * gradRow[f];
            }
            w[s.b1() + j] -= step * gradBias;
        }
    }

    private void updateW2(double[] cur, double[] next, double step, double decay) {
        int h = t.shape().h();
        int k = t.shape().k();
        for (int c = 0; c < k; c++) {
            for (int j = j0; j < j1; j++) {
                next[c * h + j] = cur[c * h + j] * decay - step * gradW2[c * h + j];
            }
            if (first) {
                next[k * h + c] = cur[k * h + c] - step * gradB2[c];
            }
        }
    }
}
