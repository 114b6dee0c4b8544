package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Wide dense logistic training (Newton–CG, then Newton directions preconditioned by a kept Hessian factor)
 * on real image rows: it reaches the same optimum as Newton–CG, to its rounding floor, its exact forgetting
 * is the retrain bit for bit, and its removal steps (taken with the Hessian at the last factor's point)
 * land where Newton–CG's do.
 */
class PolishingTest {
    /** MNIST 3 against 8, the first 500 such rows: 675 columns, wide enough for the polished path. */
    private static final TrainingSet THREES_AND_EIGHTS = LinearData.threesAndEights(500);

    @Test
    void reachesNewtonCgsOptimumAtItsRoundingFloor() {
        LogisticModel.Options o = LogisticModel.Options.of(1);
        LogisticModel polished = LogisticModel.fit(THREES_AND_EIGHTS, o, 1, Progress.NONE, Solver.DENSE);
        LogisticModel iterative = LogisticModel.fit(THREES_AND_EIGHTS, o, 1, Progress.NONE, Solver.ITERATIVE);
        Problem problem = polished.state.problems().get(0);
        double g0 = Rows.norm(problem.gradient(new double[THREES_AND_EIGHTS.dimension() + 1], THREES_AND_EIGHTS));
        double g = Rows.norm(problem.gradient(polished.parameters(), THREES_AND_EIGHTS));
        Solved s = polished.state.solved().get(0);
        assertTrue(
                g <= 2 * s.training().floor(),
                "stopped at " + g + ", floor " + s.training().floor());
        assertTrue(g < 1e-12 * g0, "gradient " + g + " of " + g0);
        double diff = LinearData.maxDiff(polished.parameters(), iterative.parameters());
        assertTrue(diff < 1e-8, "optima differ by " + diff);
    }

    @Test
    void exactForgettingIsTheRetrainAndStepsAgreeWithNewtonCg() {
        LogisticModel.Options o = LogisticModel.Options.of(1);
        LogisticModel polished = LogisticModel.fit(THREES_AND_EIGHTS, o, 1, Progress.NONE, Solver.DENSE);
        int[] ids = LinearData.spread(THREES_AND_EIGHTS, 5, 3);
        assertTrue(polished.forget(ids, DeletionMethod.EXACT, Progress.NONE)
                .model()
                .sameParameters(LogisticModel.fit(THREES_AND_EIGHTS.without(ids), o, 1, Progress.NONE, Solver.DENSE)));
        LogisticModel iterative = LogisticModel.fit(THREES_AND_EIGHTS, o, 1, Progress.NONE, Solver.ITERATIVE);
        double[] before = polished.parameters();
        for (DeletionMethod m : new DeletionMethod[] {DeletionMethod.NEWTON, DeletionMethod.INFLUENCE}) {
            double[] a = polished.forget(ids, m, Progress.NONE).model().parameters();
            double[] b = iterative.forget(ids, m, Progress.NONE).model().parameters();
            double step = LinearData.maxDiff(a, before);
            double diff = LinearData.maxDiff(a, b);
            assertTrue(diff < 1e-3 * step, m.code() + " steps differ by " + diff + " on a step of " + step);
        }
    }

    /**
     * The preconditioner leaves out rows of little curvature, and no more than the bound allows: for every
     * direction v, vᵀMv ≤ vᵀHv ≤ (1 + DROPPED) vᵀMv, checked on the columns of the identity through the
     * factor (M⁻¹H's extreme Rayleigh quotients lie in [1, 1 + DROPPED]), at the optimum of real image rows.
     */
    @Test
    void thePreconditionerLeavesOutRowsWithinItsBound() {
        LogisticModel m = LogisticModel.fit(THREES_AND_EIGHTS, LogisticModel.Options.of(1), 1, Progress.NONE);
        Problem problem = m.state.problems().get(0);
        double[] margins = Problem.margins(m.parameters(), THREES_AND_EIGHTS);
        Polishing.Preconditioner pre = Polishing.preconditioner(
                problem, THREES_AND_EIGHTS, margins, Polishing.squaredNorms(THREES_AND_EIGHTS));
        assertTrue(pre.rows() < THREES_AND_EIGHTS.size(), pre.rows() + " rows kept");
        Curvature h = new Curvature(THREES_AND_EIGHTS, problem.curvatures(margins), problem.lambda());
        int d1 = THREES_AND_EIGHTS.dimension() + 1;
        // power iteration on M⁻¹H finds its largest eigenvalue, the worst direction for the bound (random
        // directions alone would see the dropped part's average, not its largest)
        double[] u = new double[d1];
        java.util.Random random = new java.util.Random(7);
        for (int j = 0; j < d1; j++) {
            u[j] = random.nextGaussian();
        }
        double largest = 0;
        for (int step = 0; step < 60; step++) {
            double[] hu = h.apply(u);
            double[] next = pre.factor().solve(hu);
            // with next = M⁻¹Hu, nextᵀM next = nextᵀHu, so this is next's Rayleigh quotient uᵀHu / uᵀMu
            double ratio = ConjugateGradient.dot(next, h.apply(next)) / ConjugateGradient.dot(next, hu);
            assertTrue(ratio >= 1 - 1e-9 && ratio <= 1 + Polishing.DROPPED + 1e-9, "Rayleigh quotient " + ratio);
            largest = Math.max(largest, ratio);
            double norm = Math.sqrt(ConjugateGradient.dot(next, next));
            for (int j = 0; j < d1; j++) {
                u[j] = next[j] / norm;
            }
        }
        assertTrue(largest > 1 + 1e-3, "the left-out rows leave a trace: largest quotient " + largest);
    }
}
