package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.bench.BenchFamilies;
import org.unlearn.model.bench.BenchFamily;
import org.unlearn.model.bench.ModelParameters;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;

/**
 * Who a model's requests are replayed with: its own family retrained from scratch after every request
 * (the exact answer, at a full training's price), then the other ways of its kind: for k-means the other
 * families with the same k; for a linear model its other deletion methods; for a classifier the other
 * families that learn a label, each with its defaults. A way the data does not allow is left out.
 */
final class Contenders {
    static final String KMEANS_METRIC = "k-means loss (mean squared distance)";
    /** The approximate methods; the exact one is the retrain from scratch, which every comparison has. */
    static final List<String> LINEAR_METHODS = List.of("newton", "influence", "pru");

    private Contenders() {
    }

    static List<Replay.Contender<?>> of(Fitted<?> trained) {
        List<Replay.Contender<?>> out = new ArrayList<>();
        out.add(retraining(trained));
        Family family = trained.family();
        if (family.clusters()) {
            int k = ((ClusteringModel<?>) trained.model()).centroids().length;
            for (Family other : Family.values()) {
                if (other.clusters() && other != family) {
                    out.add(clustering(other, k));
                }
            }
            return out;
        }
        TrainingSet heldOut = trained.heldOut();
        ModelParameters own = trained.recipe().parameters();
        if (family.linear() && own != null) {
            boolean certified = own.extraOr("epsilon", null) != null;
            for (String method : LINEAR_METHODS) {
                // A certified model bounds newton and influence steps only.
                if (!method.equals(own.methodOr("newton")) && !(certified && method.equals("pru"))) {
                    engine(family, withMethod(own, method), family.title() + " · " + method, heldOut, out);
                }
            }
        }
        for (Family other : Family.values()) {
            // Ridge regresses; the others classify: neither is measured against the other.
            if (!other.clusters() && other != family && other != Family.RIDGE && family != Family.RIDGE) {
                engine(other, ModelParameters.DEFAULTS, other.title() + " (" + other.oneLine() + ")", heldOut, out);
            }
        }
        return out;
    }

    /** What a family's work units count, for an axis. */
    static String workUnit(Family family) {
        if (family.clusters()) {
            return "point–centroid distances";
        }
        return family == Family.SISA ? "sample-gradient evaluations" : "work units";
    }

    private static <M extends UnlearningModel<M>> Replay.Contender<M> retraining(Fitted<M> trained) {
        Recipe<M> recipe = trained.recipe();
        TrainingSet heldOut = trained.heldOut();
        return Replay.Contender.retraining(recipe.family().title() + " retrained from scratch", recipe.trainer(),
                model -> recipe.quality().of(model, heldOut));
    }

    private static Replay.Contender<?> clustering(Family family, int k) {
        return switch (family) {
            case LLOYD -> own(family, LloydKMeans.trainer(LloydKMeans.Options.of(k)));
            case QKMEANS -> own(family, QKMeans.trainer(QKMeans.Options.of(k)));
            case DCKMEANS -> own(family, DCKMeans.trainer(DCKMeans.Options.of(k)));
            default -> throw new IllegalArgumentException(family + " does not cluster");
        };
    }

    private static <M extends ClusteringModel<M>> Replay.Contender<M> own(Family family, Trainer<M> trainer) {
        return Replay.Contender.unlearning(family.title() + " (" + family.oneLine() + ")", trainer, ClusteringModel::loss);
    }

    /** The engine's own family with these options, unless the engine refuses them (or has no such family yet). */
    private static void engine(Family family, ModelParameters parameters, String name, TrainingSet heldOut,
                               List<Replay.Contender<?>> out) {
        try {
            out.add(contender(BenchFamilies.create(family.code(), parameters), name, heldOut));
        } catch (BadInputException refused) {
            // Not a way these data or this build allow: the comparison goes on without it.
        }
    }

    private static <M extends UnlearningModel<M>> Replay.Contender<M> contender(BenchFamily<M> engine, String name,
                                                                                TrainingSet heldOut) {
        return new Replay.Contender<>(name, engine.trainer(), engine::forget, model -> engine.quality(model, heldOut));
    }

    private static ModelParameters withMethod(ModelParameters p, String method) {
        return new ModelParameters(p.k(), p.epsilon(), p.leaves(), p.iterations(), p.shards(), p.slices(), p.learner(),
                p.epochs(), method, p.lambda(), p.extra() == null ? Map.of() : p.extra());
    }
}
