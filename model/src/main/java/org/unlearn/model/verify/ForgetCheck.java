package org.unlearn.model.verify;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Parametric;

/**
 * What forgetting did, measured against the exact retrain: how far the parameters are from it, how
 * accurate each model is where it matters, and how often the two predict differently.
 *
 * @param relativeDistance  ||θ_u − θ_r|| / ||θ_full − θ_r|| (0 exact, 1 did nothing; NaN when the retrain did not move)
 * @param distance          ||θ_u − θ_r||
 * @param testAccuracy      the unlearned model on held-out rows
 * @param retainedAccuracy  on the rows it still reflects
 * @param forgottenAccuracy on the rows it forgot
 * @param retrainedForgottenAccuracy the retrained model on the forgotten rows, the value to match
 * @param disagreement      share of held-out rows the unlearned and retrained models classify differently
 */
public record ForgetCheck(
        double relativeDistance,
        double distance,
        double testAccuracy,
        double retainedAccuracy,
        double forgottenAccuracy,
        double retrainedForgottenAccuracy,
        double disagreement) {
    /**
     * @param full      the model before forgetting
     * @param unlearned the model after
     * @param retrained trained from scratch without the forgotten rows
     */
    public static <M extends Parametric & Classifier> ForgetCheck of(
            M full, M unlearned, M retrained, TrainingSet test, TrainingSet retained, TrainingSet forgotten) {
        return new ForgetCheck(
                ParameterDistance.relative(unlearned.parameters(), retrained.parameters(), full.parameters()),
                ParameterDistance.euclidean(unlearned.parameters(), retrained.parameters()),
                Quality.accuracy(unlearned, test),
                Quality.accuracy(unlearned, retained),
                Quality.accuracy(unlearned, forgotten),
                Quality.accuracy(retrained, forgotten),
                disagreement(unlearned, retrained, test));
    }

    /** Share of rows two classifiers label differently. */
    public static double disagreement(Classifier a, Classifier b, TrainingSet rows) {
        if (rows.size() == 0) {
            return Double.NaN;
        }
        int differ = 0;
        for (int p = 0; p < rows.size(); p++) {
            if (a.predict(rows.row(p)) != b.predict(rows.row(p))) {
                differ++;
            }
        }
        return differ / (double) rows.size();
    }
}
