package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;

/**
 * The blocked batch sums (four rows, two classes side by side) give the bits of the plain one-row, one-class
 * loops, for every batch size (whole blocks and leftovers) and every class range a team member can own.
 */
class SoftmaxKernelsTest {
    @Test
    void blockedScoresAndGradientsEqualThePlainLoopsBitForBit() {
        TrainingSet data = SisaData.digits().train();
        int d = data.dimension();
        int k = data.classCount();
        double[][] x = new double[data.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = data.row(i);
        }
        Random random = new Random(5);
        double[] w = new double[k * (d + 1)];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian() * 0.1;
        }
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (i * 7919) % order.length;
        }
        int[][] ranges = {{0, k}, {0, 5}, {5, k}, {3, 4}, {2, 9}};
        for (int m = 1; m <= 11; m++) {
            int a = 13 * m;
            int stride = (m + 7) & ~7;
            for (int[] range : ranges) {
                double[] fast = new double[k * stride];
                double[] plain = new double[k * stride];
                SoftmaxKernels.scores(w, d, x, order, a, m, range[0], range[1], fast, stride);
                for (int c = range[0]; c < range[1]; c++) {
                    for (int i = 0; i < m; i++) {
                        double z = w[c * (d + 1) + d];
                        for (int j = 0; j < d; j++) {
                            z += w[c * (d + 1) + j] * x[order[a + i]][j];
                        }
                        plain[c * stride + i] = z;
                    }
                }
                assertArrayEquals(plain, fast, "scores, batch of " + m + ", classes " + range[0] + "-" + range[1]);
            }
            double[] g = new double[2 * stride];
            for (int i = 0; i < g.length; i++) {
                g[i] = random.nextGaussian();
            }
            double[] fast = new double[d + 1];
            java.util.Arrays.fill(fast, 3); // a stale sum from the last class must not leak in
            SoftmaxKernels.gradient(g, stride, x, order, a, m, d, fast);
            double[] plain = new double[d + 1];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < d; j++) {
                    plain[j] += g[stride + i] * x[order[a + i]][j];
                }
                plain[d] += g[stride + i];
            }
            assertArrayEquals(plain, fast, "gradient, batch of " + m);
        }
    }
}
