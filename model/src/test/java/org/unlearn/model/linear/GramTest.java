package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;

/** The blocked Gram equals EJML's product on real rows, edge tiles and a partial last chunk included. */
class GramTest {
    @Test
    void equalsTheProductOfTheScaledRows() {
        TrainingSet credit = LinearData.credit();
        int d1 = credit.dimension() + 1;
        assertTrue(d1 % 4 != 0 && credit.size() % 64 != 0, "the test should cover the edges");
        double[] sqrtW = new double[credit.size()];
        DMatrixRMaj s = new DMatrixRMaj(credit.size(), d1);
        for (int p = 0; p < sqrtW.length; p++) {
            sqrtW[p] = 0.5 + (p % 7) / 10.0;
            double[] x = credit.row(p);
            for (int j = 0; j < x.length; j++) {
                s.set(p, j, sqrtW[p] * x[j]);
            }
            s.set(p, x.length, sqrtW[p]);
        }
        DMatrixRMaj expected = new DMatrixRMaj(d1, d1);
        CommonOps_DDRM.multTransA(s, s, expected);
        DMatrixRMaj ours = Gram.of(credit, sqrtW);
        double diff = CommonOps_DDRM.elementMaxAbs(CommonOps_DDRM.subtract(expected, ours, null));
        assertTrue(diff < 1e-9 * CommonOps_DDRM.elementMaxAbs(expected), "differs by " + diff);
    }

    @Test
    void theBitsDoNotDependOnTheThreads() {
        TrainingSet digits = LinearData.sample("digits_8x8.csv", "target");
        double[] sqrtW = new double[digits.size()];
        for (int p = 0; p < sqrtW.length; p++) {
            sqrtW[p] = 0.3 + (p % 5) / 7.0;
        }
        DMatrixRMaj one = Gram.of(digits, sqrtW, 1);
        for (int threads : new int[] {2, 3, 5}) {
            assertTrue(java.util.Arrays.equals(one.data, Gram.of(digits, sqrtW, threads).data), threads + " threads");
        }
        DMatrixRMaj s = new DMatrixRMaj(digits.size(), digits.dimension() + 1);
        for (int p = 0; p < sqrtW.length; p++) {
            double[] x = digits.row(p);
            for (int j = 0; j < x.length; j++) {
                s.set(p, j, sqrtW[p] * x[j]);
            }
            s.set(p, x.length, sqrtW[p]);
        }
        DMatrixRMaj expected = new DMatrixRMaj(s.numCols, s.numCols);
        CommonOps_DDRM.multTransA(s, s, expected);
        double diff = CommonOps_DDRM.elementMaxAbs(CommonOps_DDRM.subtract(expected, one, null));
        assertTrue(diff < 1e-9 * CommonOps_DDRM.elementMaxAbs(expected), "differs by " + diff);
    }

    @Test
    void aNarrowGramHasTheSameBitsOnAnyNumberOfThreads() {
        // credit's 27 columns are too few bands to share: its rows go in fixed blocks instead
        TrainingSet credit = LinearData.credit();
        assertTrue(credit.size() > 2 * Gram.BLOCK, "the test should span several blocks");
        double[] sqrtW = new double[credit.size()];
        double[] y = new double[credit.size()];
        for (int p = 0; p < sqrtW.length; p++) {
            sqrtW[p] = 0.4 + (p % 9) / 11.0;
            y[p] = credit.label(p) == 1 ? 1 : -1;
        }
        DMatrixRMaj one = Gram.of(credit, sqrtW, 1);
        double[] xty = new double[credit.dimension() + 1];
        DMatrixRMaj plain = Gram.withResponse(credit, y, xty, 1);
        for (int threads : new int[] {2, 3, 4}) {
            assertTrue(java.util.Arrays.equals(one.data, Gram.of(credit, sqrtW, threads).data), threads + " threads");
            double[] xtyN = new double[xty.length];
            DMatrixRMaj plainN = Gram.withResponse(credit, y, xtyN, threads);
            assertTrue(java.util.Arrays.equals(plain.data, plainN.data), threads + " threads, unweighted");
            assertTrue(java.util.Arrays.equals(xty, xtyN), threads + " threads, Xᵀy");
        }
    }

    @Test
    void theSimdAndScalarKernelsGiveTheSameBits() {
        // the tests run with the Vector API, so BEST is the SIMD kernel; java -jar without it uses the scalar one
        assertTrue(GramKernel.BEST.getClass().getSimpleName().equals("VectorGram"), "the SIMD kernel is loaded");
        for (TrainingSet rows :
                new TrainingSet[] {LinearData.credit(), LinearData.sample("digits_8x8.csv", "target")}) {
            double[] sqrtW = new double[rows.size()];
            for (int p = 0; p < sqrtW.length; p++) {
                sqrtW[p] = 0.2 + (p % 11) / 13.0;
            }
            DMatrixRMaj simd = Gram.of(rows, sqrtW, 2, GramKernel.BEST);
            DMatrixRMaj scalar = Gram.of(rows, sqrtW, 1, GramKernel.SCALAR);
            assertTrue(java.util.Arrays.equals(simd.data, scalar.data), rows.name());
        }
    }

    @Test
    void theResponseRidesAlongWithoutChangingTheGram() {
        TrainingSet credit = LinearData.credit();
        int d1 = credit.dimension() + 1;
        double[] y = new double[credit.size()];
        double[] expected = new double[d1];
        for (int p = 0; p < y.length; p++) {
            y[p] = credit.label(p) == 1 ? 1 : -1;
            Rows.addScaled(expected, y[p], credit.row(p));
        }
        double[] xty = new double[d1];
        DMatrixRMaj gram = Gram.withResponse(credit, y, xty);
        assertTrue(java.util.Arrays.equals(Gram.of(credit, null).data, gram.data), "the Gram's bits");
        assertTrue(LinearData.maxDiff(expected, xty) < 1e-10, "Xᵀy differs by " + LinearData.maxDiff(expected, xty));
    }

    @Test
    void aWideGramInPanelsHasTheSameBitsOnOneTwoAndFourThreadsAndEitherKernel() {
        // 675 columns: packed in panels, its 4-row bands dealt to the threads
        TrainingSet rows = LinearData.threesAndEights(300);
        int d1 = rows.dimension() + 1;
        assertTrue(d1 >= Gram.PANELS_FROM && d1 % 16 != 0 && rows.size() % 64 != 0, "the test should cover the edges");
        double[] sqrtW = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int p = 0; p < sqrtW.length; p++) {
            sqrtW[p] = 0.3 + (p % 5) / 7.0;
            y[p] = Math.cos(p);
        }
        DMatrixRMaj one = Gram.of(rows, sqrtW, 1, GramKernel.SCALAR);
        double[] xty = new double[d1];
        DMatrixRMaj plain = Gram.withResponse(rows, y, xty, 1);
        for (int threads : new int[] {1, 2, 4}) {
            for (GramKernel kernel : new GramKernel[] {GramKernel.SCALAR, GramKernel.BEST}) {
                String where = threads + " threads, " + kernel.getClass().getSimpleName();
                assertTrue(java.util.Arrays.equals(one.data, Gram.of(rows, sqrtW, threads, kernel).data), where);
            }
            double[] xtyN = new double[d1];
            assertTrue(
                    java.util.Arrays.equals(plain.data, Gram.withResponse(rows, y, xtyN, threads).data), threads + "");
            assertTrue(java.util.Arrays.equals(xty, xtyN), threads + " threads, Xᵀy");
        }
        // against a plain sum of products (no fused multiply-adds), entry by entry
        double largest = 0;
        double diff = 0;
        for (int i = 0; i < d1; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int p = 0; p < rows.size(); p++) {
                    double[] x = rows.row(p);
                    double xi = sqrtW[p] * (i < d1 - 1 ? x[i] : 1);
                    double xj = sqrtW[p] * (j < d1 - 1 ? x[j] : 1);
                    sum += xi * xj;
                }
                largest = Math.max(largest, Math.abs(sum));
                diff = Math.max(diff, Math.abs(sum - one.get(i, j)));
                assertTrue(one.get(i, j) == one.get(j, i), "symmetric");
            }
        }
        assertTrue(diff <= 1e-12 * largest, "differs from the plain sum by " + diff + " of " + largest);
    }
}
