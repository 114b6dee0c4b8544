package org.unlearn.model.kmeans;

/**
 * One kept iteration of Q-k-means. Iteration 0 holds the k-means++ seeds; iteration t ≥ 1 holds the
 * exact sums and sizes of the clusters that the centroids of iteration t − 1 made, the phase drawn for
 * its grid, the grid cells its centroids were quantized to, and the loss of assigning every row to them.
 * Never modified once built: a deletion that changes it builds a new one.
 *
 * @param centroids quantized centroids (iteration 0: the seeds, unquantized)
 * @param grid      each centroid's grid cell per coordinate (null for iteration 0)
 * @param phase     the grid's random phase θ, drawn from the seed alone (null for iteration 0)
 * @param sums      per cluster, the exact sum of its rows (null for iteration 0)
 * @param sizes     per cluster, its row count (null for iteration 0)
 * @param loss      exact sum over rows of the squared distance to the nearest of these centroids
 */
record QIteration(double[][] centroids, long[][] grid, double[] phase, ExactSums[] sums, int[] sizes,
                  ExactSums loss) {
    QIteration withLoss(ExactSums newLoss) {
        return new QIteration(centroids, grid, phase, sums, sizes, newLoss);
    }

    double lossValue() {
        return loss.value(0, ExactSums.LOSS_BITS);
    }

    boolean sameAs(QIteration o) {
        return java.util.Arrays.deepEquals(centroids, o.centroids) && java.util.Arrays.deepEquals(grid, o.grid)
                && java.util.Arrays.equals(phase, o.phase) && java.util.Arrays.equals(sums, o.sums)
                && java.util.Arrays.equals(sizes, o.sizes) && loss.equals(o.loss);
    }
}
