package org.unlearn.model.linear;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/** Real data for the linear tests, and independent reference computations of the removal formulas. */
final class LinearData {
    private LinearData() {}

    static TrainingSet sample(String file, String label) {
        return PreparedData.load(TestData.sample(file), label, Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
    }

    static TrainingSet credit() {
        return sample("credit_data.csv", "Status");
    }

    /** Ids of k rows spread over the set. */
    static int[] spread(TrainingSet data, int k, int offset) {
        int[] ids = new int[k];
        for (int i = 0; i < k; i++) {
            ids[i] = data.rowId((offset + i * (data.size() / k)) % data.size());
        }
        return Arrays.stream(ids).distinct().toArray();
    }

    static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** θ + P_span(x̃ of the rows)(target − θ), computed by a least-squares solve rather than the model's pinv. */
    static double[] projectTowards(double[] theta, double[] target, TrainingSet rows, int[] ids) {
        int d1 = theta.length;
        DMatrixRMaj x = new DMatrixRMaj(d1, ids.length);
        for (int c = 0; c < ids.length; c++) {
            double[] r = rows.row(rows.positionOf(ids[c]));
            for (int j = 0; j < r.length; j++) {
                x.set(j, c, r[j]);
            }
            x.set(r.length, c, 1);
        }
        double[] diff = new double[d1];
        for (int j = 0; j < d1; j++) {
            diff[j] = target[j] - theta[j];
        }
        DMatrixRMaj coef = new DMatrixRMaj(ids.length, 1);
        DMatrixRMaj xtx = new DMatrixRMaj(ids.length, ids.length);
        CommonOps_DDRM.multTransA(x, x, xtx);
        DMatrixRMaj xtd = new DMatrixRMaj(ids.length, 1);
        CommonOps_DDRM.multTransA(x, DMatrixRMaj.wrap(d1, 1, diff), xtd);
        CommonOps_DDRM.solve(xtx, xtd, coef);
        DMatrixRMaj proj = new DMatrixRMaj(d1, 1);
        CommonOps_DDRM.mult(x, coef, proj);
        double[] out = theta.clone();
        for (int j = 0; j < d1; j++) {
            out[j] += proj.data[j];
        }
        return out;
    }

    /** The first {@code count} threes and eights of mnist_10k, as a two-class set (3 first). */
    static TrainingSet threesAndEights(int count) {
        TrainingSet all = LinearData.sample("mnist_10k.csv.gz", "label");
        int three = all.classes().indexOf("3");
        int eight = all.classes().indexOf("8");
        List<Integer> keep = new ArrayList<>();
        for (int p = 0; p < all.size() && keep.size() < count; p++) {
            if (all.label(p) == three || all.label(p) == eight) {
                keep.add(p);
            }
        }
        double[][] x = new double[keep.size()][];
        int[] ids = new int[keep.size()];
        int[] y = new int[keep.size()];
        for (int i = 0; i < x.length; i++) {
            int p = keep.get(i);
            x[i] = all.row(p);
            ids[i] = all.rowId(p);
            y[i] = all.label(p) == three ? 0 : 1;
        }
        return new TrainingSet("mnist 3 vs 8", x, ids, y, null, List.of("3", "8"), all.features());
    }
}
