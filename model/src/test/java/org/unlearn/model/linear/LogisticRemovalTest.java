package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.ParameterDistance;

/** Logistic regression on real data: the optimum, each removal against its formula, and exactness. */
class LogisticRemovalTest {
    private static final TrainingSet ATTRITION = LinearData.sample("employee_attrition.csv", "Attrition");
    private static final LogisticModel.Options OPTIONS = LogisticModel.Options.of(1.0);
    private static final LogisticModel FULL = LogisticModel.fit(ATTRITION, OPTIONS, 3, Progress.NONE);

    @Test
    void trainingReachesTheOptimum() {
        double[] g = FULL.state.problems().get(0).gradient(FULL.parameters(), ATTRITION);
        assertTrue(Rows.norm(g) < 1e-9, "gradient at the optimum " + Rows.norm(g));
        assertTrue(FULL.iterations() >= 3 && FULL.iterations() < 30, FULL.iterations() + " iterations");
    }

    @Test
    void newtonIsOneStepWithTheRemainingHessianAndCloseToTheRetrain() {
        int[] ids = LinearData.spread(ATTRITION, 5, 9);
        TrainingSet left = ATTRITION.without(ids);
        LogisticModel newton =
                FULL.forget(ids, DeletionMethod.NEWTON, Progress.NONE).model();
        // reference: θ − H_rem(θ)⁻¹ ∇L_rem(θ), everything formed afresh from the remaining rows
        Problem problem = FULL.state.problems().get(0);
        DMatrixRMaj h =
                NewtonTrainer.hessian(problem, left, FULL.state.solved().get(0).anchor());
        double[] g = problem.gradient(FULL.parameters(), left);
        DMatrixRMaj step = new DMatrixRMaj(g.length, 1);
        CommonOps_DDRM.solve(h, DMatrixRMaj.wrap(g.length, 1, g), step);
        double[] expected = FULL.parameters();
        for (int j = 0; j < expected.length; j++) {
            expected[j] -= step.data[j];
        }
        assertTrue(
                LinearData.maxDiff(expected, newton.parameters()) < 1e-9,
                "differs by " + LinearData.maxDiff(expected, newton.parameters()));
        LogisticModel retrained = LogisticModel.fit(left, OPTIONS, 3, Progress.NONE);
        double relative = ParameterDistance.relative(newton.parameters(), retrained.parameters(), FULL.parameters());
        assertTrue(relative < 0.05, "relative distance " + relative);
    }

    @Test
    void pruProjectsTheNewtonStepOntoTheDeletedRows() {
        int[] ids = LinearData.spread(ATTRITION, 8, 4);
        LogisticModel newton =
                FULL.forget(ids, DeletionMethod.NEWTON, Progress.NONE).model();
        LogisticModel pru = FULL.forget(ids, DeletionMethod.PRU, Progress.NONE).model();
        double[] expected = LinearData.projectTowards(FULL.parameters(), newton.parameters(), ATTRITION, ids);
        assertTrue(LinearData.maxDiff(expected, pru.parameters()) < 1e-9);
    }

    @Test
    void exactForgettingIsTheRetrainBitForBitForOneVsRestToo() {
        TrainingSet penguins = LinearData.sample("penguins.csv", "species");
        LogisticModel full = LogisticModel.fit(penguins, OPTIONS, 1, Progress.NONE);
        assertEquals(3, full.classCount());
        assertEquals(3 * (penguins.dimension() + 1), full.parameters().length);
        int[] ids = LinearData.spread(penguins, 4, 0);
        var forgotten = full.forget(ids, DeletionMethod.EXACT, Progress.NONE);
        assertTrue(forgotten.report().exact());
        assertTrue(
                forgotten.model().sameParameters(LogisticModel.fit(penguins.without(ids), OPTIONS, 1, Progress.NONE)));
        LogisticModel approx =
                full.forget(ids, DeletionMethod.NEWTON, Progress.NONE).model();
        assertTrue(!approx.sameParameters(forgotten.model()) && approx.debt().requests() == 1);
        double accuracy = org.unlearn.model.verify.Quality.accuracy(full, penguins);
        assertTrue(accuracy > 0.95, "training accuracy " + accuracy);
    }

    @Test
    void consolidatePaysTheDebtWithTheExactRetrain() {
        int[] a = LinearData.spread(ATTRITION, 3, 1);
        LogisticModel m =
                FULL.forget(a, DeletionMethod.INFLUENCE, Progress.NONE).model();
        int[] b = LinearData.spread(m.trainingData(), 2, 7);
        m = m.forget(b, DeletionMethod.PRU, Progress.NONE).model();
        assertEquals(2, m.debt().requests());
        assertEquals(5, m.debt().rows());
        var consolidated = m.consolidate(Progress.NONE);
        assertTrue(consolidated.report().exact());
        assertTrue(consolidated.model().debt().isPaid());
        assertEquals(0, consolidated.model().debt().distanceBound());
        assertTrue(consolidated
                .model()
                .sameParameters(LogisticModel.fit(ATTRITION.without(a).without(b), OPTIONS, 3, Progress.NONE)));
        assertEquals(5, consolidated.model().provenance().totalForgotten());
    }
}
