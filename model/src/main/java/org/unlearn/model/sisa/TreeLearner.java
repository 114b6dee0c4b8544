package org.unlearn.model.sisa;

import java.util.stream.IntStream;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Progress;

/**
 * A CART decision tree with Gini splits ({@link CartGrower}). A tree cannot resume from a checkpoint, so a
 * shard is one slice (R degenerates to 1) and forgetting retrains the whole shard. The grower looks at every
 * feature at every node, sorts rows stably and breaks ties by feature order, so a tree depends only on its
 * rows in row-id order: deterministic.
 *
 * @param maxDepth deepest node, the root being at depth 1 (a depth of 1 is a single leaf)
 * @param nodeSize fewest rows a leaf keeps: a node of fewer than twice as many is not split
 */
public record TreeLearner(int maxDepth, int nodeSize) implements Learner {
    public static final String NAME = "tree";
    /** The deepest tree grown or read back; a deeper one would only be a chain of one-row splits. */
    public static final int DEEPEST = 1000;

    public TreeLearner {
        if (maxDepth < 1 || maxDepth > DEEPEST) {
            throw new BadInputException(NAME + ": the depth must be 1 to " + DEEPEST + ", not " + maxDepth);
        }
        if (nodeSize < 1) {
            throw new BadInputException(NAME + ": a node needs 1 row or more, not " + nodeSize);
        }
    }

    public static TreeLearner defaults() {
        return new TreeLearner(20, 2);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean sliceable() {
        return false;
    }

    @Override
    public Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress) {
        progress.checkCancelled();
        int[] y = rows.y();
        if (rows.size() == 0) {
            return new Step(TreeConstituent.constant(-1, rows.classes()), 0);
        }
        if (IntStream.of(y).distinct().count() == 1) {
            return new Step(TreeConstituent.constant(y[0], rows.classes()), rows.size());
        }
        CartNode root = CartGrower.grow(rows.x(), y, rows.classes(), maxDepth, nodeSize, progress);
        return new Step(TreeConstituent.of(root, rows.classes()), rows.size());
    }
}
