package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.model.util.Progress;

/** The k-means families' steps against what their runs kept, on real samples. */
class KMeansStepsTest {
    private static final TrainingSet IRIS = KMeansData.sample("iris.csv", "target_name");

    @Test
    void qkmeansFirstMovingIterationIsWhereTheRunResumed() {
        QKMeans model = QKMeans.fit(IRIS, QKMeans.Options.of(3), 4, Progress.NONE);
        int certified = 0;
        int resumed = 0;
        for (int p = 0; p < IRIS.size(); p += 3) {
            int id = IRIS.rowId(p);
            Forgotten<QKMeans> f = model.forget(new int[] {id}, Progress.NONE);
            QKMeans.Check check = (QKMeans.Check) f.report().detail();
            List<Step.Replay> replays = Walkthrough.of(f.report()).steps().stream()
                    .flatMap(s -> s.replays().stream())
                    .toList();
            List<Step.Replay> moving =
                    replays.stream().filter(r -> r.moved() >= 0).toList();
            if (f.report().certified()) {
                certified++;
                assertTrue(moving.isEmpty(), "row " + id + ": a certified deletion has no moving iteration");
                assertEquals(model.iterations(), replays.size(), "row " + id + ": every kept iteration replayed");
                for (int t = 0; t <= model.iterations(); t++) {
                    assertArrayEquals(
                            model.history().cellsOf(t), f.model().history().cellsOf(t));
                }
            } else if (check.moved() >= 0) {
                resumed++;
                assertEquals(1, moving.size(), "row " + id);
                int t = moving.get(0).iteration();
                assertEquals(check.resumedAt(), t, "row " + id);
                assertEquals(t, replays.get(replays.size() - 1).iteration(), "the replay stops where it moved");
                for (int i = 0; i < t; i++) {
                    assertArrayEquals(
                            model.history().cellsOf(i),
                            f.model().history().cellsOf(i),
                            "row " + id + ": iteration " + i + " is kept");
                }
                long[][] was = model.history().cellsOf(t);
                long[][] now = f.model().history().cellsOf(t);
                int c = moving.get(0).moved();
                assertFalse(
                        java.util.Arrays.equals(was[c], now[c]),
                        "row " + id + ": centroid " + c + " of iteration " + t + " moved in the resumed run");
            }
        }
        assertTrue(certified > 0 && resumed > 0, certified + " certified, " + resumed + " resumed: both should occur");
    }

    @Test
    void dckmeansStepsFollowTheLeafAndItsAncestors() {
        DCKMeans model = DCKMeans.fit(IRIS, new DCKMeans.Options(3, 300, 1e-4, 16, 4), 5, Progress.NONE);
        int id = IRIS.rowId(60);
        int leaf = model.leafOf(id);
        Forgotten<DCKMeans> f = model.forget(new int[] {id}, Progress.NONE);
        List<Step> steps = Walkthrough.of(f.report()).steps();
        // breadth-first ids in a 4-wide tree of height 2: root 0, level 1 at 1..4, leaves at 5..20
        assertEquals(Set.of(5L + leaf), ids(steps.get(1)), "the leaf re-run");
        Set<Long> ancestors = new TreeSet<>();
        for (Step s : steps.subList(2, steps.size() - 1)) {
            ancestors.addAll(ids(s));
        }
        assertEquals(Set.of(0L, 1L + leaf / 4), ancestors, "the leaf's parent, then the root");
        assertEquals(5, steps.size(), "the tree, the leaf, its parent, the root, the result");
    }

    @Test
    void lloydSaysItRetrainsEverything() {
        LloydKMeans model = LloydKMeans.fit(IRIS, LloydKMeans.Options.of(3), 2, Progress.NONE);
        Forgotten<LloydKMeans> f = model.forget(new int[] {IRIS.rowId(3), IRIS.rowId(90)}, Progress.NONE);
        Walkthrough w = Walkthrough.of(f.report());
        assertEquals(4, w.size());
        assertTrue(
                w.step(2).text().contains(f.model().iterations() + " iteration"),
                "names the retrain's iterations: " + w.step(2).text());
        assertEquals(1.0, w.step(3).figures().get(0).share(), 1e-12, "all of a training");
    }

    private static Set<Long> ids(Step step) {
        return step.nodes().stream().map(Step.Node::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
