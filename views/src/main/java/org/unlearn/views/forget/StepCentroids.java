package org.unlearn.views.forget;

import java.util.Arrays;
import java.util.List;
import org.unlearn.views.plane.PlaneMarks;

/**
 * What a step of the step-through shows on the cluster picture: in a replayed iteration, the centroids whose
 * clusters lost the forgotten rows, and the one of them that changes its grid cell (where training resumes).
 * The centroids are those of the model the request started from, numbered as its run numbered them.
 *
 * @param iteration the replayed iteration (1-based), or the last of a run of them
 * @param touched   0-based centroids whose clusters held a forgotten row
 * @param moved     the 0-based centroid that changes its grid cell, −1 when every one stays
 */
public record StepCentroids(int iteration, int[] touched, int moved) {
    static final String MOVES = "changes its grid cell";
    static final String STAYS = "loses rows, stays in its cell";

    public StepCentroids {
        touched = touched.clone();
    }

    @Override
    public int[] touched() {
        return touched.clone();
    }

    /** The marks on the centroids of {@code run}: a ring on each that stays, a halo on the one that moves. */
    List<PlaneMarks> marks(ModelState run) {
        int[] stays =
                Arrays.stream(touched).filter(c -> c != moved && c < run.k()).toArray();
        PlaneMarks checked = at(run, stays, PlaneMarks.Shape.CHECKED, "iteration " + iteration + ": " + STAYS);
        if (moved < 0 || moved >= run.k()) {
            return List.of(checked);
        }
        return List.of(
                checked, at(run, new int[] {moved}, PlaneMarks.Shape.HALO, "iteration " + iteration + ": " + MOVES));
    }

    private static PlaneMarks at(ModelState run, int[] centroids, PlaneMarks.Shape shape, String name) {
        double[] x = new double[centroids.length];
        double[] y = new double[centroids.length];
        String[] labels = new String[centroids.length];
        for (int i = 0; i < centroids.length; i++) {
            double[] point = run.projectedCentroid(centroids[i]);
            x[i] = point[0];
            y[i] = point[1];
            labels[i] = "centroid " + (centroids[i] + 1);
        }
        return new PlaneMarks(name, shape, FamilyLayers.BY_CLUSTER, x, y, new int[centroids.length], labels, null);
    }
}
