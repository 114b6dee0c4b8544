package org.unlearn.model.bench;

import java.util.concurrent.atomic.AtomicReference;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * The registered families as the window's current recipes take them: a thin adapter over
 * {@link Families} and {@link Configured}.
 *
 * @deprecated only until the views build on {@link FamilyDescriptor}; then delete this, {@link BenchFamily} and
 *             {@link ModelParameters}.
 */
@Deprecated
public final class BenchFamilies {
    private BenchFamilies() {
    }

    public static BenchFamily<?> create(String model, ModelParameters parameters) {
        FamilyDescriptor<?> family = Families.byCode(model);
        return adapt(family.configure(parameters.toOptions(family)));
    }

    private static <M extends UnlearningModel<M>> BenchFamily<M> adapt(Configured<M> recipe) {
        return new BenchFamily<>() {
            // The metric depends on the rows prepared (ridge: mse or accuracy); the window asks after preparing.
            private final AtomicReference<String> metric = new AtomicReference<>("accuracy");

            @Override
            public String model() {
                return recipe.code();
            }

            @Override
            public Trainer<M> trainer() {
                return recipe::train;
            }

            @Override
            public Forgotten<M> forget(M model, int[] rowIds, Progress progress) {
                return recipe.forget(model, rowIds, progress);
            }

            @Override
            public String qualityMetric() {
                return metric.get();
            }

            @Override
            public double quality(M model, TrainingSet heldOut) {
                return recipe.quality(model, heldOut);
            }

            @Override
            public TrainingSet prepare(TrainingSet rows) {
                TrainingSet out = recipe.prepare(rows);
                metric.set(recipe.family().qualityMetric(out));
                return out;
            }
        };
    }
}
