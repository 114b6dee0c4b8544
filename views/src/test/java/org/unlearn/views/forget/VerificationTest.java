package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.unlearn.model.verify.Agreement;
import org.unlearn.model.verify.ParameterDistance;

/** The check's verdict in words: bit for bit, within rounding (with its relative figure), or different. */
class VerificationTest {
    private static final double[] RETRAINED = {0.5, -1.25, 2.0};

    private static Verification check(double[] unlearned) {
        double distance = ParameterDistance.euclidean(unlearned, RETRAINED);
        Agreement agreement = Agreement.of(distance == 0, unlearned, RETRAINED);
        return new Verification(
                distance == 0,
                Duration.ofMillis(40),
                Duration.ofMillis(2),
                distance,
                0.01,
                agreement,
                Double.NaN,
                Double.NaN);
    }

    @Test
    void parametersTwoE11ApartAreEqualWithinNoiseNotACross() {
        Verification v = check(new double[] {0.5, -1.25, 2.0 + 2.18e-11});
        assertEquals("≈", v.mark());
        assertTrue(v.text().startsWith("Equal to a retrain from scratch to within floating-point noise"), v.text());
        assertTrue(v.text().contains("relative difference of 9.04e-12 (< 1e-9)"), v.text());
        assertFalse(v.text().contains("Different"), v.text());
    }

    @Test
    void anApproximateModelIsDifferent() {
        Verification v = check(new double[] {0.5, -1.25, 2.001});
        assertEquals("✗", v.mark());
        assertTrue(v.text().startsWith("Different from a retrain"), v.text());
    }

    @Test
    void bitForBitIsIdentical() {
        Verification v = check(RETRAINED.clone());
        assertEquals("✓", v.mark());
        assertTrue(v.text().startsWith("Identical to a retrain"), v.text());
    }
}
