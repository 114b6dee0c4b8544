package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * The two routes to the remaining rows' Hessian after a removal (Woodbury on the inverse for a few rows, a
 * downdate of the Hessian for many) reach the matrices formed afresh from the rows left, and chains that
 * switch between them stay on the retrain.
 */
class RemainingHessianTest {
    private static final TrainingSet CREDIT = LinearData.credit();
    private static final RidgeModel.Options OPTIONS = RidgeModel.Options.of(1.0);
    private static final RidgeModel FULL = RidgeModel.fit(CREDIT, OPTIONS, 7, Progress.NONE);

    @Test
    void downdateAndWoodburyReachTheFreshMatrices() {
        Solved s = FULL.state.solved().get(0);
        int[] ids = LinearData.spread(CREDIT, 40, 3);
        int[] positions = Arrays.stream(ids).map(CREDIT::positionOf).toArray();
        double[] ones = new double[ids.length];
        Arrays.fill(ones, 1);
        DMatrixRMaj fresh = NewtonTrainer.hessian(FULL.state.problems().get(0), CREDIT.without(ids), s.anchor());
        DMatrixRMaj downdated = RemainingHessian.downdate(s.hessian().get(), CREDIT, positions, ones);
        double scale = CommonOps_DDRM.elementMaxAbs(fresh);
        assertTrue(
                LinearData.maxDiff(fresh.data, downdated.data) < 1e-13 * scale,
                "downdate off by " + LinearData.maxDiff(fresh.data, downdated.data) + " of " + scale);
        DMatrixRMaj woodbury = RemainingHessian.woodbury(s.hessianInverse(), CREDIT, positions, ones);
        DMatrixRMaj inverse = NewtonTrainer.invert(fresh, "credit", 1);
        double inverseScale = CommonOps_DDRM.elementMaxAbs(inverse);
        assertTrue(LinearData.maxDiff(inverse.data, woodbury.data) < 1e-11 * inverseScale, "Woodbury");
        assertTrue(RemainingHessian.downdates(s, 40), "40 rows of 28 columns downdate");
        assertFalse(RemainingHessian.downdates(s, 1), "one row takes Woodbury");
    }

    @Test
    void chainsThroughBothRoutesStayOnTheRetrain() {
        RidgeModel model = FULL;
        TrainingSet left = CREDIT;
        // 100 rows downdate; 1 row then needs the inverse of the downdated Hessian; 30 downdate again
        for (int k : new int[] {100, 1, 30, 2}) {
            int[] ids = LinearData.spread(left, k, k);
            model = model.forget(ids, DeletionMethod.NEWTON, Progress.NONE).model();
            left = left.without(ids);
            RidgeModel retrained = RidgeModel.fit(left, OPTIONS, 7, Progress.NONE);
            double diff = LinearData.maxDiff(model.parameters(), retrained.parameters());
            assertTrue(diff < 1e-9, "k = " + k + ": newton differs from the retrain by " + diff);
            assertTrue(diff <= model.distanceBoundTo(retrained), "k = " + k + ": " + diff + " above its bound");
        }
    }

    @Test
    void influenceOfManyRowsUsesTheFullInverse() {
        int[] ids = LinearData.spread(CREDIT, 80, 5);
        RidgeModel influence =
                FULL.forget(ids, DeletionMethod.INFLUENCE, Progress.NONE).model();
        Problem problem = FULL.state.problems().get(0);
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
        CommonOps_DDRM.solve(
                NewtonTrainer.hessian(problem, CREDIT, FULL.parameters()), DMatrixRMaj.wrap(g.length, 1, g), step);
        double[] expected = FULL.parameters();
        for (int j = 0; j < expected.length; j++) {
            expected[j] += step.data[j];
        }
        assertTrue(LinearData.maxDiff(expected, influence.parameters()) < 1e-10);
        // the next request takes the remaining inverse from the downdated Hessian
        int[] next = LinearData.spread(CREDIT.without(ids), 1, 2);
        RidgeModel newton =
                influence.forget(next, DeletionMethod.NEWTON, Progress.NONE).model();
        TrainingSet left = CREDIT.without(ids).without(next);
        double diff = LinearData.maxDiff(
                newton.parameters(),
                RidgeModel.fit(left, OPTIONS, 7, Progress.NONE).parameters());
        assertTrue(diff < 1e-9, "newton after influence differs from the retrain by " + diff);
    }
}
