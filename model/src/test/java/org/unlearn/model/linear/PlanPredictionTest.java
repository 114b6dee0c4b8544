package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

/**
 * The plan predicts what the request then does: over random chained requests, for every method and
 * every solver, the predicted work is within 2× of the work the step counted doing (one-time
 * precomputations included: PRU's hat factor, an iterative model's first inverse), and a certified
 * plan says "retrain" exactly when the budget forces one.
 */
class PlanPredictionTest {
    private static final TrainingSet ATTRITION = LinearData.sample("employee_attrition.csv", "Attrition");
    private static final TrainingSet CREDIT = LinearData.credit();

    @Test
    void logisticPlansMatchTheWorkDone() {
        for (Solver solver : Solver.values()) {
            LogisticModel full = LogisticModel.fit(ATTRITION, LogisticModel.Options.of(1), 2, Progress.NONE, solver);
            for (DeletionMethod method : DeletionMethod.values()) {
                LogisticModel m = full;
                Random random = new Random(method.ordinal());
                for (int request = 0; request < 6; request++) {
                    int[] ids = pick(m.trainingData(), random);
                    ForgetPlan plan = m.plan(ids, method);
                    Forgotten<LogisticModel> f = m.forget(ids, method, Progress.NONE);
                    within2x(
                            plan.workUnits(),
                            f.report().workUnits(),
                            solver + " " + method.code() + " request " + request + " of " + ids.length + " rows");
                    m = f.model();
                }
            }
        }
    }

    @Test
    void ridgePlansMatchTheWorkDone() {
        for (Solver solver : Solver.values()) {
            RidgeModel full = RidgeModel.fit(CREDIT, RidgeModel.Options.of(1), 2, Progress.NONE, solver);
            for (DeletionMethod method : DeletionMethod.values()) {
                RidgeModel m = full;
                Random random = new Random(10 + method.ordinal());
                for (int request = 0; request < 5; request++) {
                    int[] ids = pick(m.trainingData(), random);
                    ForgetPlan plan = m.plan(ids, method);
                    Forgotten<RidgeModel> f = m.forget(ids, method, Progress.NONE);
                    within2x(
                            plan.workUnits(),
                            f.report().workUnits(),
                            "ridge " + solver + " " + method.code() + " request " + request);
                    m = f.model();
                }
            }
        }
    }

    @Test
    void aCertifiedPlanSaysWhenTheBudgetForcesARetrain() {
        TrainingSet cancer = LinearData.sample("breast_cancer_wdbc.csv", "target");
        // a budget of about three typical removals, so that some steps fit and others do not
        LogisticModel probe = LogisticModel.fit(
                cancer,
                new LogisticModel.Options(1, DeletionMethod.NEWTON, new Certification(1, 1e-5, 1)),
                3,
                Progress.NONE);
        double[] spent = new double[9];
        for (int i = 0; i < spent.length; i++) {
            spent[i] = probe.forget(new int[] {probe.trainingData().rowId(7 + 50 * i)}, Progress.NONE)
                    .model()
                    .budget()
                    .spent();
        }
        java.util.Arrays.sort(spent);
        double epsilon = 3 * spent[spent.length / 2] / probe.budget().allowed();
        LogisticModel m = LogisticModel.fit(
                cancer,
                new LogisticModel.Options(1, DeletionMethod.NEWTON, new Certification(epsilon, 1e-5, 1)),
                3,
                Progress.NONE);
        Random random = new Random(3);
        int retrains = 0;
        int steps = 0;
        for (int request = 0; request < 30; request++) {
            int[] ids = pick(m.trainingData(), random);
            ForgetPlan plan = m.plan(ids);
            Forgotten<LogisticModel> f = m.forget(ids, Progress.NONE);
            assertEquals(
                    plan.retrainedFraction() >= 1,
                    f.report().exact(),
                    "request " + request + ": the plan said \"" + plan.summary() + "\", the engine "
                            + f.report().summary());
            retrains += f.report().exact() ? 1 : 0;
            steps += f.report().exact() ? 0 : 1;
            m = f.model();
        }
        assertTrue(retrains > 0 && steps > 0, retrains + " retrains, " + steps + " steps: the case is not exercised");
    }

    private static int[] pick(TrainingSet rows, Random random) {
        int k = random.nextBoolean() ? 1 : 1 + random.nextInt(40);
        int[] ids = new int[k];
        for (int i = 0; i < k; i++) {
            ids[i] = rows.rowId(random.nextInt(rows.size()));
        }
        return java.util.Arrays.stream(ids).distinct().toArray();
    }

    private static void within2x(long predicted, long measured, String what) {
        double ratio = predicted / (double) measured;
        assertTrue(ratio >= 0.5 && ratio <= 2, what + ": predicted " + predicted + ", did " + measured);
    }
}
