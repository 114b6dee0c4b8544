package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forest;
import org.unlearn.model.util.Progress;

/** The tree as people read it: a one-hot split as the level against the others, a leaf as its answer alone. */
class DareTreeWordsTest {
    @Test
    void aOneHotSplitReadsAsTheLevelAgainstTheOthersLeftBranchFirst() {
        assertEquals("island ≠ Dream / island = Dream", DareForest.split("island=Dream", 0.7552));
        assertEquals("bill_length_mm ≤ 0.5300", DareForest.split("bill_length_mm", 0.53));
    }

    @Test
    void leavesNameTheirAnswerOnceAndNoSplitComparesALevelWithANumber() {
        TrainingSet penguins = PreparedData.load(
                        TestData.sample("penguins.csv"), "species", Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
        DareFamily family = new DareFamily();
        DareForest forest = family.train(family.quickOptions(), penguins, 3, Progress.NONE);
        Deque<Forest.Node> todo = new ArrayDeque<>();
        for (int t = 0; t < forest.treeCount(); t++) {
            todo.add(forest.tree(t));
        }
        int leaves = 0;
        while (!todo.isEmpty()) {
            Forest.Node node = todo.pop();
            if (node.isLeaf()) {
                leaves++;
                assertTrue(penguins.classes().contains(node.label()), node.label());
            } else {
                assertFalse(node.label().matches(".*=.*≤.*"), node.label());
                todo.addAll(node.children());
            }
        }
        assertTrue(leaves > 0);
    }
}
