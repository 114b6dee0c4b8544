package org.unlearn.model.forget;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Trains a family's model from scratch, its options fixed. "Retrain from scratch" is this, called on
 * the remaining rows with the same seed.
 */
@FunctionalInterface
public interface Trainer<M extends UnlearningModel<M>> {
    M train(TrainingSet data, long seed, Progress progress);
}
