package org.unlearn.model.forget;

/** A model that places k centroids and assigns each row to its nearest. */
public interface Clusterer {
    /** The centroids, one row each (copies). */
    double[][] centroids();

    /** Index of the centroid nearest to a row. */
    int nearest(double[] x);
}
