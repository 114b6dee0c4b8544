package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

/**
 * A removal step whose remaining Hessian rounds to indefinite: credit_data's 20 rows with Home = ignore, the
 * only rows with that category, forgotten at once from a logistic regression with λ = 5e-10 by the projective
 * residual update (its q × q core I − S M S is singular to the last bit once that one-hot column is empty).
 */
class IndefiniteStepTest {
    private static final TrainingSet CREDIT = LinearData.credit();
    private static final LogisticModel.Options TINY_LAMBDA = new LogisticModel.Options(5e-10, DeletionMethod.PRU, null);

    /** The ids of the rows whose one-hot column {@code feature} is on (its rarer value). */
    private static int[] rowsWith(String feature) {
        int j = CREDIT.features().indexOf(feature);
        double[] column = IntStream.range(0, CREDIT.size())
                .mapToDouble(p -> CREDIT.row(p)[j])
                .toArray();
        double on = Arrays.stream(column).max().orElseThrow();
        return IntStream.range(0, CREDIT.size())
                .filter(p -> column[p] == on)
                .map(CREDIT::rowId)
                .toArray();
    }

    @Test
    void aStepThatLosesDefinitenessRetrainsExactlyAndSaysSo() {
        int[] ignore = rowsWith("Home=ignore");
        assertEquals(20, ignore.length);
        LogisticModel model = LogisticModel.fit(CREDIT, TINY_LAMBDA, 1, Progress.NONE);

        Forgotten<LogisticModel> f = model.forget(ignore, DeletionMethod.PRU, Progress.NONE);

        assertTrue(f.report().exact(), f.report().toString());
        String line = f.report().summary();
        assertTrue(
                line.contains("projective residual update lost its precision")
                        && line.contains("retrained from scratch on 4,434 rows"),
                line);
        assertFalse(line.contains("\n"), line);
        LogisticModel retrained = LogisticModel.fit(CREDIT.without(ignore), TINY_LAMBDA, 1, Progress.NONE);
        assertTrue(f.model().sameParameters(retrained));
        assertEquals(CREDIT.size() - 20, f.model().trainingData().size());
    }

    @Test
    void whenTheRetrainIsSingularTooTheRequestIsRefusedInOneLine() {
        // ridge at λ = 3e-10: without the 20 rows, Home=ignore is an empty column and λ alone holds its pivot
        RidgeModel model =
                RidgeModel.fit(CREDIT, new RidgeModel.Options(3e-10, DeletionMethod.NEWTON), 1, Progress.NONE);

        String m = assertThrows(
                        BadInputException.class,
                        () -> model.forget(rowsWith("Home=ignore"), DeletionMethod.NEWTON, Progress.NONE))
                .getMessage();

        assertEquals(
                "credit_data.csv: the model cannot forget these 20 rows at λ = 3.0E-10 (without them the system is"
                        + " singular in double precision, and a retrain would be too); the model is unchanged, and"
                        + " one trained with a larger λ can forget them",
                m);
    }

    @Test
    void theChainGoesOnWithStepsAfterTheRetrain() {
        LogisticModel model = LogisticModel.fit(CREDIT, TINY_LAMBDA, 1, Progress.NONE);
        LogisticModel after = model.forget(rowsWith("Home=ignore"), DeletionMethod.PRU, Progress.NONE)
                .model();

        Forgotten<LogisticModel> next = after.forget(new int[] {CREDIT.rowId(0)}, DeletionMethod.PRU, Progress.NONE);

        assertFalse(next.report().exact(), next.report().summary());
        assertEquals(CREDIT.size() - 21, next.model().trainingData().size());
    }
}
