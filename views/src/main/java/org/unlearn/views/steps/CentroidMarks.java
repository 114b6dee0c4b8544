package org.unlearn.views.steps;

import java.util.List;
import java.util.TreeSet;
import org.unlearn.model.forget.Step;
import org.unlearn.views.forget.ClusterPictureModel;
import org.unlearn.views.forget.StepCentroids;

/**
 * Q-k-means' replayed iterations on the cluster picture: the centroids whose clusters lose the rows get a
 * ring, the one that changes its grid cell (where training resumes) a halo. A step that replays several
 * iterations at once, where every centroid stays, rings the centroids any of them touched.
 */
final class CentroidMarks implements StepMarks {
    private final ClusterPictureModel picture;

    CentroidMarks(ClusterPictureModel picture) {
        this.picture = picture;
    }

    @Override
    public void show(Step step) {
        picture.stepProperty().set(step == null ? null : of(step.replays()));
    }

    static StepCentroids of(List<Step.Replay> replays) {
        if (replays.isEmpty()) {
            return null;
        }
        TreeSet<Integer> touched = new TreeSet<>();
        int moved = -1;
        for (Step.Replay r : replays) {
            for (int c : r.touched()) {
                touched.add(c);
            }
            if (moved < 0 && r.moved() >= 0) {
                moved = r.moved();
            }
        }
        return new StepCentroids(
                replays.get(replays.size() - 1).iteration(),
                touched.stream().mapToInt(Integer::intValue).toArray(),
                moved);
    }
}
