package org.unlearn.views.steps;

import java.util.List;
import java.util.TreeSet;
import org.unlearn.model.forget.Step;
import org.unlearn.views.forget.ClusterPictureModel;
import org.unlearn.views.forget.StepCentroids;

/**
 * Q-k-means' replayed iterations on the cluster picture: the centroids whose clusters lose the rows get a
 * ring, the one that changes its grid cell (where training resumes) a halo. A step that replays several
 * iterations at once, where every centroid stays, rings the centroids any of them touched. The step after the
 * replays, where training resumes, keeps the halo of the iteration it resumes from.
 */
final class CentroidMarks implements StepMarks {
    private final ClusterPictureModel picture;
    private final StepThroughViewModel steps;

    CentroidMarks(ClusterPictureModel picture, StepThroughViewModel steps) {
        this.picture = picture;
        this.steps = steps;
    }

    @Override
    public void show(Step step) {
        picture.stepProperty().set(step == null ? null : of(shown(step, steps.replaysSoFar())));
    }

    /** The step's replays; after the replays, the last one when it moved a centroid (where training resumes). */
    static List<Step.Replay> shown(Step step, List<Step.Replay> soFar) {
        if (!step.replays().isEmpty() || soFar.isEmpty()) {
            return step.replays();
        }
        Step.Replay last = soFar.get(soFar.size() - 1);
        return last.moved() >= 0 ? List.of(last) : List.of();
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
