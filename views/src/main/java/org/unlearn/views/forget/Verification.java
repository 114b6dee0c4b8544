package org.unlearn.views.forget;

import java.time.Duration;
import org.unlearn.views.common.Figures;

/**
 * The check of a forgotten model against a retrain from scratch on the rows it holds, with the same seed.
 *
 * @param identical the two models' learned state is the same, bit for bit
 * @param retrain   how long the retrain took
 * @param forget    how long the request that made the model took
 */
public record Verification(boolean identical, Duration retrain, Duration forget) {
    /** One line for people, every figure measured. */
    public String text() {
        if (!identical) {
            return "Different from a retrain from scratch on the same rows with the same seed: this forget was not"
                    + " exact (retrain took " + Figures.duration(retrain) + ").";
        }
        return "Identical to a retrain from scratch (retrain took " + Figures.duration(retrain) + " — " + speed() + ")";
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
