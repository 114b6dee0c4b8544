package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;

/**
 * Woodbury on the tile kernel: the inverse of the Hessian formed afresh from the rows left, to rounding, on
 * MNIST 3 vs 8's 675 columns; the same bits on 1, 2 and 4 threads and with either kernel.
 */
class WoodburyTest {
    @Test
    void reachesTheInverseOfTheRowsLeftWithTheSameBitsOnAnyThreads() {
        TrainingSet rows = LinearData.threesAndEights(300);
        DMatrixRMaj h = Gram.of(rows, null);
        for (int j = 0; j < h.numRows; j++) {
            h.add(j, j, 1);
        }
        DMatrixRMaj inverse = Cholesky.of(h).inverse();
        int[] removed = new int[37];
        double[] sqrtW = new double[removed.length];
        for (int c = 0; c < removed.length; c++) {
            removed[c] = 7 * c + 2;
            sqrtW[c] = 0.5 + (c % 5) / 10.0; // at most 1: the rows are in H with weight 1
        }
        DMatrixRMaj one = Woodbury.without(inverse, rows, removed, sqrtW, 1, Tiles.SCALAR);
        for (int threads : new int[] {1, 2, 4}) {
            DMatrixRMaj other = Woodbury.without(inverse, rows, removed, sqrtW, threads, Tiles.BEST);
            assertArrayEquals(one.data, other.data, threads + " threads");
        }
        DMatrixRMaj remaining = RemainingHessian.downdate(h, rows, removed, sqrtW);
        DMatrixRMaj fresh = Cholesky.of(remaining).inverse();
        double scale = CommonOps_DDRM.elementMaxAbs(fresh);
        double off = LinearData.maxDiff(fresh.data, one.data);
        assertTrue(off < 1e-9 * scale, "off by " + off + " of " + scale);
        double[] sorted = one.data.clone();
        Arrays.sort(sorted);
        assertTrue(sorted[0] < 0 && sorted[sorted.length - 1] > 0, "a real inverse, not zeros");
    }
}
