package org.unlearn.model.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final double[] THETA = {0.75, -1.5, 2.25, 3.0};

    @Test
    void bitForBitIsIdentical() {
        Agreement a = Agreement.of(true, THETA.clone(), THETA);
        assertEquals(Agreement.Kind.IDENTICAL, a.kind());
        assertEquals(0, a.relative());
    }

    @Test
    void aSumInAnotherOrderIsWithinNoiseNotDifferent() {
        // The same numbers summed in two orders: an exact method and a retrain differ only in rounding.
        double[] terms = new double[10_000];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = Math.sin(i) * 1e-3 + 1.0 / (i + 1);
        }
        double forward = 0;
        double backward = 0;
        for (int i = 0; i < terms.length; i++) {
            forward += terms[i];
            backward += terms[terms.length - 1 - i];
        }
        assertTrue(forward != backward, "the two orders round differently");
        Agreement a = Agreement.of(false, new double[] {forward, 1.0}, new double[] {backward, 1.0});
        assertEquals(Agreement.Kind.WITHIN_NOISE, a.kind());
        assertTrue(a.relative() > 0 && a.relative() < Agreement.NOISE, "relative " + a.relative());
        assertTrue(a.equal());
    }

    @Test
    void theIssuesTwoE11ApartOnParametersOfSizeOneIsNoise() {
        double[] moved = THETA.clone();
        moved[2] += 2.18e-11;
        Agreement a = Agreement.of(false, moved, THETA);
        assertEquals(Agreement.Kind.WITHIN_NOISE, a.kind());
        assertEquals(2.18e-11 / ParameterDistance.euclidean(THETA, new double[4]), a.relative(), 1e-15);
    }

    @Test
    void anApproximateStepIsDifferent() {
        double[] moved = THETA.clone();
        moved[0] += 1e-4;
        Agreement a = Agreement.of(false, moved, THETA);
        assertEquals(Agreement.Kind.DIFFERENT, a.kind());
        assertFalse(a.equal());
    }

    @Test
    void zeroParametersDoNotDivideByZero() {
        Agreement a = Agreement.of(false, new double[] {1e-3, 0}, new double[] {0, 0});
        assertEquals(Agreement.Kind.DIFFERENT, a.kind());
    }
}
