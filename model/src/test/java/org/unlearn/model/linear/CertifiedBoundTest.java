package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.ParameterDistance;

/**
 * Every figure a certified model states holds against an independent computation, over many random
 * requests (single rows and batches, newton and influence, chained) on two binary sets:
 * <ul>
 *   <li>the residual bound (Guo et al.'s gradient-residual norm, Thm. 1–3) is at least the gradient of the
 *       perturbed objective on the remaining rows, recomputed here from the rows, the labels and b;</li>
 *   <li>the distance bound (residual / λ, the objective being λ-strongly convex) plus the retrain's own
 *       bound is at least what a check measures, ||θ_unlearned − θ_retrained||;</li>
 *   <li>the budget spent is the residual bound, and a request the plan says fits does not force a retrain.</li>
 * </ul>
 */
class CertifiedBoundTest {
    @Test
    void boundsHoldOnBreastCancer() {
        check(LinearData.sample("breast_cancer_wdbc.csv", "target"), 0.05, 11);
        check(LinearData.sample("breast_cancer_wdbc.csv", "target"), 1, 12);
    }

    @Test
    void boundsHoldOnEmployeeAttrition() {
        check(LinearData.sample("employee_attrition.csv", "Attrition"), 1, 13);
    }

    private static void check(TrainingSet data, double lambda, long seed) {
        LogisticModel.Options options =
                new LogisticModel.Options(lambda, DeletionMethod.NEWTON, new Certification(1, 1e-5, 1));
        LogisticModel m = LogisticModel.fit(data, options, seed, Progress.NONE);
        Random random = new Random(seed);
        double spentBefore = 0;
        for (int request = 0; request < 24; request++) {
            int k = random.nextInt(4) == 0 ? 1 + random.nextInt(25) : 1;
            int[] ids = new int[k];
            for (int i = 0; i < k; i++) {
                ids[i] = m.trainingData().rowId(random.nextInt(m.trainingData().size()));
            }
            DeletionMethod method = random.nextBoolean() ? DeletionMethod.NEWTON : DeletionMethod.INFLUENCE;
            boolean planRetrains = m.plan(ids, method).retrainedFraction() >= 1;
            Forgotten<LogisticModel> f = m.forget(ids, method, Progress.NONE);
            m = f.model();
            String what = data.name() + " λ = " + lambda + ", request " + request + " (" + method.code() + ", "
                    + ids.length + " rows)";
            assertTrue(
                    planRetrains == f.report().exact(),
                    what + ": the plan said " + (planRetrains ? "" : "no ") + "retrain");
            if (f.report().exact()) {
                spentBefore = 0;
                continue;
            }
            double residual = independentGradientNorm(
                    m.trainingData(), lambda, LogisticModel.noise(data.dimension() + 1, 1, seed), m.parameters());
            assertTrue(
                    residual <= m.debt().residualBound(),
                    what + ": gradient residual " + residual + " above its bound "
                            + m.debt().residualBound());
            assertTrue(
                    m.budget().spent() == m.debt().residualBound() && m.budget().spent() > spentBefore,
                    what + ": the budget spends the residual bound");
            spentBefore = m.budget().spent();
            LogisticModel retrained = LogisticModel.fit(m.trainingData(), options, seed, Progress.NONE);
            double measured = ParameterDistance.euclidean(m.parameters(), retrained.parameters());
            assertTrue(
                    measured <= m.distanceBoundTo(retrained),
                    what + ": measured " + measured + " above the bound " + m.distanceBoundTo(retrained));
            assertTrue(m.debt().distanceBound() == m.debt().residualBound() / lambda, what);
        }
    }

    /** ||Σ (σ(θᵀx̃ᵢ) − yᵢ) x̃ᵢ + λθ + b||, each coordinate summed afresh (Kahan summation). */
    static double independentGradientNorm(TrainingSet rows, double lambda, double[] b, double[] theta) {
        int d1 = theta.length;
        double[][] terms = new double[d1][rows.size()];
        for (int p = 0; p < rows.size(); p++) {
            double[] x = rows.row(p);
            double z = theta[d1 - 1];
            for (int j = 0; j < x.length; j++) {
                z += theta[j] * x[j];
            }
            double s = 1 / (1 + Math.exp(-z)) - (rows.label(p) == 1 ? 1 : 0);
            for (int j = 0; j < x.length; j++) {
                terms[j][p] = s * x[j];
            }
            terms[d1 - 1][p] = s;
        }
        double norm = 0;
        for (int j = 0; j < d1; j++) {
            double g = kahan(terms[j]) + lambda * theta[j] + b[j];
            norm += g * g;
        }
        return Math.sqrt(norm);
    }

    private static double kahan(double[] v) {
        double sum = 0;
        double c = 0;
        for (double a : v) {
            double y = a - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }
}
