package org.unlearn.model.dare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unlearn.model.data.TrainingSet;

/**
 * Takes rows out of one tree, walking only the paths they follow. At each node it asks whether a node grown
 * from the remaining rows would choose what this one chose — it would while the cached statistics say so —
 * and regrows the subtree only where it would not:
 *
 * <ul>
 *   <li>a leaf stays a leaf (fewer rows cannot unmake a stop), its counts updated;</li>
 *   <li>a node whose rows became pure or too few collapses to a leaf;</li>
 *   <li>a random node keeps its split while both sides keep a row (its threshold is still in the feature's
 *       range, where a fresh node would draw it again; features skipped as constant stay constant);</li>
 *   <li>a greedy node keeps its split while every cached candidate stays valid (taking rows away only takes
 *       candidates away, so a sample that survives is still the sample) and the best of them stays the best.</li>
 * </ul>
 *
 * A dry walk (the plan) makes the same decisions without regrowing anything.
 */
final class TreeForgetter {
    private final TreeGrower grower;
    private final TrainingSet base;
    private final int tree;
    private final boolean dry;
    private final List<DareChanges.Change> changes = new ArrayList<>();
    private long predicted;

    TreeForgetter(TreeGrower grower, int tree, boolean dry) {
        this.grower = grower;
        this.base = grower.base();
        this.tree = tree;
        this.dry = dry;
    }

    List<DareChanges.Change> changes() {
        return changes;
    }

    /** Values read, and for a dry walk the work the regrowths it foresees would take. */
    long work() {
        return grower.work() + predicted;
    }

    /**
     * The node without some of its rows.
     *
     * @param removed positions of rows in the node, ascending, at least one
     */
    DareNode forget(DareNode node, int[] removed, int depth, long path) {
        int[] counts = node.counts().clone();
        for (int p : removed) {
            counts[base.label(p)]--;
        }
        int size = node.size() - removed.length;
        if (node instanceof DareLeaf leaf) {
            record(DareChanges.Kind.LEAF_UPDATE, depth, path, size);
            grower.addWork(removed.length);
            return new DareLeaf(minus(leaf.rows(), removed), counts);
        }
        if (grower.isLeaf(counts, size, depth)) {
            record(DareChanges.Kind.COLLAPSE, depth, path, size);
            return grower.leaf(remaining(node, removed), counts);
        }
        if (node instanceof RandomSplit r) {
            return forgetRandom(r, removed, counts, depth, path);
        }
        return forgetGreedy((GreedySplit) node, removed, counts, depth, path);
    }

    private DareNode forgetRandom(RandomSplit r, int[] removed, int[] counts, int depth, long path) {
        int[][] sides = grower.partition(removed, r.feature(), r.threshold());
        grower.addWork(removed.length);
        if (sides[0].length == r.left().size() || sides[1].length == r.right().size()) {
            return regrow(r, removed, depth, path);
        }
        record(DareChanges.Kind.KEEP, depth, path, r.size() - removed.length);
        DareNode[] children = children(r, removed, depth, path);
        return new RandomSplit(r.feature(), r.threshold(), counts, r.examined(), children[0], children[1]);
    }

    private DareNode forgetGreedy(GreedySplit g, int[] removed, int[] counts, int depth, long path) {
        int size = DareNode.sum(counts);
        Candidates[] updated = new Candidates[g.candidates().length];
        boolean valid = true;
        for (int i = 0; i < updated.length; i++) {
            updated[i] = g.candidates()[i].without(removed, base);
            valid &= updated[i].allValid(size, grower.options().minLeaf());
        }
        grower.addWork((long) removed.length * updated.length);
        if (valid) {
            int[] best = Candidates.best(updated, counts, grower.options().criterion());
            if (best[0] == g.chosenFeature() && best[1] == g.chosenValue()) {
                record(DareChanges.Kind.KEEP, depth, path, size);
                DareNode[] children = children(g, removed, depth, path);
                return new GreedySplit(updated, best[0], best[1], counts, g.examined(), children[0], children[1]);
            }
            return regrowBelow(
                    g, new TreeGrower.GreedyChoice(updated, best, g.examined()), removed, counts, depth, path);
        }
        int[] rows = remaining(g, removed);
        TreeGrower.GreedyChoice fresh = grower.greedyChoice(rows, counts, path);
        if (fresh == null) {
            record(DareChanges.Kind.COLLAPSE, depth, path, size);
            return grower.leaf(rows, counts);
        }
        if (fresh.feature() == g.feature()
                && Double.doubleToLongBits(fresh.threshold()) == Double.doubleToLongBits(g.threshold())) {
            record(DareChanges.Kind.RESAMPLE, depth, path, size);
            DareNode[] children = children(g, removed, depth, path);
            return new GreedySplit(
                    fresh.candidates(),
                    fresh.best()[0],
                    fresh.best()[1],
                    counts,
                    fresh.examined(),
                    children[0],
                    children[1]);
        }
        return regrowBelow(g, fresh, removed, counts, depth, path);
    }

    /** The node keeps its split: the removed rows go down to the children they reach. */
    private DareNode[] children(SplitNode s, int[] removed, int depth, long path) {
        int[][] sides = grower.partition(removed, s.feature(), s.threshold());
        DareNode left = sides[0].length == 0 ? s.left() : forget(s.left(), sides[0], depth + 1, 2 * path);
        DareNode right = sides[1].length == 0 ? s.right() : forget(s.right(), sides[1], depth + 1, 2 * path + 1);
        return new DareNode[] {left, right};
    }

    /** The node's choice is no longer what its rows would make: grow it again from them. */
    private DareNode regrow(SplitNode node, int[] removed, int depth, long path) {
        record(DareChanges.Kind.RETRAIN, depth, path, node.size() - removed.length);
        if (dry) {
            // gathering the remaining rows, then the node grown again from them
            predicted += (node.size() - removed.length) + node.work();
            return node;
        }
        return grower.grow(remaining(node, removed), depth, path);
    }

    /** A greedy node whose best split changed: the node takes the new choice, its children regrown. */
    private DareNode regrowBelow(
            GreedySplit g, TreeGrower.GreedyChoice choice, int[] removed, int[] counts, int depth, long path) {
        record(DareChanges.Kind.RETRAIN, depth, path, g.size() - removed.length);
        if (dry) {
            // the node's own choice is made already: gathering its rows, then its children grown again
            predicted +=
                    (g.size() - removed.length) + g.left().work() + g.right().work();
            return g;
        }
        return grower.grow(choice, remaining(g, removed), counts, depth, path);
    }

    private void record(DareChanges.Kind kind, int depth, long path, int rows) {
        changes.add(new DareChanges.Change(tree, kind, depth, path, rows));
    }

    /** The node's rows (gathered from its leaves) without the removed ones, ascending. */
    private int[] remaining(DareNode node, int[] removed) {
        int[] all = new int[node.size()];
        int n = gather(node, all, 0);
        Arrays.sort(all, 0, n);
        grower.addWork(n);
        return minus(all, removed);
    }

    private static int gather(DareNode node, int[] into, int at) {
        if (node instanceof DareLeaf leaf) {
            System.arraycopy(leaf.rows(), 0, into, at, leaf.rows().length);
            return at + leaf.rows().length;
        }
        SplitNode s = (SplitNode) node;
        return gather(s.right(), into, gather(s.left(), into, at));
    }

    /** Sorted rows without sorted removed ones (each present). */
    static int[] minus(int[] rows, int[] removed) {
        int[] out = new int[rows.length - removed.length];
        int r = 0;
        int n = 0;
        for (int p : rows) {
            if (r < removed.length && removed[r] == p) {
                r++;
            } else {
                out[n++] = p;
            }
        }
        return out;
    }
}
