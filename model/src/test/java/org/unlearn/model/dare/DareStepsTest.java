package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.model.util.Progress;

/** A DaRE request's first step follows the forgotten row's own path in every tree, down to where it stopped. */
class DareStepsTest {
    @Test
    void theRowsPathInEachTreeIsTheWalkTheEngineTook() {
        TrainingSet data = DareData.attrition().train();
        DareOptions options = DareOptions.defaults().withTrees(6).withDepths(8, 2);
        DareForest model = DareForest.fit(data, options, 3, Progress.NONE);
        int rowId = data.rowId(17);
        Forgotten<DareForest> f = model.forget(new int[] {rowId}, Progress.NONE);
        Walkthrough w = Walkthrough.of(f.report());
        Step follow = w.step(0);
        DareChanges changes = (DareChanges) f.report().detail();
        for (int t = 0; t < model.treeCount(); t++) {
            int tree = t;
            long[] walked = follow.nodes().stream()
                    .filter(n -> n.tree() == tree)
                    .mapToLong(Step.Node::id)
                    .toArray();
            long[] path = Arrays.stream(model.path(t, rowId)).asLongStream().toArray();
            boolean regrown = changes.of(t).stream()
                    .anyMatch(c -> c.kind() == DareChanges.Kind.RETRAIN || c.kind() == DareChanges.Kind.COLLAPSE);
            if (regrown) {
                assertTrue(walked.length <= path.length, "tree " + t);
                assertEquals(
                        Arrays.toString(Arrays.copyOf(path, walked.length)),
                        Arrays.toString(walked),
                        "tree " + t + ": the walk follows the path until it regrows");
            } else {
                assertEquals(Arrays.toString(path), Arrays.toString(walked), "tree " + t + ": the whole path");
            }
        }
        List<Step.Node> regrown = w.steps().stream()
                .flatMap(s -> s.nodes().stream())
                .filter(n -> n.mark() == Step.NodeMark.REGROWN)
                .distinct()
                .toList();
        assertEquals(changes.retrains().size(), regrown.size(), "the regrown subtrees are the engine's");
    }
}
