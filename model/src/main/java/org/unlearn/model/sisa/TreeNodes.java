package org.unlearn.model.sisa;

import java.io.IOException;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;

/**
 * A tree constituent's stored form: a constant one as its class, a grown one as its nodes in pre-order, a
 * split as its feature and threshold, a leaf as its class counts. Read back, the nodes are the ones trained,
 * so the tree's state (its content hash) and its answers are the same. A split's threshold lies between two
 * values of the shard's rows; a stored shard never held a forgotten row (forgetting retrains the shard), so
 * neither do its thresholds.
 */
final class TreeNodes {
    private static final int CONSTANT = 0;
    private static final int TREE = 1;
    private static final int LEAF = 0;
    private static final int SPLIT = 1;
    /** Deeper than any tree the learner grows ({@link TreeLearner#DEEPEST}). */
    private static final int DEEPEST = TreeLearner.DEEPEST;

    private TreeNodes() {}

    static void write(TreeConstituent tree, StateOutput out) throws IOException {
        if (tree.root() == null) {
            out.writeInt(CONSTANT);
            out.writeInt(tree.constant());
            return;
        }
        out.writeInt(TREE);
        write(tree.root(), out);
    }

    private static void write(CartNode node, StateOutput out) throws IOException {
        if (node instanceof CartNode.Leaf leaf) {
            out.writeInt(LEAF);
            out.writeInts(leaf.counts());
            return;
        }
        CartNode.Split split = (CartNode.Split) node;
        out.writeInt(SPLIT);
        out.writeInt(split.feature());
        out.writeDouble(split.threshold());
        write(split.left(), out);
        write(split.right(), out);
    }

    static TreeConstituent read(StateInput in, int classes, int dimension) throws IOException {
        int kind = in.readInt();
        if (kind == CONSTANT) {
            int label = in.readInt();
            if (label < -1 || label >= classes) {
                throw new IOException("a constant tree of a class the label does not have");
            }
            return TreeConstituent.constant(label, classes);
        }
        if (kind != TREE) {
            throw new IOException("an unknown tree kind " + kind);
        }
        return TreeConstituent.of(read(in, classes, dimension, 1), classes);
    }

    private static CartNode read(StateInput in, int classes, int dimension, int depth) throws IOException {
        if (depth > DEEPEST) {
            throw new IOException("a stored tree deeper than any grown");
        }
        int kind = in.readInt();
        if (kind == LEAF) {
            int[] count = in.readInts();
            if (count.length != classes) {
                throw new IOException("a tree leaf counting " + count.length + " classes, not " + classes);
            }
            int total = 0;
            for (int c : count) {
                if (c < 0) {
                    throw new IOException("a tree leaf with a negative count");
                }
                total += c;
            }
            if (total == 0) {
                throw new IOException("a tree leaf without rows");
            }
            return new CartNode.Leaf(count);
        }
        if (kind != SPLIT) {
            throw new IOException("an unknown tree node kind " + kind);
        }
        int feature = in.readInt();
        if (feature < 0 || feature >= dimension) {
            throw new IOException("a tree split on a feature the data does not have");
        }
        double threshold = in.readDouble();
        CartNode left = read(in, classes, dimension, depth + 1);
        CartNode right = read(in, classes, dimension, depth + 1);
        return new CartNode.Split(feature, threshold, left, right);
    }
}
