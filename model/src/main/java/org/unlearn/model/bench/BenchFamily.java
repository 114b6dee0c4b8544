package org.unlearn.model.bench;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * A family as the window's current recipes take it.
 *
 * @deprecated only until the views build on {@link org.unlearn.model.family.FamilyDescriptor}; then delete this,
 *             {@link BenchFamilies} and {@link ModelParameters}.
 */
@Deprecated
public interface BenchFamily<M extends UnlearningModel<M>> {
    /** The family's code. */
    String model();

    Trainer<M> trainer();

    Forgotten<M> forget(M model, int[] rowIds, Progress progress);

    /** The quality figure's name, once {@link #prepare} has seen the rows. */
    String qualityMetric();

    double quality(M model, TrainingSet heldOut);

    TrainingSet prepare(TrainingSet rows);
}
