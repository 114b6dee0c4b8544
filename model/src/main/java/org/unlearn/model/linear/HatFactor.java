package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.unlearn.model.data.TrainingSet;

/**
 * The hat entries hᵢⱼ = x̃ᵢᵀ A⁻¹ x̃ⱼ of the anchor's Hessian A, for any two of the anchor's rows, without
 * an n × n matrix: Y = X̃A⁻¹ (n × (d+1), one O(nd²) product, made on the first PRU request and shared by
 * every model descending from the same exact training) gives each entry as a dot product yᵢ·x̃ⱼ in O(d).
 * This is Izzo et al.'s precomputation that makes PRU's cost O(k²d) per request.
 */
final class HatFactor {
    private final TrainingSet rows;
    private final Lazy<DMatrixRMaj> y;

    HatFactor(TrainingSet anchorRows, Lazy<DMatrixRMaj> anchorInverse) {
        this.rows = anchorRows;
        long size = anchorRows.size();
        long width = anchorRows.dimension() + 1L;
        this.y = new Lazy<>(
                () -> {
                    int d1 = anchorRows.dimension() + 1;
                    DMatrixRMaj x = new DMatrixRMaj(anchorRows.size(), d1);
                    for (int p = 0; p < anchorRows.size(); p++) {
                        double[] r = anchorRows.row(p);
                        System.arraycopy(r, 0, x.data, p * d1, r.length);
                        x.data[p * d1 + r.length] = 1;
                    }
                    DMatrixRMaj out = new DMatrixRMaj(anchorRows.size(), d1);
                    CommonOps_DDRM.mult(x, anchorInverse.get(), out);
                    return out;
                },
                () -> size * width * width + anchorInverse.pendingCost());
    }

    /** The anchor's rows (every row removed since is among them). */
    TrainingSet rows() {
        return rows;
    }

    /** Multiply-adds forming Y = X̃A⁻¹ would still take (the inverse included): 0 once formed. */
    long pendingCost() {
        return y.pendingCost();
    }

    /** The block of hat entries between two lists of row ids, O(|a| |b| d). */
    DMatrixRMaj block(int[] a, int[] b) {
        DMatrixRMaj ym = y.get();
        int d1 = ym.numCols;
        DMatrixRMaj out = new DMatrixRMaj(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            int base = rows.positionOf(a[i]) * d1;
            for (int j = 0; j < b.length; j++) {
                double[] x = rows.row(rows.positionOf(b[j]));
                double s = ym.data[base + x.length];
                for (int c = 0; c < x.length; c++) {
                    s += ym.data[base + c] * x[c];
                }
                out.unsafe_set(i, j, s);
            }
        }
        return out;
    }
}
