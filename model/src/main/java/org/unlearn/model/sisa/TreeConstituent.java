package org.unlearn.model.sisa;

import java.util.Arrays;

/**
 * A tree constituent. Its learned state, for the bit-for-bit comparison, is its nodes in pre-order (a split's
 * feature and threshold, a leaf's class counts), which two trees share exactly when they are the same tree.
 */
final class TreeConstituent implements Constituent {
    private static final double LEAF = -1;
    private final CartNode root;
    private final int classes;
    private final int constant;
    private final double[] state;

    private TreeConstituent(CartNode root, int classes, int constant) {
        this.root = root;
        this.classes = classes;
        this.constant = constant;
        this.state = root == null ? new double[] {constant} : flatten(root);
    }

    /** A grown (or read back) tree whose leaves count the label's {@code classes} classes. */
    static TreeConstituent of(CartNode root, int classes) {
        return new TreeConstituent(root, classes, -1);
    }

    /** A shard whose rows all have one class (or none: {@code label} −1 predicts uniformly). */
    static TreeConstituent constant(int label, int classes) {
        return new TreeConstituent(null, classes, label);
    }

    /** The tree's root, or null for a constant constituent. */
    CartNode root() {
        return root;
    }

    /** For a constant constituent, its class (−1: uniform). */
    int constant() {
        return constant;
    }

    int classes() {
        return classes;
    }

    private static double[] flatten(CartNode root) {
        double[] out = new double[size(root)];
        flatten(root, out, 0);
        return out;
    }

    private static int size(CartNode node) {
        return node instanceof CartNode.Split s
                ? 2 + size(s.left()) + size(s.right())
                : 1 + ((CartNode.Leaf) node).counts().length;
    }

    /** Writes the node's pre-order from {@code at}; returns where it ended. */
    private static int flatten(CartNode node, double[] out, int at) {
        if (node instanceof CartNode.Split s) {
            out[at] = s.feature();
            out[at + 1] = s.threshold();
            return flatten(s.right(), out, flatten(s.left(), out, at + 2));
        }
        out[at++] = LEAF;
        for (int c : ((CartNode.Leaf) node).counts()) {
            out[at++] = c;
        }
        return at;
    }

    @Override
    public void probabilities(double[] x, double[] out) {
        Arrays.fill(out, 0, classes, 0);
        if (root == null) {
            if (constant >= 0) {
                out[constant] = 1;
            } else {
                Arrays.fill(out, 0, classes, 1.0 / classes);
            }
            return;
        }
        CartNode.Leaf leaf = root.leafOf(x);
        int[] count = leaf.counts();
        double total = leaf.total();
        for (int c = 0; c < count.length; c++) {
            out[c] = count[c] / total;
        }
    }

    @Override
    public boolean sameAs(Constituent other) {
        return other instanceof TreeConstituent o && classes == o.classes && Arrays.equals(state, o.state);
    }

    /** The nodes in pre-order (split: feature, threshold; leaf: −1, class counts): a tree's closest flat form. */
    @Override
    public double[] parameters() {
        return state.clone();
    }
}
