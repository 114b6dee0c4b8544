package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/** Each refusal is one line that says what was wrong. */
class LinearBadInputTest {
    private static final TrainingSet IRIS = LinearData.sample("iris.csv", "target_name");

    private static String message(Runnable r) {
        String m = assertThrows(BadInputException.class, r::run).getMessage();
        assertFalse(m.contains("\n"), m);
        return m;
    }

    @Test
    void lambdaMustBePositive() {
        assertTrue(message(() -> RidgeModel.Options.of(0)).contains("must be a number > 0"));
        assertTrue(message(() -> LogisticModel.Options.of(-1)).contains("must be a number > 0"));
        assertTrue(message(() -> LogisticModel.Options.of(Double.NaN)).contains("must be a number > 0"));
    }

    @Test
    void aSingularSystemSuggestsALargerLambda() {
        // every encoded column twice: collinear, so a vanishing λ leaves the normal equations singular
        TrainingSet cancer = LinearData.sample("breast_cancer_wdbc.csv", "target");
        double[][] x = new double[cancer.size()][];
        int[] y = new int[cancer.size()];
        for (int p = 0; p < x.length; p++) {
            double[] r = cancer.row(p);
            x[p] = new double[2 * r.length];
            System.arraycopy(r, 0, x[p], 0, r.length);
            System.arraycopy(r, 0, x[p], r.length, r.length);
            y[p] = cancer.label(p);
        }
        List<String> names = new java.util.ArrayList<>(cancer.features());
        cancer.features().forEach(f -> names.add(f + " (copy)"));
        TrainingSet doubled = new TrainingSet("doubled", x, cancer.rowIds(), y, null, cancer.classes(), names);
        String m = message(() -> RidgeModel.fit(doubled, RidgeModel.Options.of(1e-300), 1, Progress.NONE));
        assertTrue(m.contains("singular") && m.contains("larger λ"), m);
    }

    @Test
    void certifiedRemovalIsForTwoClasses() {
        var options = new LogisticModel.Options(1, DeletionMethod.NEWTON, new Certification(1, 1e-4, 1));
        assertTrue(message(() -> LogisticModel.fit(IRIS, options, 1, Progress.NONE))
                .contains("two-class"));
        assertTrue(message(() -> RidgeModel.fit(IRIS, RidgeModel.Options.of(1), 1, Progress.NONE))
                .contains("3 classes"));
        assertTrue(message(() -> new Certification(0, 0.1, 1)).contains("ε > 0"));
    }

    @Test
    void atLeastOneRowMustRemain() {
        LogisticModel m = LogisticModel.fit(IRIS, LogisticModel.Options.of(1), 1, Progress.NONE);
        assertTrue(message(() -> m.forget(IRIS.rowIds(), DeletionMethod.PRU, Progress.NONE))
                .contains("k >= n"));
        assertTrue(message(() -> m.forget(new int[] {-5}, Progress.NONE)).contains("not in the training data"));
        assertTrue(message(() -> DeletionMethod.of("fisher")).contains("exact, influence, newton, pru"));
    }
}
