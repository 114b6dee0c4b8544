package org.unlearn.views.forget;

import java.util.Objects;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * How to train one model: a family with its checked options (the engine's own recipe) and the seed. The
 * same recipe retrains from scratch when a forget is checked, and is what Compare builds its contenders from.
 */
record Recipe<M extends UnlearningModel<M>>(Configured<M> configured, long seed) {
    Recipe {
        Objects.requireNonNull(configured);
    }

    static <M extends UnlearningModel<M>> Recipe<M> of(Configured<M> configured, long seed) {
        return new Recipe<>(configured, seed);
    }

    FamilyDescriptor<M> family() {
        return configured.family();
    }

    Options options() {
        return configured.options();
    }

    /**
     * The options set away from their defaults, as the engine writes them ("k=3, epsilon=0.1"), or "default
     * options"; the whole text, defaults included, is {@code options().toText()}.
     */
    String optionsText() {
        Options o = configured.options();
        java.util.StringJoiner out = new java.util.StringJoiner(", ");
        o.asMap().forEach((name, value) -> {
            if (o.given().contains(name) && !value.equals(o.spec(name).defaultValue())) {
                out.add(name + "=" + value);
            }
        });
        return out.length() == 0 ? "default options" : out.toString();
    }

    /** The same family and seed with the data's defaults filled in, so its options say exactly what was trained. */
    Recipe<M> resolvedFor(TrainingSet rows) {
        return new Recipe<>(configured.family().configure(configured.resolved(rows)), seed);
    }

    Fitted<M> train(TrainingSet data, TrainingSet heldOut, Progress progress) {
        return new Fitted<>(this, configured.train(data, seed, progress), heldOut);
    }
}
