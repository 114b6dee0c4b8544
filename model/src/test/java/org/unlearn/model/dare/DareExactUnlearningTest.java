package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

/**
 * The promise: unlearn(train(D), R) == train(D \ R) with the same seed — every tree the same node for node,
 * splits, cached statistics and leaf rows — over random sequences of single and batch requests on real data.
 */
class DareExactUnlearningTest {
    /**
     * Replays random requests, checking every step against a forest grown from scratch on the remaining rows;
     * returns how often each kind of change happened.
     */
    private static Map<DareChanges.Kind, Integer> replay(
            TrainingSet data, DareOptions options, long seed, int requests, long sequenceSeed) {
        Random random = new Random(sequenceSeed);
        DareForest model = DareForest.fit(data, options, seed, Progress.NONE);
        TrainingSet remaining = data;
        Map<DareChanges.Kind, Integer> seen = new EnumMap<>(DareChanges.Kind.class);
        for (int r = 0; r < requests; r++) {
            int[] ids = DareData.request(random, remaining);
            ForgetPlan plan = model.plan(ids);
            Forgotten<DareForest> forgotten = model.forget(ids, Progress.NONE);
            remaining = remaining.without(ids);
            DareForest fresh = DareForest.fit(remaining, options, seed, Progress.NONE);
            String step = data.name() + " request " + (r + 1) + " (rows " + Arrays.toString(ids) + ")";
            assertNull(forgotten.model().firstDifference(fresh), step + ": differs from a forest grown from scratch");
            assertEquals(fresh.trainingWork(), forgotten.model().trainingWork(), step + ": work of a full retrain");
            assertArrayEquals(
                    remaining.rowIds(), forgotten.model().trainingData().rowIds(), step + ": rows");
            assertTrue(forgotten.report().exact(), step);
            DareChanges done = (DareChanges) forgotten.report().detail();
            assertEquals(
                    ((DareChanges) plan.detail()).changes(), done.changes(), step + ": the plan foresaw otherwise");
            done.changes().forEach(c -> seen.merge(c.kind(), 1, Integer::sum));
            model = forgotten.model();
        }
        assertEquals(data.size() - remaining.size(), model.provenance().totalForgotten());
        return seen;
    }

    @Test
    void creditForgetsExactly() {
        DareOptions options =
                DareOptions.defaults().withTrees(6).withDepths(7, 2).withThresholds(5);
        Map<DareChanges.Kind, Integer> seen = replay(DareData.credit().train(), options, 7, 30, 1);
        assertTrue(seen.getOrDefault(DareChanges.Kind.LEAF_UPDATE, 0) > 0, seen.toString());
    }

    @Test
    void attritionForgetsExactlyWithEntropyAndLargerLeaves() {
        DareOptions options = DareOptions.defaults()
                .withTrees(5)
                .withDepths(8, 1)
                .withThresholds(3)
                .withMinLeaf(4)
                .withCriterion(Criterion.ENTROPY);
        Map<DareChanges.Kind, Integer> seen = replay(DareData.attrition().train(), options, 11, 40, 2);
        assertTrue(seen.getOrDefault(DareChanges.Kind.RETRAIN, 0) > 0, "no request regrew anything: " + seen);
    }

    @Test
    void shuttleSubsetForgetsExactly() {
        DareOptions options =
                DareOptions.defaults().withTrees(4).withDepths(10, 3).withThresholds(10);
        replay(DareData.shuttle(12), options, 13, 15, 3);
    }

    /** Small data, deep trees, k = 1: most requests change some node's choice, so every path is exercised. */
    @Test
    void aTinyForestRegrowsOftenAndStaysExact() {
        TrainingSet small = DareData.attrition().train().whereRowId(id -> id % 8 == 0);
        DareOptions options = DareOptions.defaults()
                .withTrees(8)
                .withDepths(12, 4)
                .withThresholds(1)
                .withMinLeaf(2);
        Map<DareChanges.Kind, Integer> seen = replay(small, options, 17, 40, 4);
        for (DareChanges.Kind kind : DareChanges.Kind.values()) {
            assertTrue(seen.getOrDefault(kind, 0) > 0, kind + " never happened: " + seen);
        }
    }

    @Test
    void allGreedyAndAllRandomForestsForgetExactly() {
        TrainingSet data = DareData.attrition().train();
        replay(data, DareOptions.defaults().withTrees(4).withDepths(6, 0).withThresholds(8), 19, 15, 5);
        replay(data, DareOptions.defaults().withTrees(4).withDepths(6, 6), 23, 15, 6);
    }

    @Test
    void forgettingEveryRowOfALeafStaysExact() {
        TrainingSet data = DareData.attrition().train();
        DareOptions options =
                DareOptions.defaults().withTrees(3).withDepths(5, 1).withThresholds(4);
        DareForest model = DareForest.fit(data, options, 29, Progress.NONE);
        NodeInfo leaf = model.route(0, data.rowId(10))
                .get(model.route(0, data.rowId(10)).size() - 1);
        int[] ids = Arrays.stream(data.rowIds())
                .filter(id ->
                        model.route(0, id).get(model.route(0, id).size() - 1).path() == leaf.path())
                .toArray();
        assertEquals(leaf.rows(), ids.length);
        DareForest forgotten = model.forget(ids, Progress.NONE).model();
        assertNull(forgotten.firstDifference(DareForest.fit(data.without(ids), options, 29, Progress.NONE)));
    }
}
