package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.data.Split;
import org.unlearn.model.util.Progress;

/**
 * Accuracy against Smile's RandomForest at equal trees and depth, on the same split. The paper's claim is
 * "within a point or so"; the bench measures it on more data and seeds (docs/BENCHMARKS.md). Here the margin
 * asserted is the one that holds over seeds on these test sets of ~300 and ~900 rows, where one point is
 * 3 and 9 rows.
 */
class DareAgainstSmileTest {
    private static void compare(Split split, long seed, double margin) {
        int trees = 50;
        int depth = 10;
        DareOptions options = DareOptions.defaults().withTrees(trees).withDepths(depth, 1);
        double dare = DareData.accuracy(DareForest.fit(split.train(), options, seed, Progress.NONE), split.test());
        double smile = SmileForest.accuracy(split.train(), split.test(), trees, depth, seed);
        assertTrue(dare >= smile - margin, split.train().name() + ": DaRE " + dare + " against Smile " + smile);
    }

    @Test
    void creditIsAsAccurateAsSmile() {
        compare(DareData.credit(), 1, 0.02);
    }

    @Test
    void attritionIsAsAccurateAsSmile() {
        compare(DareData.attrition(), 1, 0.02);
    }
}
