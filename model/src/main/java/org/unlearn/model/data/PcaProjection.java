package org.unlearn.model.data;

import java.util.Arrays;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.unlearn.model.util.RowKeys;

/**
 * Projection onto the first two principal components. The covariance is estimated on at most
 * {@link #MAX_SAMPLE} rows (those with the smallest keys under the seed), which keeps fitting on 60,000
 * rows of 784 features under a second while the components barely move.
 */
public final class PcaProjection implements Projection {
    public static final int MAX_SAMPLE = 4000;
    private static final long PURPOSE = RowKeys.purpose("pca-sample");

    private final double[] mean;
    private final double[] first;
    private final double[] second;
    private final double[] explained;

    private PcaProjection(double[] mean, double[] first, double[] second, double[] explained) {
        this.mean = mean;
        this.first = first;
        this.second = second;
        this.explained = explained;
    }

    public static PcaProjection fit(TrainingSet data, long seed) {
        int n = data.size();
        int d = data.dimension();
        int[] sample = sample(data, seed);
        double[] mean = new double[d];
        for (int p : sample) {
            double[] r = data.row(p);
            for (int j = 0; j < d; j++) {
                mean[j] += r[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= sample.length;
        }
        DMatrixRMaj cov = new DMatrixRMaj(d, d);
        double[] c = cov.data;
        double[] centred = new double[d];
        for (int p : sample) {
            double[] r = data.row(p);
            for (int j = 0; j < d; j++) {
                centred[j] = r[j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                if (ca == 0) {
                    continue;
                }
                int base = a * d;
                for (int b = a; b < d; b++) {
                    c[base + b] += ca * centred[b];
                }
            }
        }
        double total = 0;
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                c[a * d + b] /= Math.max(1, sample.length - 1);
                c[b * d + a] = c[a * d + b];
            }
            total += c[a * d + a];
        }
        if (d == 1) {
            return new PcaProjection(mean, new double[] {1}, new double[] {0}, new double[] {1, 0});
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(cov)) {
            throw new IllegalStateException("eigen decomposition failed");
        }
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(eig.getEigenvalue(j).real, eig.getEigenvalue(i).real));
        double[] v1 = signed(eig.getEigenVector(order[0]).data);
        double[] v2 = signed(eig.getEigenVector(order[1]).data);
        double[] explained = {
            total > 0 ? eig.getEigenvalue(order[0]).real / total : 0,
            total > 0 ? eig.getEigenvalue(order[1]).real / total : 0
        };
        return new PcaProjection(mean, v1, v2, explained);
    }

    /** Eigenvectors have no sign; fix it (largest component positive) so pictures do not flip. */
    private static double[] signed(double[] v) {
        int big = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[big])) {
                big = i;
            }
        }
        double[] out = v.clone();
        if (out[big] < 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = -out[i];
            }
        }
        return out;
    }

    private static int[] sample(TrainingSet data, long seed) {
        int n = data.size();
        if (n <= MAX_SAMPLE) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        // Keys sort by their upper bits; the position rides in as many lower bits as positions need.
        long mask = (1L << (32 - Integer.numberOfLeadingZeros(n - 1))) - 1;
        long[] keyed = new long[n];
        for (int p = 0; p < n; p++) {
            keyed[p] = (RowKeys.key(seed, PURPOSE, data.rowId(p)) & ~mask) | p;
        }
        Arrays.sort(keyed);
        int[] out = new int[MAX_SAMPLE];
        for (int i = 0; i < MAX_SAMPLE; i++) {
            out[i] = (int) (keyed[i] & mask);
        }
        Arrays.sort(out);
        return out;
    }

    /** Share of the variance the two components explain, for the axis labels. */
    public double[] explainedVariance() {
        return explained.clone();
    }

    @Override
    public double[] project(double[] row) {
        double x = 0;
        double y = 0;
        for (int j = 0; j < mean.length; j++) {
            double c = row[j] - mean[j];
            x += c * first[j];
            y += c * second[j];
        }
        return new double[] {x, y};
    }

    @Override
    public String xLabel() {
        return String.format(Locale.ROOT, "PC1 (%.0f%% of variance)", 100 * explained[0]);
    }

    @Override
    public String yLabel() {
        return String.format(Locale.ROOT, "PC2 (%.0f%% of variance)", 100 * explained[1]);
    }
}
