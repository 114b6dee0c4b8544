package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Newton–CG (wide data) and dense Newton reach the same optimum and take the same removal steps, and
 * one-vs-rest training says which class it is on.
 */
class SolverTest {
    private static final TrainingSet ATTRITION = LinearData.sample("employee_attrition.csv", "Attrition");

    @Test
    void iterativeAndDenseAgreeOnTheOptimumAndTheSteps() {
        LogisticModel.Options o = LogisticModel.Options.of(0.5);
        LogisticModel dense = LogisticModel.fit(ATTRITION, o, 1, Progress.NONE, Solver.DENSE);
        LogisticModel iterative = LogisticModel.fit(ATTRITION, o, 1, Progress.NONE, Solver.ITERATIVE);
        double gradient = Rows.norm(iterative.state.problems().get(0).gradient(iterative.parameters(), ATTRITION));
        assertTrue(gradient < 1e-6, "Newton–CG stopped at a gradient of " + gradient);
        assertTrue(
                LinearData.maxDiff(dense.parameters(), iterative.parameters()) < 1e-8,
                "optima differ by " + LinearData.maxDiff(dense.parameters(), iterative.parameters()));
        int[] ids = LinearData.spread(ATTRITION, 6, 2);
        for (DeletionMethod m :
                new DeletionMethod[] {DeletionMethod.NEWTON, DeletionMethod.INFLUENCE, DeletionMethod.PRU}) {
            double[] a = dense.forget(ids, m, Progress.NONE).model().parameters();
            double[] b = iterative.forget(ids, m, Progress.NONE).model().parameters();
            assertTrue(LinearData.maxDiff(a, b) < 1e-7, m.code() + " steps differ by " + LinearData.maxDiff(a, b));
        }
    }

    @Test
    void ridgeOnShortWideRowsTakesTheClosedFormAndReachesNewtonCgsOptimum() {
        TrainingSet rows = LinearData.threesAndEights(500);
        int d1 = rows.dimension() + 1;
        assertEquals(Solver.ITERATIVE, Solver.choose(rows.size(), d1), "a logistic fit of these rows is iterative");
        assertEquals(Solver.DENSE, Solver.forRidge(rows.size(), d1));
        assertEquals(Solver.ITERATIVE, Solver.forRidge(100, d1), "100 rows: conjugate gradients end sooner");
        RidgeModel.Options o = RidgeModel.Options.of(1);
        RidgeModel closed = RidgeModel.fit(rows, o, 1, Progress.NONE);
        assertEquals(Solver.DENSE, closed.state.solved().get(0).training().solver());
        RidgeModel iterative = RidgeModel.fit(rows, o, 1, Progress.NONE, Solver.ITERATIVE);
        double diff = LinearData.maxDiff(closed.parameters(), iterative.parameters());
        assertTrue(diff < 1e-6, "optima differ by " + diff);
    }

    @Test
    void exactForgettingIsTheIterativeRetrainBitForBit() {
        LogisticModel.Options o = LogisticModel.Options.of(1);
        LogisticModel full = LogisticModel.fit(ATTRITION, o, 1, Progress.NONE, Solver.ITERATIVE);
        int[] ids = LinearData.spread(ATTRITION, 3, 5);
        assertTrue(full.forget(ids, DeletionMethod.EXACT, Progress.NONE)
                .model()
                .sameParameters(LogisticModel.fit(ATTRITION.without(ids), o, 1, Progress.NONE, Solver.ITERATIVE)));
    }

    @Test
    void oneVsRestSaysWhichClassAndIteration() {
        TrainingSet penguins = LinearData.sample("penguins.csv", "species");
        List<String> messages = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public synchronized void report(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        LogisticModel parallel = LogisticModel.fit(penguins, LogisticModel.Options.of(1), 1, recording);
        assertTrue(
                messages.stream().anyMatch(s -> s.matches("class 2 of 3, Newton iteration \\d+")), messages.toString());
        for (int run = 0; run < 3; run++) {
            assertTrue(
                    parallel.sameParameters(LogisticModel.fit(penguins, LogisticModel.Options.of(1), 1, Progress.NONE)),
                    "parallel classes give the same bits every time");
        }
        assertEquals(3, parallel.classCount());
    }
}
