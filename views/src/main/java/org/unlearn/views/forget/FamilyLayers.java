package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.views.data.RowPlane;
import org.unlearn.views.data.ScatterData;
import org.unlearn.views.pick.RowRanking;
import org.unlearn.views.pick.ScoredRows;
import org.unlearn.views.plane.Grouping;

/**
 * What a model offers the plane and the pick beyond its rows: the groupings its points can be coloured by
 * (its own first, then the label's classes), and the ranking behind "outliers / most influential rows". The
 * one place a family plugs in: SISA adds "shard" and "slice" groupings, a classifier adds "prediction", a
 * linear model its influence ranking.
 */
final class FamilyLayers {
    /** The grouping by the model's clusters. */
    static final String BY_CLUSTER = "cluster";

    private FamilyLayers() {
    }

    /** The ways to colour the plane's points under this model, its default first; rows it no longer holds have no group. */
    static List<Grouping> groupings(ModelState state) {
        RowPlane plane = state.plane();
        TrainingSet all = plane.rows();
        List<Grouping> out = new ArrayList<>();
        out.add(Grouping.of(BY_CLUSTER, all.size(), state.k(), p -> state.clusterOf(all.rowId(p)),
                c -> "cluster " + (c + 1)));
        if (all.isClassification()) {
            out.add(ScatterData.byClass(plane));
        }
        return out;
    }

    /** The model's ranking of the rows it holds, or none for a family that has not got one. */
    static Optional<RowRanking> ranking(ModelState state) {
        ClusteringModel<?> model = state.model();
        TrainingSet rows = model.trainingData();
        return Optional.of(new ScoredRows("farthest from their centroid",
                "The rows farthest from the centroid of their cluster (squared distance in the encoded features):"
                        + " the ones a cluster fits worst. Forgetting an outlier often moves its centroid more than"
                        + " forgetting a typical row.",
                rows.rowIds(), () -> distances(model)));
    }

    /** Each held row's squared distance to its own centroid, by position. */
    private static double[] distances(ClusteringModel<?> model) {
        TrainingSet rows = model.trainingData();
        double[][] centroids = model.centroids();
        int[] assigned = model.assignments();
        double[] out = new double[rows.size()];
        for (int p = 0; p < out.length; p++) {
            double[] r = rows.row(p);
            double[] c = centroids[assigned[p]];
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
