package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Sharded;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.verify.MembershipInference;
import org.unlearn.model.verify.RowLoss;
import org.unlearn.views.data.RowPlane;
import org.unlearn.views.data.ScatterData;
import org.unlearn.views.pick.RowRanking;
import org.unlearn.views.pick.ScoredRows;
import org.unlearn.views.plane.Grouping;

/**
 * What a model offers the plane and the pick beyond its rows: the groupings its points can be coloured by
 * (its own first, then the label's classes), and the ranking behind "outliers / most influential rows". The
 * layers follow what the model can do, not its family: centroids give clusters, a classifier its
 * predictions, shards and slices their groupings, a model that scores rows by loss its worst-fitted rows.
 */
final class FamilyLayers {
    /** The grouping by the model's clusters. */
    static final String BY_CLUSTER = "cluster";

    static final String BY_PREDICTION = "prediction";
    static final String BY_SHARD = "shard";
    static final String BY_SLICE = "slice";

    private FamilyLayers() {}

    /** The ways to colour the plane's points under this model, its default first; rows it no longer holds have no group. */
    static List<Grouping> groupings(ModelState state) {
        RowPlane plane = state.plane();
        TrainingSet all = plane.rows();
        List<Grouping> out = new ArrayList<>();
        if (state.clusters()) {
            out.add(Grouping.of(
                            BY_CLUSTER,
                            all.size(),
                            state.k(),
                            p -> state.clusterOf(all.rowId(p)),
                            c -> "cluster " + (c + 1))
                    .coloured(state.colours()));
        } else if (all.isClassification()) {
            out.add(Grouping.of(
                    BY_PREDICTION,
                    all.size(),
                    all.classCount(),
                    state::predictedAt,
                    c -> "predicted " + all.classes().get(c)));
        }
        if (all.isClassification()) {
            out.add(ScatterData.byClass(plane));
        }
        if (state.engine() instanceof Sharded sisa) {
            TrainingSet held = state.engine().trainingData();
            out.add(Grouping.of(
                    BY_SHARD,
                    all.size(),
                    sisa.shardCount(),
                    p -> held.contains(all.rowId(p)) ? sisa.shardOf(all.rowId(p)) : -1,
                    s -> "shard " + (s + 1)));
            out.add(Grouping.of(
                    BY_SLICE,
                    all.size(),
                    sisa.sliceCount(),
                    p -> held.contains(all.rowId(p)) ? sisa.sliceOf(all.rowId(p)) : -1,
                    s -> "slice " + (s + 1)));
        }
        return out;
    }

    /** The model's ranking of the rows it holds, or none for a family that has not got one. */
    static Optional<RowRanking> ranking(ModelState state) {
        UnlearningModel<?> engine = state.engine();
        TrainingSet rows = engine.trainingData();
        if (engine instanceof Clusterer model) {
            return Optional.of(new ScoredRows(
                    "farthest from their centroid",
                    "The rows farthest from the centroid of their cluster (squared distance in the encoded features):"
                            + " the ones a cluster fits worst. Forgetting an outlier often moves its centroid more than"
                            + " forgetting a typical row.",
                    rows.rowIds(),
                    () -> distances(model, rows)));
        }
        if (engine instanceof RowLoss loss) {
            return Optional.of(new ScoredRows(
                    "highest loss",
                    "The rows the model fits worst (largest loss on their own label). Their gradients are the largest,"
                            + " so forgetting them moves the parameters most and an approximate step is least exact:"
                            + " Izzo et al. find the projective residual update gains most on such outliers.",
                    rows.rowIds(),
                    () -> MembershipInference.losses(loss, rows)));
        }
        return Optional.empty();
    }

    /** Each held row's squared distance to its own centroid, by position. */
    private static double[] distances(Clusterer model, TrainingSet rows) {
        double[][] centroids = model.centroids();
        double[] out = new double[rows.size()];
        for (int p = 0; p < out.length; p++) {
            double[] r = rows.row(p);
            double[] c = centroids[model.nearest(r)];
            double sum = 0;
            for (int j = 0; j < r.length; j++) {
                double d = r[j] - c[j];
                sum += d * d;
            }
            out[p] = sum;
        }
        return out;
    }
}
