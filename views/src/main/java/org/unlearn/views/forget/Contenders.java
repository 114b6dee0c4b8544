package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;

/**
 * Who a model's requests are replayed with: its own family retrained from scratch after every request
 * (the exact answer, at a full training's price), and every other family of its kind with the same k,
 * each forgetting its own way.
 */
final class Contenders {
    static final String KMEANS_METRIC = "k-means loss (mean squared distance)";
    static final String KMEANS_WORK = "point–centroid distances";

    private Contenders() {
    }

    static List<Replay.Contender<?>> of(Recipe<?> recipe, int k) {
        List<Replay.Contender<?>> out = new ArrayList<>();
        out.add(retraining(recipe));
        for (Family other : Family.values()) {
            if (other != recipe.family()) {
                out.add(unlearning(other, k));
            }
        }
        return out;
    }

    private static <M extends ClusteringModel<M>> Replay.Contender<M> retraining(Recipe<M> recipe) {
        return Replay.Contender.retraining(recipe.family().title() + " retrained from scratch", recipe.trainer(),
                ClusteringModel::loss);
    }

    private static Replay.Contender<?> unlearning(Family family, int k) {
        return switch (family) {
            case LLOYD -> own(family, LloydKMeans.trainer(LloydKMeans.Options.of(k)));
            case QKMEANS -> own(family, QKMeans.trainer(QKMeans.Options.of(k)));
            case DCKMEANS -> own(family, DCKMeans.trainer(DCKMeans.Options.of(k)));
        };
    }

    private static <M extends ClusteringModel<M>> Replay.Contender<M> own(Family family, Trainer<M> trainer) {
        return Replay.Contender.unlearning(family.title() + " (" + family.oneLine() + ")", trainer, ClusteringModel::loss);
    }
}
