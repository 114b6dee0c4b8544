package org.unlearn.model.kmeans;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Provenance;

/** What the k-means models share: a centroid table, a provenance, and assignments worked out when asked. */
abstract class CentroidModel<M extends ClusteringModel<M>> implements ClusteringModel<M> {
    final Centroids table;
    final Provenance provenance;
    private volatile int[] assignments;

    CentroidModel(Centroids table, Provenance provenance) {
        this.table = table;
        this.provenance = provenance;
    }

    @Override
    public final Provenance provenance() {
        return provenance;
    }

    @Override
    public final double[][] centroids() {
        return table.copy();
    }

    @Override
    public final int nearest(double[] x) {
        return table.nearest(x, Centroids.squaredNorm(x));
    }

    @Override
    public final int k() {
        return table.count();
    }

    @Override
    public final int[] assignments() {
        int[] a = assignments;
        if (a == null) {
            a = computeAssignments();
            assignments = a;
        }
        return a.clone();
    }

    /** Each training row's nearest centroid, by the kernel; a model that kept them returns those. */
    int[] computeAssignments() {
        return nearestAll(trainingData(), null);
    }

    /** Nearest centroid of every row, and each row's squared distance to it when {@code d2} is given. */
    final int[] nearestAll(TrainingSet data, double[] d2) {
        Points points = Points.of(data);
        int[] labels = new int[points.size()];
        Blocks.forEach(points.size(), true, (from, to, block) -> table.assign(points, from, to, labels, d2));
        return labels;
    }
}
