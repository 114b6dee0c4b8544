package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unlearn.model.verify.Quality;

/**
 * The colours a model's clusters are drawn in, matched to the model before it: a retrain may number its
 * clusters in another order, and a cluster that barely moved should not change colour. For colouring only;
 * the model and its numbering ("cluster 2") are never changed.
 */
final class ClusterColours {
    private ClusterColours() {}

    /** Cluster c in colour c: a first model. */
    static int[] identity(int k) {
        int[] out = new int[k];
        Arrays.setAll(out, c -> c);
        return out;
    }

    /**
     * Greedy nearest matching: the closest pair of an old and a new centroid first, each used once; a new
     * cluster left over (more clusters than before) takes the lowest colour no other cluster has.
     *
     * @param before       the previous model's centroids (encoded features)
     * @param beforeColour the colour of each previous cluster
     * @param now          the new model's centroids, in the same features
     * @return the colour of each new cluster
     */
    static int[] matched(double[][] before, int[] beforeColour, double[][] now) {
        List<double[]> pairs = new ArrayList<>(before.length * now.length);
        for (int b = 0; b < before.length; b++) {
            for (int n = 0; n < now.length; n++) {
                if (before[b].length == now[n].length) {
                    pairs.add(new double[] {Quality.squaredDistance(before[b], now[n]), b, n});
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(x[0], y[0]));
        int[] out = new int[now.length];
        Arrays.fill(out, -1);
        boolean[] usedBefore = new boolean[before.length];
        boolean[] taken = new boolean[Math.max(now.length, before.length) + now.length];
        for (double[] pair : pairs) {
            int b = (int) pair[1];
            int n = (int) pair[2];
            if (!usedBefore[b] && out[n] < 0 && !taken[beforeColour[b]]) {
                usedBefore[b] = true;
                out[n] = beforeColour[b];
                taken[out[n]] = true;
            }
        }
        int free = 0;
        for (int n = 0; n < out.length; n++) {
            if (out[n] < 0) {
                while (taken[free]) {
                    free++;
                }
                out[n] = free;
                taken[free] = true;
            }
        }
        return out;
    }
}
