package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/** Ridge on real data: the closed form, and every removal method against its formula and the retrain. */
class RidgeRemovalTest {
    private static final TrainingSet CREDIT = LinearData.credit();
    private static final RidgeModel.Options OPTIONS = RidgeModel.Options.of(1.0);
    private static final RidgeModel FULL = RidgeModel.fit(CREDIT, OPTIONS, 7, Progress.NONE);

    @Test
    void trainingReachesTheNormalEquations() {
        // an independent solve: least squares on [X̃; √λ I] θ = [y; 0] by QR
        int n = CREDIT.size();
        int d1 = CREDIT.dimension() + 1;
        DMatrixRMaj a = new DMatrixRMaj(n + d1, d1);
        DMatrixRMaj y = new DMatrixRMaj(n + d1, 1);
        for (int p = 0; p < n; p++) {
            double[] x = CREDIT.row(p);
            for (int j = 0; j < x.length; j++) {
                a.set(p, j, x[j]);
            }
            a.set(p, x.length, 1);
            y.set(p, 0, CREDIT.label(p) == 1 ? 1 : -1);
        }
        for (int j = 0; j < d1; j++) {
            a.set(n + j, j, Math.sqrt(OPTIONS.lambda()));
        }
        DMatrixRMaj theta = new DMatrixRMaj(d1, 1);
        assertTrue(CommonOps_DDRM.solve(a, y, theta));
        assertTrue(
                LinearData.maxDiff(theta.data, FULL.parameters()) < 1e-9,
                "closed form differs by " + LinearData.maxDiff(theta.data, FULL.parameters()));
        assertEquals(1, FULL.iterations());
        // the closed form's one pass gives the gradient and rounding floor the general formulas give
        Problem problem = FULL.state.problems().get(0);
        Solved solved = FULL.state.solved().get(0);
        double[] g = problem.gradient(FULL.parameters(), CREDIT);
        assertTrue(LinearData.maxDiff(g, solved.gradient()) < 1e-10, "gradient");
        double floor = problem.roundingFloor(FULL.parameters(), CREDIT, Problem.margins(FULL.parameters(), CREDIT));
        assertEquals(floor, solved.training().floor(), 1e-9 * floor);
        assertEquals(CREDIT.dimension() + 1, FULL.coefficients().size());
    }

    @Test
    void newtonWithTheRemainingHessianIsTheRetrainTo1e9() {
        for (int k : new int[] {1, 7, 60}) {
            int[] ids = LinearData.spread(CREDIT, k, 3);
            var forgotten = FULL.forget(ids, DeletionMethod.NEWTON, Progress.NONE);
            RidgeModel newton = forgotten.model();
            LinearForgetDetail detail = (LinearForgetDetail) forgotten.report().detail();
            // the bound counts the worst case of rounding in an n-term sum, (n + d) u per term
            assertTrue(detail.distanceBound() < 1e-7 && !forgotten.report().exact(), detail.toString());
            assertTrue(FULL.plan(ids).retrainedFraction() < 0.1, FULL.plan(ids).toString());
            RidgeModel retrained = RidgeModel.fit(CREDIT.without(ids), OPTIONS, 7, Progress.NONE);
            double diff = LinearData.maxDiff(newton.parameters(), retrained.parameters());
            assertTrue(diff < 1e-9, "k = " + k + ": newton differs from the retrain by " + diff);
            assertFalse(newton.provenance().isExact(), "a newton step is not claimed exact");
            assertTrue(diff <= newton.distanceBoundTo(retrained), "k = " + k + ": " + diff + " above its bound");
        }
    }

    @Test
    void chainedRequestsStayOnTheRetrainWhateverCameBefore() {
        int[] first = LinearData.spread(CREDIT, 5, 11);
        RidgeModel influenced =
                FULL.forget(first, DeletionMethod.INFLUENCE, Progress.NONE).model();
        TrainingSet left = CREDIT.without(first);
        double influenceBound = influenced.debt().distanceBound();
        RidgeModel afterFirst = RidgeModel.fit(left, OPTIONS, 7, Progress.NONE);
        double influenceError =
                org.unlearn.model.verify.ParameterDistance.euclidean(influenced.parameters(), afterFirst.parameters());
        assertTrue(
                influenceError > 0 && influenceError <= influenceBound * (1 + 1e-9),
                "influence error " + influenceError + " beyond its bound " + influenceBound);
        int[] second = LinearData.spread(left, 4, 5);
        RidgeModel newton =
                influenced.forget(second, DeletionMethod.NEWTON, Progress.NONE).model();
        RidgeModel retrained = RidgeModel.fit(left.without(second), OPTIONS, 7, Progress.NONE);
        assertTrue(LinearData.maxDiff(newton.parameters(), retrained.parameters()) < 1e-9);
        assertEquals(2, newton.debt().requests());
        assertEquals(9, newton.debt().rows());
    }

    @Test
    void influenceIsOneStepWithTheFullHessian() {
        int[] ids = LinearData.spread(CREDIT, 10, 1);
        RidgeModel influence =
                FULL.forget(ids, DeletionMethod.INFLUENCE, Progress.NONE).model();
        // reference: θ + H⁻¹ Σ (θᵀx̃ᵢ − yᵢ) x̃ᵢ with H formed afresh from every row
        Problem problem = FULL.state.problems().get(0);
        DMatrixRMaj h = NewtonTrainer.hessian(problem, CREDIT, FULL.parameters());
        double[] g = new double[FULL.parameters().length];
        for (int id : ids) {
            int p = CREDIT.positionOf(id);
            Rows.addScaled(
                    g,
                    Rows.margin(FULL.parameters(), CREDIT.row(p))
                            - problem.response().of(CREDIT, p),
                    CREDIT.row(p));
        }
        DMatrixRMaj step = new DMatrixRMaj(g.length, 1);
        CommonOps_DDRM.solve(h, DMatrixRMaj.wrap(g.length, 1, g), step);
        double[] expected = FULL.parameters();
        for (int j = 0; j < expected.length; j++) {
            expected[j] += step.data[j];
        }
        assertTrue(LinearData.maxDiff(expected, influence.parameters()) < 1e-10);
    }

    @Test
    void pruIsTheRetrainProjectedOntoTheDeletedRows() {
        for (int k : new int[] {1, 5, 20}) {
            int[] ids = LinearData.spread(CREDIT, k, 17);
            RidgeModel pru = FULL.forget(ids, DeletionMethod.PRU, Progress.NONE).model();
            RidgeModel retrained = RidgeModel.fit(CREDIT.without(ids), OPTIONS, 7, Progress.NONE);
            double[] expected = LinearData.projectTowards(FULL.parameters(), retrained.parameters(), CREDIT, ids);
            double diff = LinearData.maxDiff(expected, pru.parameters());
            assertTrue(diff < 1e-9, "k = " + k + ": PRU differs from Izzo's Thm. 1 by " + diff);
        }
    }

    /**
     * Chains that mix PRU (which defers the Hessian update and reads hat entries of the first training)
     * with Newton steps: each step equals its formula with everything formed afresh from the rows left.
     */
    @Test
    void chainedPruAndNewtonStepsFollowTheirFormulas() {
        int[] a = LinearData.spread(CREDIT, 6, 5);
        int[] b = LinearData.spread(CREDIT.without(a), 8, 2);
        int[] c = LinearData.spread(CREDIT.without(a).without(b), 3, 9);
        RidgeModel newton = FULL.forget(a, DeletionMethod.NEWTON, Progress.NONE).model();
        RidgeModel pru = newton.forget(b, DeletionMethod.PRU, Progress.NONE).model();
        TrainingSet left = CREDIT.without(a).without(b);
        double[] theorem = LinearData.projectTowards(
                newton.parameters(),
                RidgeModel.fit(left, OPTIONS, 7, Progress.NONE).parameters(),
                newton.trainingData(),
                b);
        assertTrue(LinearData.maxDiff(theorem, pru.parameters()) < 1e-9, "PRU after newton");
        RidgeModel pru2 = pru.forget(c, DeletionMethod.PRU, Progress.NONE).model();
        double[] newtonStep = newtonFormula(pru.parameters(), left, c);
        double[] expected = LinearData.projectTowards(pru.parameters(), newtonStep, left, c);
        assertTrue(LinearData.maxDiff(expected, pru2.parameters()) < 1e-9, "PRU after PRU");
        RidgeModel newton2 = pru.forget(c, DeletionMethod.NEWTON, Progress.NONE).model();
        assertTrue(LinearData.maxDiff(newtonStep, newton2.parameters()) < 1e-9, "newton after PRU");
        assertTrue(Double.isNaN(pru2.debt().distanceBound()), "no bound after PRU: " + pru2.debt());
    }

    /** θ + H_rem⁻¹ Σ_{i∈K} (θᵀx̃ᵢ − yᵢ) x̃ᵢ with H_rem formed from the rows that remain. */
    private static double[] newtonFormula(double[] theta, TrainingSet rows, int[] ids) {
        Problem problem = FULL.state.problems().get(0);
        DMatrixRMaj h = NewtonTrainer.hessian(problem, rows.without(ids), theta);
        double[] g = new double[theta.length];
        for (int id : ids) {
            int p = rows.positionOf(id);
            Rows.addScaled(
                    g, Rows.margin(theta, rows.row(p)) - problem.response().of(rows, p), rows.row(p));
        }
        DMatrixRMaj step = new DMatrixRMaj(g.length, 1);
        CommonOps_DDRM.solve(h, DMatrixRMaj.wrap(g.length, 1, g), step);
        double[] out = theta.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] += step.data[j];
        }
        return out;
    }

    @Test
    void exactForgettingIsTheRetrainBitForBit() {
        int[] ids = LinearData.spread(CREDIT, 3, 2);
        var forgotten = FULL.forget(ids, DeletionMethod.EXACT, Progress.NONE);
        assertTrue(forgotten.report().exact());
        assertTrue(forgotten.model().sameParameters(RidgeModel.fit(CREDIT.without(ids), OPTIONS, 7, Progress.NONE)));
        assertTrue(forgotten.model().debt().isPaid());
    }
}
