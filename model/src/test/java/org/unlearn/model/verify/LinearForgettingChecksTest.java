package org.unlearn.model.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.linear.DeletionMethod;
import org.unlearn.model.linear.LogisticModel;
import org.unlearn.model.linear.RidgeModel;
import org.unlearn.model.util.Progress;

/** The forgetting checks on linear models and real data: feature injection, membership inference, the check. */
class LinearForgettingChecksTest {
    private static TrainingSet load(String file, String label) {
        return PreparedData.load(TestData.sample(file), label, Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
    }

    /** Ids of the first k rows of one class: the injected column then predicts the label. */
    private static int[] ofClass(TrainingSet data, int label, int k, int skip) {
        return java.util.stream.IntStream.range(0, data.size())
                .filter(p -> data.label(p) == label)
                .skip(skip)
                .limit(k)
                .map(data::rowId)
                .toArray();
    }

    /**
     * Credit's 26 encoded columns span fewer dimensions (each one-hot group sums to the intercept), so 20
     * rows of one class already span the rows' space: PRU then removes the injected column entirely, while
     * one influence step keeps most of it. With fewer rows PRU removes part (docs/BENCHMARKS.md has the curve).
     */
    @Test
    void pruRemovesAnInjectedFeature() {
        TrainingSet credit = load("credit_data.csv", "Status");
        int[] ids = ofClass(credit, 0, 20, 0);
        assertTrue(ids.length < credit.dimension() + 1);
        int index = credit.dimension();
        FeatureInjection.Result ridge = FeatureInjection.run(
                credit,
                ids,
                d -> RidgeModel.fit(d, RidgeModel.Options.of(1), 1, Progress.NONE),
                (m, rows) -> m.forget(rows, DeletionMethod.PRU, Progress.NONE).model(),
                index);
        FeatureInjection.Result logistic = FeatureInjection.run(
                credit,
                ids,
                d -> LogisticModel.fit(d, LogisticModel.Options.of(1), 1, Progress.NONE),
                (m, rows) -> m.forget(rows, DeletionMethod.PRU, Progress.NONE).model(),
                index);
        FeatureInjection.Result influence = FeatureInjection.run(
                credit,
                ids,
                d -> LogisticModel.fit(d, LogisticModel.Options.of(1), 1, Progress.NONE),
                (m, rows) ->
                        m.forget(rows, DeletionMethod.INFLUENCE, Progress.NONE).model(),
                index);
        assertTrue(
                Math.abs(ridge.before()) > 0.1 && Math.abs(logistic.before()) > 0.1,
                "the injected column carries weight: " + ridge + ", " + logistic);
        assertTrue(ridge.leftFraction() < 0.05, "ridge PRU leaves " + ridge.leftFraction());
        assertTrue(logistic.leftFraction() < 0.05, "logistic PRU leaves " + logistic.leftFraction());
        assertTrue(influence.leftFraction() > 0.5, "influence leaves " + influence.leftFraction());
        TrainingSet injected = FeatureInjection.inject(credit, ids);
        assertEquals(FeatureInjection.COLUMN, injected.features().get(index));
        assertEquals(0, injected.row(injected.positionOf(credit.rowId(credit.size() - 1)))[index]);
    }

    /**
     * Digits (64 pixels, 10 classes one-vs-rest) on a 539-row training set with little regularization:
     * the model fits its rows more closely than unseen ones, so the attack sees members; after forgetting
     * 40% of them (drawn by the seed) it no longer does.
     */
    @Test
    void membershipInferenceSeesTheForgottenRowsOnlyBeforeForgetting() {
        TrainingSet digits = load("digits_8x8.csv", "target");
        Split split = Split.of(digits, 0.7, 4);
        Split forget = Split.of(split.train(), 0.4, 5);
        int[] ids = forget.test().rowIds();
        TrainingSet forgotten = forget.test();
        LogisticModel full = LogisticModel.fit(split.train(), LogisticModel.Options.of(0.01), 4, Progress.NONE);
        LogisticModel retrained =
                full.forget(ids, DeletionMethod.EXACT, Progress.NONE).model();
        LogisticModel newton =
                full.forget(ids, DeletionMethod.NEWTON, Progress.NONE).model();
        double before = MembershipInference.auc(full, forgotten, split.test());
        double after = MembershipInference.auc(retrained, forgotten, split.test());
        double approx = MembershipInference.auc(newton, forgotten, split.test());
        assertTrue(before > 0.55, "the trained model remembers its rows: AUC " + before);
        assertTrue(Math.abs(after - 0.5) < 0.06, "after retraining the rows look unseen: AUC " + after);
        assertTrue(approx < before - 0.05, "newton forgets: AUC " + approx + " against " + before);
    }

    @Test
    void theCheckComparesWithTheRetrain() {
        TrainingSet attrition = load("employee_attrition.csv", "Attrition");
        Split split = Split.of(attrition, 0.2, 4);
        int[] ids = Split.of(split.train(), 0.005, 6).test().rowIds();
        TrainingSet forgotten = split.train().whereRowId(id -> java.util.Arrays.binarySearch(ids, id) >= 0);
        LogisticModel full = LogisticModel.fit(split.train(), LogisticModel.Options.of(1), 4, Progress.NONE);
        LogisticModel retrained =
                full.forget(ids, DeletionMethod.EXACT, Progress.NONE).model();
        LogisticModel newton =
                full.forget(ids, DeletionMethod.NEWTON, Progress.NONE).model();
        ForgetCheck check = ForgetCheck.of(full, newton, retrained, split.test(), newton.trainingData(), forgotten);
        assertTrue(check.relativeDistance() > 0 && check.relativeDistance() < 0.1, check.toString());
        assertEquals(check.testAccuracy(), Quality.accuracy(newton, split.test()));
        assertTrue(check.disagreement() < 0.02, check.toString());
        assertEquals(
                0,
                ForgetCheck.of(full, retrained, retrained, split.test(), retrained.trainingData(), forgotten)
                        .distance());
        assertEquals(
                1,
                ForgetCheck.of(full, full, retrained, split.test(), retrained.trainingData(), forgotten)
                        .relativeDistance(),
                1e-12);
    }

    @Test
    void aucCountsOrderedPairsAndTies() {
        assertEquals(1, MembershipInference.auc(new double[] {0.1, 0.2}, new double[] {0.3, 0.4}));
        assertEquals(0, MembershipInference.auc(new double[] {0.5}, new double[] {0.3, 0.4}));
        assertEquals(0.5, MembershipInference.auc(new double[] {0.3}, new double[] {0.3}));
        assertEquals(0.875, MembershipInference.auc(new double[] {0.2, 0.3}, new double[] {0.3, 0.4}));
    }
}
