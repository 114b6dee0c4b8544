package org.unlearn.model.forget;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * The seam every unlearning family implements: an immutable trained model that can forget rows,
 * returning a new model (the old one is untouched) with its provenance and a report of the cost.
 *
 * @param <M> the family's own model type
 */
public interface UnlearningModel<M extends UnlearningModel<M>> {
    Provenance provenance();

    /** The rows the model reflects now (its training rows minus every row forgotten). */
    TrainingSet trainingData();

    /**
     * Forgets rows by the family's default method.
     *
     * @param rowIds row ids, each present in {@link #trainingData()}
     */
    Forgotten<M> forget(int[] rowIds, Progress progress);

    /**
     * True when this model's learned state is identical to another's (same parameters bit for bit, or
     * for ensembles every constituent): how exactness is checked against a from-scratch retrain.
     */
    boolean sameParameters(M other);
}
