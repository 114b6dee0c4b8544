package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forest;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

/** What a DaRE forest promises beside exactness: immutability, determinism, its views, its refusals. */
class DareForestTest {
    private static final DareOptions SMALL =
            DareOptions.defaults().withTrees(6).withDepths(6, 2).withThresholds(5);

    @Test
    void forgettingLeavesTheOldForestAsItWas() {
        TrainingSet data = DareData.attrition().train();
        DareForest model = DareForest.fit(data, SMALL, 3, Progress.NONE);
        int[] ids = {data.rowId(5), data.rowId(500), data.rowId(900)};
        Forgotten<DareForest> f = model.forget(ids, Progress.NONE);
        assertNull(model.firstDifference(DareForest.fit(data, SMALL, 3, Progress.NONE)), "the old forest changed");
        assertFalse(f.model().sameParameters(model));
        assertEquals(data.size(), model.trainingData().size());
        assertEquals(data.size() - 3, f.model().trainingData().size());
        assertEquals(model.provenance().id(), f.model().provenance().parentId());
        assertEquals("dare", f.report().method());
        assertTrue(
                f.report().workUnits() < f.report().fullWorkUnits(), f.report().summary());
        assertThrows(BadInputException.class, () -> f.model().forget(new int[] {ids[0]}, Progress.NONE));
    }

    @Test
    void threadsNeverChangeTheForest() {
        TrainingSet data = DareData.credit().train();
        DareForest one = DareForest.fit(data, SMALL.withThreads(1), 5, Progress.NONE);
        DareForest many = DareForest.fit(data, SMALL.withThreads(4), 5, Progress.NONE);
        assertNull(one.firstDifference(many));
        int[] batch = Arrays.copyOf(
                Arrays.stream(data.rowIds()).filter(id -> id % 97 == 3).toArray(), 20);
        assertNull(one.forget(batch, Progress.NONE)
                .model()
                .firstDifference(many.forget(batch, Progress.NONE).model()));
        assertFalse(one.sameParameters(DareForest.fit(data, SMALL, 6, Progress.NONE)), "another seed, the same forest");
    }

    @Test
    void aPlanForeseesTheForgetAndChangesNothing() {
        TrainingSet data = DareData.credit().train();
        DareForest model = DareForest.fit(data, SMALL, 7, Progress.NONE);
        int[] ids = {data.rowId(17)};
        ForgetPlan plan = model.plan(ids);
        Forgotten<DareForest> f = model.forget(ids, Progress.NONE);
        assertEquals(
                ((DareChanges) plan.detail()).changes(),
                ((DareChanges) f.report().detail()).changes());
        assertEquals(model.trainingWork(), plan.fullWorkUnits());
        assertTrue(
                plan.summary().startsWith("updates counts only")
                        || plan.summary().startsWith("retrains "),
                plan.summary());
        assertEquals(
                model.treeCount(),
                ((DareChanges) plan.detail())
                        .changes().stream()
                                .mapToInt(DareChanges.Change::tree)
                                .distinct()
                                .count(),
                "a request reaches every tree");
    }

    @Test
    void theTreeViewAndTheRouteAgree() {
        TrainingSet data = DareData.attrition().train();
        DareForest model = DareForest.fit(data, SMALL, 9, Progress.NONE);
        Forest forest = model;
        assertEquals(6, forest.treeCount());
        for (int t = 0; t < forest.treeCount(); t++) {
            Forest.Node root = forest.tree(t);
            assertEquals(data.size(), root.rows());
            assertEquals(
                    data.size(),
                    leaves(root).stream().mapToInt(Forest.Node::rows).sum());
            int rowId = data.rowId(t * 100);
            int[] path = forest.path(t, rowId);
            assertEquals(1, path[0]);
            Forest.Node node = root;
            for (int i = 1; i < path.length; i++) {
                int id = path[i];
                node = node.children().stream()
                        .filter(c -> c.id() == id)
                        .findFirst()
                        .orElseThrow();
            }
            assertTrue(node.isLeaf(), "the route ends in a leaf");
            List<NodeInfo> route = model.route(t, rowId);
            assertEquals(route.size(), path.length);
            assertEquals(NodeInfo.Kind.RANDOM, route.get(0).kind(), "the top levels split at random");
        }
        assertEquals(model.nodes(0).size(), count(forest.tree(0)));
    }

    private static List<Forest.Node> leaves(Forest.Node node) {
        return node.isLeaf()
                ? List.of(node)
                : node.children().stream().flatMap(c -> leaves(c).stream()).toList();
    }

    private static int count(Forest.Node node) {
        return 1 + node.children().stream().mapToInt(DareForestTest::count).sum();
    }

    @Test
    void untouchedSubtreesAreShared() {
        TrainingSet data = DareData.attrition().train();
        DareForest model = DareForest.fit(data, SMALL.withTrees(1), 11, Progress.NONE);
        int rowId = data.rowId(0);
        Forgotten<DareForest> f = model.forget(new int[] {rowId}, Progress.NONE);
        assertTrue(
                ((DareChanges) f.report().detail())
                        .changes().stream()
                                .filter(c -> c.depth() == 0)
                                .allMatch(c -> c.kind() == DareChanges.Kind.KEEP),
                "the root kept its split: " + f.report().summary());
        SplitNode before = (SplitNode) model.root(0);
        SplitNode after = (SplitNode) f.model().root(0);
        boolean left = model.route(0, rowId).get(1).path() == 2;
        assertSame(left ? before.right() : before.left(), left ? after.right() : after.left(), "the other side copied");
        assertFalse((left ? before.left() : before.right()) == (left ? after.left() : after.right()));
    }

    @Test
    void badOptionsAreRefusedInOneLine() {
        refused(() -> DareOptions.defaults().withTrees(0), "a DaRE forest needs 1 tree or more, not 0");
        refused(() -> DareOptions.defaults().withDepths(0, 0), "the depth must be 1 to 30, not 0");
        refused(() -> DareOptions.defaults().withDepths(31, 1), "the depth must be 1 to 30, not 31");
        refused(
                () -> DareOptions.defaults().withDepths(5, 6),
                "the random-split depth must be 0 to the depth (5), not 6");
        refused(() -> DareOptions.defaults().withThresholds(0), "thresholds per feature must be 1 or more, not 0");
        refused(() -> DareOptions.defaults().withMinLeaf(0), "a leaf needs 1 row or more, not 0");
        refused(() -> DareOptions.defaults().withThreads(-1), "threads must be 0 (one per core) or more, not -1");
        refused(() -> Criterion.byName("gain"), "unknown split criterion \"gain\" (criteria: gini, entropy)");
        assertEquals(Criterion.ENTROPY, Criterion.byName(" Entropy "));
    }

    @Test
    void aNumericLabelIsRefused() {
        TrainingSet numeric = DareData.sample("employee_attrition.csv", "MonthlyIncome");
        BadInputException e =
                assertThrows(BadInputException.class, () -> DareForest.fit(numeric, SMALL, 1, Progress.NONE));
        assertEquals("employee_attrition.csv: a DaRE forest learns classes, and the label is numeric", e.getMessage());
    }

    private static void refused(Supplier<?> make, String message) {
        BadInputException e = assertThrows(BadInputException.class, make::get);
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("--"));
    }

    @Test
    void gainsNothingFromForgottenRows() {
        TrainingSet data = DareData.attrition().train();
        DareForest model = DareForest.fit(data, SMALL, 13, Progress.NONE);
        int[] ids = Arrays.stream(data.rowIds()).filter(id -> id % 5 == 0).toArray();
        DareForest after = model.forget(ids, Progress.NONE).model();
        for (int t = 0; t < after.treeCount(); t++) {
            assertEquals(data.size() - ids.length, after.tree(t).rows());
        }
        assertArrayEquals(data.without(ids).rowIds(), after.trainingData().rowIds());
    }
}
