package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Data minimization for DaRE's cached state: a greedy split caches thresholds that are values rows hold. After
 * forgetting the rows that alone hold some values, no node of the forest (thresholds and cached candidates,
 * what {@link DareState} stores) holds those values any more.
 */
class ForgottenThresholdsTest {
    /** feature → values held by exactly one row, and which row. */
    private static Map<String, Integer> uniqueValues(TrainingSet data) {
        Map<String, Integer> holder = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int p = 0; p < data.size(); p++) {
            for (int f = 0; f < data.dimension(); f++) {
                String key = f + ":" + Double.doubleToLongBits(data.row(p)[f]);
                count.merge(key, 1, Integer::sum);
                holder.put(key, data.rowId(p));
            }
        }
        Map<String, Integer> out = new HashMap<>();
        count.forEach((k, n) -> {
            if (n == 1) {
                out.put(k, holder.get(k));
            }
        });
        return out;
    }

    /** Every (feature, value) a forest's nodes hold: split thresholds and greedy candidates. */
    private static Set<String> heldValues(DareForest forest) {
        Set<String> out = new HashSet<>();
        List<DareNode> todo = new ArrayList<>(List.of(forest.roots()));
        while (!todo.isEmpty()) {
            DareNode n = todo.remove(todo.size() - 1);
            if (n instanceof SplitNode s) {
                out.add(s.feature() + ":" + Double.doubleToLongBits(s.threshold()));
                if (s instanceof GreedySplit g) {
                    for (Candidates c : g.candidates()) {
                        for (double v : c.values()) {
                            out.add(c.feature() + ":" + Double.doubleToLongBits(v));
                        }
                    }
                }
                todo.add(s.left());
                todo.add(s.right());
            }
        }
        return out;
    }

    @Test
    void afterForgettingTheRowsThatAloneHoldAValueNoNodeHoldsIt() {
        TrainingSet data = DareData.credit().train();
        DareOptions options =
                DareOptions.defaults().withTrees(6).withDepths(7, 2).withThresholds(5);
        DareForest forest = DareForest.fit(data, options, 7, Progress.NONE);
        Map<String, Integer> unique = uniqueValues(data);
        Set<String> held = heldValues(forest);
        Set<String> leaking = new HashSet<>(unique.keySet());
        leaking.retainAll(held);
        assertTrue(leaking.size() >= 5, "the forest caches some rows' unique values to begin with: " + leaking.size());
        int[] rows = leaking.stream().mapToInt(unique::get).distinct().sorted().toArray();
        DareForest after = forest.forget(rows, Progress.NONE).model();
        Set<String> still = new HashSet<>(leaking);
        still.retainAll(heldValues(after));
        assertEquals(Set.of(), still, "values only forgotten rows held, still cached after forgetting " + rows.length);
    }
}
