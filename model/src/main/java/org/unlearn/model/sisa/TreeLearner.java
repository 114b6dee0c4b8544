package org.unlearn.model.sisa;

import java.util.stream.IntStream;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Progress;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * A CART decision tree from Smile (Gini splits). A tree cannot resume from a checkpoint, so a shard is one
 * slice (R degenerates to 1) and forgetting retrains the whole shard. Smile's CART looks at every feature
 * at every node and sorts rows stably, so a tree depends only on its rows in row-id order: deterministic.
 *
 * @param maxDepth deepest node
 * @param nodeSize fewest rows a node needs to be split
 */
public record TreeLearner(int maxDepth, int nodeSize) implements Learner {
    public static final String NAME = "tree";
    private static final String LABEL = "sisa_label";

    public TreeLearner {
        if (maxDepth < 1) {
            throw new BadInputException(NAME + ": the depth must be 1 or more, not " + maxDepth);
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
        String[] names =
                IntStream.range(0, rows.dimension()).mapToObj(j -> "x" + j).toArray(String[]::new);
        DataFrame frame = DataFrame.of(rows.x(), names).merge(IntVector.of(LABEL, y));
        DecisionTree tree = DecisionTree.fit(
                Formula.lhs(LABEL), frame, SplitRule.GINI, maxDepth, Math.max(2, rows.size()), nodeSize);
        return new Step(TreeConstituent.of(tree, rows.classes()), rows.size());
    }
}
