package org.unlearn.model.kmeans;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.UnlearningModel;

/** What every k-means family model offers the views and the bench: centroids, assignments, loss, cost. */
public interface ClusteringModel<M extends ClusteringModel<M>> extends UnlearningModel<M>, Clusterer, Plannable {
    /** k when the data has no class label to count. */
    int DEFAULT_K = 8;

    /** The k a model of this data starts from: the label's class count, or {@link #DEFAULT_K} without one. */
    static int defaultK(TrainingSet data) {
        return data.isClassification() && data.classCount() > 1 ? data.classCount() : DEFAULT_K;
    }

    /** The number of centroids (k, or fewer when the data holds fewer distinct rows). */
    int k();

    /** Each training row's nearest centroid, in {@link #trainingData()} order. */
    int[] assignments();

    /** Mean squared distance from the training rows to their nearest centroid. */
    double loss();

    /** Point-centroid distances a training from scratch computed: the unit forget reports count in. */
    long trainingWork();
}
