package org.unlearn.model.sisa;

import java.io.IOException;
import java.lang.reflect.Field;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;
import smile.base.cart.DecisionNode;
import smile.base.cart.InternalNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;

/**
 * A tree constituent's stored form: which classes its leaves count, then its nodes in pre-order, a split as
 * its feature, threshold, score and deviance, a leaf as its class counts. Read back through Smile's public
 * constructors, the nodes are the ones trained, field for field, so the tree's serialized state (its content
 * hash) and its answers are the same. A split's threshold lies between two values of the shard's rows; a
 * stored shard never held a forgotten row (forgetting retrains the shard), so neither do its thresholds.
 */
final class TreeNodes {
    private static final int CONSTANT = 0;
    private static final int TREE = 1;
    private static final int LEAF = 0;
    private static final int SPLIT = 1;
    private static final int DEEPEST = 1000;
    /** Smile keeps an ordinal split's threshold in a package-private field without a getter. */
    private static final Field THRESHOLD = threshold();

    private TreeNodes() {}

    private static Field threshold() {
        try {
            Field f = OrdinalNode.class.getDeclaredField("value");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** True when the tree's nodes can be written: ordinal splits and class-count leaves only. */
    static boolean storable(TreeConstituent tree) {
        return tree.root() == null || (THRESHOLD != null && storable(tree.root()));
    }

    private static boolean storable(Node node) {
        if (node instanceof DecisionNode) {
            return true;
        }
        return node instanceof OrdinalNode s && storable(s.trueChild()) && storable(s.falseChild());
    }

    static void write(TreeConstituent tree, StateOutput out) throws IOException {
        if (tree.root() == null) {
            out.writeInt(CONSTANT);
            out.writeInt(tree.constant());
            return;
        }
        out.writeInt(TREE);
        out.writeInts(tree.labelOf());
        write(tree.root(), out);
    }

    private static void write(Node node, StateOutput out) throws IOException {
        if (node instanceof DecisionNode leaf) {
            out.writeInt(LEAF);
            out.writeInts(leaf.count());
            return;
        }
        InternalNode split = (InternalNode) node;
        out.writeInt(SPLIT);
        out.writeInt(split.feature());
        try {
            out.writeDouble(THRESHOLD.getDouble(split));
        } catch (IllegalAccessException e) {
            throw new IOException("a tree split's threshold cannot be read", e);
        }
        out.writeDouble(split.score());
        out.writeDouble(split.deviance());
        write(split.trueChild(), out);
        write(split.falseChild(), out);
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
        int[] labelOf = in.readInts();
        for (int c : labelOf) {
            if (c < 0 || c >= classes) {
                throw new IOException("a tree counting a class the label does not have");
            }
        }
        return TreeConstituent.restored(read(in, labelOf.length, dimension, 0), labelOf, classes, dimension);
    }

    private static Node read(StateInput in, int counted, int dimension, int depth) throws IOException {
        if (depth > DEEPEST) {
            throw new IOException("a stored tree deeper than any grown");
        }
        int kind = in.readInt();
        if (kind == LEAF) {
            int[] count = in.readInts();
            if (count.length != counted) {
                throw new IOException("a tree leaf counting " + count.length + " classes, not " + counted);
            }
            return new DecisionNode(count);
        }
        if (kind != SPLIT) {
            throw new IOException("an unknown tree node kind " + kind);
        }
        int feature = in.readInt();
        if (feature < 0 || feature >= dimension) {
            throw new IOException("a tree split on a feature the data does not have");
        }
        double threshold = in.readDouble();
        double score = in.readDouble();
        double deviance = in.readDouble();
        Node left = read(in, counted, dimension, depth + 1);
        Node right = read(in, counted, dimension, depth + 1);
        return new OrdinalNode(feature, threshold, score, deviance, left, right);
    }
}
