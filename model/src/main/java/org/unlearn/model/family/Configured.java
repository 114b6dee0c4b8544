package org.unlearn.model.family;

import java.util.Objects;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * A family with its options checked: an immutable recipe that trains, retrains and forgets. The same
 * recipe may be used from any thread.
 */
public record Configured<M extends UnlearningModel<M>>(FamilyDescriptor<M> family, Options options) {
    public Configured {
        Objects.requireNonNull(family);
        Objects.requireNonNull(options);
    }

    public String code() {
        return family.code();
    }

    /** The rows the family learns from. */
    public TrainingSet prepare(TrainingSet rows) {
        return family.prepare(options, rows);
    }

    /** The options with the data's defaults filled in: the canonical options of a training on these rows. */
    public Options resolved(TrainingSet rows) {
        return family.resolve(options, rows);
    }

    public M train(TrainingSet rows, long seed, Progress progress) {
        return family.train(options, rows, seed, progress);
    }

    /** How models of this recipe trained on these rows are stored and read back, if the family can. */
    public java.util.Optional<org.unlearn.model.forget.StateCodec<M>> stateCodec(TrainingSet rows) {
        return family.stateCodec(options, rows);
    }

    /** The exact retrain from scratch a forget result is compared with. */
    public M retrain(M model, TrainingSet remaining, Progress progress) {
        return family.retrain(options, model, remaining, progress);
    }

    /** The method models of this recipe forget by by default. */
    public ForgetMethod defaultMethod() {
        return family.defaultMethod(options);
    }

    /** Forgets by the default method. */
    public Forgotten<M> forget(M model, int[] rowIds, Progress progress) {
        return family.forget(model, defaultMethod(), rowIds, progress);
    }

    public Forgotten<M> forget(M model, ForgetMethod method, int[] rowIds, Progress progress) {
        return family.forget(model, method, rowIds, progress);
    }

    public ForgetPlan plan(M model, int[] rowIds) {
        return family.plan(model, defaultMethod(), rowIds);
    }

    public double quality(M model, TrainingSet heldOut) {
        return family.quality(model, heldOut);
    }

    /** A model this recipe's family made, typed; refuses another family's model. */
    public M cast(UnlearningModel<?> model) {
        return family.modelType().cast(model);
    }
}
