package org.unlearn.views.forget;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.unlearn.model.bench.BenchFamily;
import org.unlearn.model.bench.ModelParameters;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.util.Progress;

/**
 * How to train one model: the family, its validated options (inside the trainer), how it forgets, how it
 * is scored, and the seed. The same recipe retrains from scratch when a forget is checked.
 *
 * @param unlearner how a request forgets (the family's default method, or the method chosen)
 * @param quality   the model's quality: k-means loss on the rows held, or a figure on held-out rows
 * @param metricOf  what the quality is, for people ("k-means loss", "accuracy", "mse"), once {@code prepare}
 *                  has seen the rows
 * @param prepare   the rows the family learns from, cut from the dataset's (all of them, for most)
 * @param options    the options as people read them ("k = 3, ε = 0.05, ...")
 * @param parameters the options as the engine's bench families take them, or null for a k-means recipe
 */
record Recipe<M extends UnlearningModel<M>>(Family family, Trainer<M> trainer, Replay.Unlearner<M> unlearner,
                                            Quality<M> quality, Supplier<String> metricOf,
                                            UnaryOperator<TrainingSet> prepare, long seed, String options,
                                            ModelParameters parameters) {
    /** A model's quality, on held-out rows where the family learns a label (null for clustering). */
    @FunctionalInterface
    interface Quality<M> {
        double of(M model, TrainingSet heldOut);
    }

    Recipe {
        Objects.requireNonNull(family);
        Objects.requireNonNull(trainer);
        Objects.requireNonNull(unlearner);
        Objects.requireNonNull(quality);
    }

    /** A k-means family's recipe: forgets its own way, scored by its loss. */
    static <M extends ClusteringModel<M>> Recipe<M> clustering(Family family, Trainer<M> trainer, long seed,
                                                               String options) {
        return new Recipe<>(family, trainer, UnlearningModel::forget, (model, heldOut) -> model.loss(),
                () -> Contenders.KMEANS_METRIC, UnaryOperator.identity(), seed, options, null);
    }

    /** A recipe the engine's bench family makes: its trainer, its forget method, its quality. */
    static <M extends UnlearningModel<M>> Recipe<M> of(Family family, BenchFamily<M> engine, ModelParameters parameters,
                                                       long seed, String options) {
        return new Recipe<>(family, engine.trainer(), engine::forget, engine::quality, engine::qualityMetric,
                engine::prepare, seed, options, parameters);
    }

    /** What the quality is ("k-means loss", "accuracy", "mse"). */
    String metric() {
        return metricOf.get();
    }

    Fitted<M> train(TrainingSet data, TrainingSet heldOut, Progress progress) {
        return new Fitted<>(this, trainer.train(data, seed, progress), heldOut);
    }
}
