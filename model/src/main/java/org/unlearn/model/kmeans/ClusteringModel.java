package org.unlearn.model.kmeans;

import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.UnlearningModel;

/** What every k-means family model offers the views and the bench: centroids, assignments, loss, cost. */
public interface ClusteringModel<M extends ClusteringModel<M>> extends UnlearningModel<M>, Clusterer, Plannable {
    /** The number of centroids (k, or fewer when the data holds fewer distinct rows). */
    int k();

    /** Each training row's nearest centroid, in {@link #trainingData()} order. */
    int[] assignments();

    /** Mean squared distance from the training rows to their nearest centroid. */
    double loss();

    /** Point-centroid distances a training from scratch computed: the unit forget reports count in. */
    long trainingWork();
}
