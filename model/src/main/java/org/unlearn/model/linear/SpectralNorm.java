package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.unlearn.model.data.TrainingSet;

/**
 * ||X̃||₂ for the certified bound: the square root of the largest eigenvalue of X̃ᵀX̃, from a symmetric
 * eigendecomposition (exact to rounding; a power iteration would only bound it from below). Costs one
 * Hessian's worth of work, once, at training.
 */
final class SpectralNorm {
    private SpectralNorm() {}

    static double of(TrainingSet rows) {
        int d1 = rows.dimension() + 1;
        DMatrixRMaj x = new DMatrixRMaj(rows.size(), d1);
        for (int p = 0; p < rows.size(); p++) {
            double[] r = rows.row(p);
            System.arraycopy(r, 0, x.data, p * d1, r.length);
            x.data[p * d1 + r.length] = 1;
        }
        // X̃X̃ᵀ has the same nonzero eigenvalues as X̃ᵀX̃: decompose the smaller (wide data has few rows)
        int size = Math.min(d1, rows.size());
        DMatrixRMaj gram = new DMatrixRMaj(size, size);
        if (size == d1) {
            CommonOps_DDRM.multInner(x, gram);
        } else {
            CommonOps_DDRM.multOuter(x, gram);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size, false, true);
        if (!eig.decompose(gram)) {
            throw new IllegalStateException("eigendecomposition failed");
        }
        double largest = 0;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
            largest = Math.max(largest, eig.getEigenvalue(i).getReal());
        }
        // a hair above the computed eigenvalue, so rounding cannot make the bound too small
        return Math.sqrt(largest * (1 + 1e-9));
    }
}
