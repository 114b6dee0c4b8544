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
 * @param pickLossRank where the forgotten rows' losses stood among the trained model's rows (the mean share of
 *                  its rows with a lower loss: near 1, they were the rows it fitted worst); NaN where not computed
 */
public record Verification(
        boolean identical,
        Duration retrain,
        Duration forget,
        double distance,
        double relative,
        Agreement agreement,
        double attack,
        double attackOnRetrain,
        double pickLossRank) {
    /**
     * From this share of the trained model's rows fitting better than the picked ones, the pick is its
     * worst-fitted rows and the attack's figure speaks of the pick.
     */
    static final double HIGH_LOSS_PICK = 0.8;

    /** A check of a model that is not one parameter vector: identical or not, and the times. */
    public Verification(boolean identical, Duration retrain, Duration forget) {
        this(identical, retrain, forget, Double.NaN, Double.NaN, Agreement.ofBits(identical), Double.NaN, Double.NaN);
    }

    /** A check without the pick's loss rank. */
    public Verification(
            boolean identical,
            Duration retrain,
            Duration forget,
            double distance,
            double relative,
            Agreement agreement,
            double attack,
            double attackOnRetrain) {
        this(identical, retrain, forget, distance, relative, agreement, attack, attackOnRetrain, Double.NaN);
    }

    /** The mark before the line: ✓ bit for bit, ≈ within rounding, ✗ different. */
    public String mark() {
        return switch (agreement.kind()) {
            case IDENTICAL -> "✓";
            case WITHIN_NOISE -> "≈";
            case DIFFERENT -> "✗";
        };
    }

    /**
     * The membership attack's line, or empty where it was not run: what it measures, which side of 0.5 means
     * "looks like training data", the retrain's figure beside this model's, and a warning when the picked
     * rows were the trained model's worst-fitted ones (the figure then speaks of the pick, not of forgetting).
     */
    public String attackText() {
        if (Double.isNaN(attack)) {
            return "";
        }
        return "Membership attack (guesses \"trained on\" where a row's loss is low) on the forgotten rows against"
                + " held-out rows: AUC " + Figures.value(attack) + " for this model, " + Figures.value(attackOnRetrain)
                + " for the retrain, which never saw them. Above 0.5 the forgotten rows look like training data,"
                + " at 0.5 like rows never seen, below 0.5 they fit worse than unseen rows; what forgetting left is"
                + " the gap to the retrain's figure (" + gap() + ")." + pickWarning();
    }

    private String gap() {
        double gap = attack - attackOnRetrain;
        return Math.abs(gap) < 0.005 ? "none to two decimals" : Figures.change(gap);
    }

    /** The warning for a pick of the rows the trained model fitted worst; empty for a typical pick. */
    public String pickWarning() {
        if (Double.isNaN(pickLossRank) || pickLossRank < HIGH_LOSS_PICK) {
            return "";
        }
        return " ⚠ The forgotten rows were among the trained model's highest-loss rows (on average "
                + Figures.percent(pickLossRank) + " of its rows fitted better): any model fits them worse than"
                + " typical rows, so the attack's figure is about the pick, not the forgetting.";
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
        if (forget.isZero()) {
            return "this model was loaded, not made by a request timed here";
        }
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
