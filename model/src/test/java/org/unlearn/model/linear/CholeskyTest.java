package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;

/**
 * The blocked Cholesky factor, its solve and its inverse on real Grams (MNIST 3 vs 8's pixels, wider than a
 * column block and not a multiple of a tile; credit's 27 columns): the same bits on 1, 2 and 4 threads and
 * with the scalar kernel, and the same matrices as EJML's to rounding.
 */
class CholeskyTest {
    private static final DMatrixRMaj WIDE = gram(LinearData.threesAndEights(400));
    private static final DMatrixRMaj NARROW = gram(LinearData.credit());

    private static DMatrixRMaj gram(TrainingSet rows) {
        DMatrixRMaj h = Gram.of(rows, null);
        for (int j = 0; j < h.numRows; j++) {
            h.add(j, j, 1);
        }
        return h;
    }

    @Test
    void theBitsDependOnNeitherTheThreadsNorTheKernel() {
        assertTrue(WIDE.numRows > 2 * Cholesky.BLOCK && WIDE.numRows % 16 != 0, "the test should cover the edges");
        Cholesky one = Cholesky.of(WIDE, 1, Tiles.SCALAR);
        DMatrixRMaj lower = one.lower();
        DMatrixRMaj inverse = one.inverse(1, Tiles.SCALAR);
        double[] b = new double[WIDE.numRows];
        for (int j = 0; j < b.length; j++) {
            b[j] = Math.sin(j);
        }
        double[] x = one.solve(b);
        for (int threads : new int[] {1, 2, 4}) {
            for (Tiles kernel : new Tiles[] {Tiles.SCALAR, Tiles.BEST}) {
                Cholesky other = Cholesky.of(WIDE, threads, kernel);
                String what = threads + " threads, " + kernel.getClass().getSimpleName();
                assertArrayEquals(lower.data, other.lower().data, what);
                assertArrayEquals(inverse.data, other.inverse(threads, kernel).data, what + ", inverse");
                assertArrayEquals(x, other.solve(b), what + ", solve");
            }
        }
    }

    @Test
    void factorSolveAndInverseAgreeWithEjml() {
        for (DMatrixRMaj h : new DMatrixRMaj[] {WIDE, NARROW}) {
            Cholesky ours = Cholesky.of(h);
            DMatrixRMaj l = ours.lower();
            DMatrixRMaj llt = new DMatrixRMaj(h.numRows, h.numRows);
            CommonOps_DDRM.multTransB(l, l, llt);
            double scale = CommonOps_DDRM.elementMaxAbs(h);
            double residual = LinearData.maxDiff(llt.data, h.data);
            assertTrue(residual < 1e-13 * scale, "‖LLᵀ − H‖ = " + residual + " of " + scale);

            LinearSolverDense<DMatrixRMaj> ejml = LinearSolverFactory_DDRM.chol(h.numRows);
            assertTrue(ejml.setA(h.copy()));
            DMatrixRMaj inverse = new DMatrixRMaj(h.numRows, h.numRows);
            ejml.invert(inverse);
            double inverseScale = CommonOps_DDRM.elementMaxAbs(inverse);
            double off = LinearData.maxDiff(inverse.data, ours.inverse().data);
            assertTrue(off < 1e-10 * inverseScale, "inverse off by " + off + " of " + inverseScale);

            double[] b = new double[h.numRows];
            for (int j = 0; j < b.length; j++) {
                b[j] = Math.cos(3 * j);
            }
            DMatrixRMaj expected = new DMatrixRMaj(h.numRows, 1);
            ejml.solve(DMatrixRMaj.wrap(b.length, 1, b.clone()), expected);
            double[] x = ours.solve(b);
            double xOff = LinearData.maxDiff(expected.data, x);
            assertTrue(xOff < 1e-10 * CommonOps_DDRM.elementMaxAbs(expected), "solve off by " + xOff);
        }
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteHasNoFactor() {
        DMatrixRMaj h = WIDE.copy();
        int j = WIDE.numRows - 3;
        h.set(j, j, -1);
        assertNull(Cholesky.of(h, 2, Tiles.BEST));
    }
}
