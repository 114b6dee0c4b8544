package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.model.util.Progress;

/** A linear request's steps carry the step taken, the bound and the budget the model itself reports. */
class LinearStepsTest {
    private static final TrainingSet CANCER = LinearData.sample("breast_cancer_wdbc.csv", "target");

    @Test
    void aCertifiedNewtonStepShowsItsLengthBoundAndBudget() {
        LogisticModel m = LogisticModel.fit(
                CANCER,
                new LogisticModel.Options(1.0, DeletionMethod.NEWTON, new Certification(1e6, 1e-5, 0.5)),
                5,
                Progress.NONE);
        int[] rows = LinearData.spread(CANCER, 3, 7);
        Forgotten<LogisticModel> f = m.forget(rows, Progress.NONE);
        Walkthrough w = Walkthrough.of(f.report());
        assertEquals(
                List.of(
                        "Take the rows out of the loss",
                        "The step",
                        "The distance to the retrain",
                        "The budget used",
                        "The debt"),
                w.steps().stream().map(Step::title).toList());
        double moved = distance(m.parameters(), f.model().parameters());
        assertTrue(moved > 0);
        assertEquals(moved, figure(w, "step length ||Δθ||"), 1e-12 * (1 + moved));
        assertEquals(f.model().owed().distanceBound(), figure(w, "distance to the retrain, at most"), 0);
        Budget b = f.model().budget();
        Optional<Step.Figure> used = w.steps().stream()
                .flatMap(s -> s.figures().stream())
                .filter(x -> x.name().equals("budget used"))
                .findFirst();
        assertEquals(b.spent() / b.allowed(), used.orElseThrow().share(), 1e-12);
        assertEquals(1.0, figure(w, "approximate requests owed"));
    }

    @Test
    void anExactRequestSaysItRetrainedAndOwesNothing() {
        RidgeModel m = RidgeModel.fit(CANCER, RidgeModel.Options.of(1.0), 5, Progress.NONE);
        Forgotten<RidgeModel> f = m.forget(LinearData.spread(CANCER, 2, 1), DeletionMethod.EXACT, Progress.NONE);
        Walkthrough w = Walkthrough.of(f.report());
        assertEquals(
                List.of("Take the rows out of the loss", "Retrain from scratch", "The debt"),
                w.steps().stream().map(Step::title).toList());
        assertEquals(0.0, figure(w, "approximate requests owed"));
    }

    private static double figure(Walkthrough w, String name) {
        return w.steps().stream()
                .flatMap(s -> s.figures().stream())
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + name))
                .value();
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
