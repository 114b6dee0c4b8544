package org.unlearn.views.forget;

import java.util.Objects;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.util.Progress;

/**
 * How to train one model: the family, its validated options (inside the trainer) and the seed. The same
 * recipe retrains from scratch when a forget is checked.
 *
 * @param options the options as people read them ("k = 3, ε = 0.05, ...")
 */
record Recipe<M extends ClusteringModel<M>>(Family family, Trainer<M> trainer, long seed, String options) {
    Recipe {
        Objects.requireNonNull(family);
        Objects.requireNonNull(trainer);
    }

    Fitted<M> train(TrainingSet data, Progress progress) {
        return new Fitted<>(this, trainer.train(data, seed, progress));
    }
}
