package org.unlearn.model.bench;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * One model family as the bench experiment drives it: how to train it, forget with it, and score it.
 * Adding a family to {@code bench} is one implementation of this and one line in {@link BenchFamilies}.
 */
public interface BenchFamily<M extends UnlearningModel<M>> {
    /** The optional figures a family reports beside the common ones. */
    enum Figure { PARAM_DISTANCE, RETRAINED_FRACTION, CERTIFIED_FRACTION }

    /** The name given to {@code --model}. */
    String model();

    /** True when the family learns a label and is scored on held-out rows. */
    boolean supervised();

    /** Trains from scratch; also used for every exact retrain the bench compares against. */
    Trainer<M> trainer();

    /** Forgets rows by the method the bench was asked for. */
    default Forgotten<M> forget(M model, int[] rowIds, Progress progress) {
        return model.forget(rowIds, progress);
    }

    /** Name of the quality figure ("accuracy", "kmeans_loss", "mse"). */
    String qualityMetric();

    /**
     * The quality of a model: on the held-out rows for supervised families; for clustering, on the rows
     * the model reflects ({@code heldOut} is then null).
     */
    double quality(M model, TrainingSet heldOut);

    /** The family figures this family reports. */
    Set<Figure> figures();

    /** The options in effect, echoed in the JSON so a run can be reproduced. */
    Map<String, Object> options();

    /**
     * A family this one is measured against (Q-k-means against Lloyd): the bench also retrains it from
     * scratch after every request and reports its time and quality beside this family's.
     */
    default Optional<BenchFamily<?>> baseline() {
        return Optional.empty();
    }

    /** The rows the family learns from, cut from the file's rows (e.g. two classes of the label); all by default. */
    default TrainingSet prepare(TrainingSet rows) {
        return rows;
    }

    /**
     * What the engine claims about the last unlearned model, beside what the bench measured (bounds,
     * budgets), given the retrain it is compared with; names are a contract for scripts.
     */
    default Map<String, Object> claims(M unlearned, M retrained) {
        return Map.of();
    }

    /** Family-specific facts about a trained model (iterations, leaf sizes), echoed in the JSON. */
    default Map<String, Object> details(M model) {
        return Map.of();
    }
}
