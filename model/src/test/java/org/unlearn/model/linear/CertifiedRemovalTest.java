package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

/**
 * Certified removal on the breast-cancer records: the accumulated gradient-residual bound really bounds
 * the gradient of the perturbed objective, the budget drains, and a removal that would overspend it
 * retrains, exactly, with the same perturbation.
 */
class CertifiedRemovalTest {
    private static final TrainingSet CANCER = LinearData.sample("breast_cancer_wdbc.csv", "target");
    private static final double SIGMA = 0.5;

    private static LogisticModel.Options options(double epsilon) {
        return new LogisticModel.Options(1.0, DeletionMethod.NEWTON, new Certification(epsilon, 1e-5, SIGMA));
    }

    @Test
    void theBoundHoldsAndTheBudgetDrains() {
        LogisticModel m = LogisticModel.fit(CANCER, options(1e6), 5, Progress.NONE);
        double before = m.budget().spent();
        assertTrue(before < 1e-8, "a fresh optimum spends nothing but rounding: " + before);
        for (int i = 0; i < 6; i++) {
            int[] row = {m.trainingData().rowId((37 * i + 11) % m.trainingData().size())};
            m = m.forget(row, Progress.NONE).model();
            Problem p = m.state.problems().get(0);
            double actual = Rows.norm(p.gradient(m.parameters(), m.trainingData()));
            double bound = m.budget().spent();
            assertTrue(actual <= bound, "request " + i + ": gradient " + actual + " above its bound " + bound);
            assertTrue(bound > before, "the budget drains");
            before = bound;
            assertEquals(bound / 1.0, m.debt().distanceBound(), 1e-12);
        }
    }

    @Test
    void overspendingForcesAnExactRetrainWithTheSameNoise() {
        LogisticModel probe = LogisticModel.fit(CANCER, options(1e6), 5, Progress.NONE);
        double first = probe.forget(new int[] {probe.trainingData().rowId(3)}, Progress.NONE)
                .model()
                .budget()
                .spent();
        // ε such that the budget lasts about two and a half such removals
        double epsilon = 2.5 * first / probe.budget().certification().allowedResidual() * 1e6;
        LogisticModel m = LogisticModel.fit(CANCER, options(epsilon), 5, Progress.NONE);
        Forgotten<LogisticModel> f = null;
        int requests = 0;
        while (requests < 20 && m.budget().forcedRetrains() == 0) {
            f = m.forget(new int[] {m.trainingData().rowId(3 + 5 * requests)}, Progress.NONE);
            m = f.model();
            requests++;
        }
        assertNotNull(f);
        assertEquals(1, m.budget().forcedRetrains(), "no retrain was forced in " + requests + " requests");
        assertTrue(requests >= 2, "the first removals fit the budget");
        assertTrue(f.report().exact() && ((LinearForgetDetail) f.report().detail()).forcedRetrain());
        assertTrue(m.debt().isPaid());
        assertTrue(m.sameParameters(LogisticModel.fit(m.trainingData(), options(epsilon), 5, Progress.NONE)));
        assertTrue(m.budget().remainingFraction() > 0.99);
    }
}
