package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * The wide margin's sixteen sums: the SIMD and scalar versions give the same bits on real image rows, and the
 * sum is a dot product (against a compensated one).
 */
class DotTest {
    private static final TrainingSet THREES_AND_EIGHTS = LinearData.threesAndEights(200);

    @Test
    void simdAndScalarSumsHaveTheSameBitsOnImageRows() {
        // the test JVM runs with the Vector API (see the surefire argLine); on a machine with registers
        // narrower than 256 bits BEST is the scalar version and there is nothing to compare
        assumeTrue(Dot.SCALAR != Dot.BEST, "no 256-bit Vector API here");
        LogisticModel m = LogisticModel.fit(THREES_AND_EIGHTS, LogisticModel.Options.of(1), 1, Progress.NONE);
        double[] theta = m.parameters();
        for (int p = 0; p < THREES_AND_EIGHTS.size(); p++) {
            double[] x = THREES_AND_EIGHTS.row(p);
            for (int length : new int[] {x.length, x.length - 1, 64, 79}) {
                double[] cut = java.util.Arrays.copyOf(x, length);
                assertEquals(
                        Double.doubleToRawLongBits(Dot.SCALAR.dot(theta, cut)),
                        Double.doubleToRawLongBits(Dot.BEST.dot(theta, cut)),
                        "row " + p + ", " + length + " columns");
            }
        }
    }

    @Test
    void isTheDotProduct() {
        LogisticModel m = LogisticModel.fit(THREES_AND_EIGHTS, LogisticModel.Options.of(1), 1, Progress.NONE);
        double[] theta = m.parameters();
        for (int p = 0; p < THREES_AND_EIGHTS.size(); p++) {
            double[] x = THREES_AND_EIGHTS.row(p);
            double sum = 0;
            double c = 0;
            double magnitude = Math.abs(theta[x.length]);
            for (int j = 0; j < x.length; j++) {
                double y = theta[j] * x[j] - c;
                double t = sum + y;
                c = (t - sum) - y;
                sum = t;
                magnitude += Math.abs(theta[j] * x[j]);
            }
            double exact = sum + theta[x.length];
            double margin = Rows.margin(theta, x);
            assertTrue(Math.abs(margin - exact) <= 1e-14 * magnitude, "row " + p + ": " + margin + " against " + exact);
        }
    }
}
