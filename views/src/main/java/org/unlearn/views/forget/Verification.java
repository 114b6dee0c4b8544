package org.unlearn.views.forget;

import java.time.Duration;
import org.unlearn.model.verify.Agreement;
import org.unlearn.views.common.Figures;

/**
 * The check of a forgotten model against a retrain from scratch on the rows it holds, with the same seed.
 *
 * @param identical the two models' learned state is the same, bit for bit
 * @param retrain   how long the retrain took
 * @param forget    how long the request that made the model took
 * @param distance  for a model that is one parameter vector, ||θ_unlearned − θ_retrained||; NaN otherwise
 * @param relative  that distance over ||θ_trained − θ_retrained||, the distance had nothing been forgotten
 *                  (Izzo et al.'s measure: 0 is exact, 1 is no better than not forgetting); NaN otherwise
 * @param agreement bit for bit, within floating-point noise (with the relative figure) or different
 * @param attack    the loss-threshold membership attack's AUC on the forgotten rows against held-out rows, for
 *                  this model and for the retrain (0.5: the rows look unseen); NaN where not computed
 */
public record Verification(
        boolean identical,
        Duration retrain,
        Duration forget,
        double distance,
        double relative,
        Agreement agreement,
        double attack,
        double attackOnRetrain) {
    /** A check of a model that is not one parameter vector: identical or not, and the times. */
    public Verification(boolean identical, Duration retrain, Duration forget) {
        this(identical, retrain, forget, Double.NaN, Double.NaN, Agreement.ofBits(identical), Double.NaN, Double.NaN);
    }

    /** The mark before the line: ✓ bit for bit, ≈ within rounding, ✗ different. */
    public String mark() {
        return switch (agreement.kind()) {
            case IDENTICAL -> "✓";
            case WITHIN_NOISE -> "≈";
            case DIFFERENT -> "✗";
        };
    }

    /** The membership attack's line, or empty where it was not run. */
    public String attackText() {
        if (Double.isNaN(attack)) {
            return "";
        }
        return "Membership attack on the forgotten rows: AUC " + Figures.value(attack) + " (the retrain: "
                + Figures.value(attackOnRetrain) + "; 0.5 means they look like rows never seen).";
    }

    /** One line for people, every figure measured. */
    public String text() {
        if (agreement.kind() == Agreement.Kind.WITHIN_NOISE) {
            return "Equal to a retrain from scratch to within floating-point noise: the parameters are "
                    + Figures.distance(distance) + " apart, a relative difference of "
                    + Figures.distance(agreement.relative())
                    + " (< 1e-9), the size of rounding error, though not bit for bit (retrain took "
                    + Figures.duration(retrain) + " — " + speed() + ")."
                    + (attackText().isEmpty() ? "" : " " + attackText());
        }
        if (!identical) {
            String far = Double.isNaN(distance)
                    ? ""
                    : " The parameters are " + Figures.distance(distance) + " from the retrain's"
                            + (Double.isNaN(relative)
                                    ? ""
                                    : ", " + Figures.percent(relative) + " of the way from the trained model's")
                            + ".";
            return "Different from a retrain from scratch on the same rows with the same seed: this model is"
                    + " approximate (retrain took " + Figures.duration(retrain) + " — " + speed() + ")." + far
                    + (attackText().isEmpty() ? "" : " " + attackText());
        }
        return "Identical to a retrain from scratch (retrain took " + Figures.duration(retrain) + " — " + speed() + ")"
                + (attackText().isEmpty() ? "" : " " + attackText());
    }

    private String speed() {
        double times = retrain.toNanos() / (double) Math.max(1, forget.toNanos());
        String took = Figures.duration(forget);
        if (times >= 1.5) {
            return "forgetting, " + took + ", was " + Figures.ratio(times) + " faster";
        }
        if (times > 1 / 1.5) {
            return "forgetting took about as long, " + took;
        }
        return "forgetting took longer, " + took;
    }
}
