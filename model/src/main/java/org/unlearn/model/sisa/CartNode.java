package org.unlearn.model.sisa;

/**
 * A node of a {@link CartGrower} tree: a split sends a row left when {@code x[feature] <= threshold}; a leaf
 * holds how many of its training rows had each class of the label.
 */
sealed interface CartNode {
    /** The leaf a row falls into. */
    default Leaf leafOf(double[] x) {
        CartNode node = this;
        while (node instanceof Split s) {
            node = x[s.feature()] <= s.threshold() ? s.left() : s.right();
        }
        return (Leaf) node;
    }

    /** @param counts rows per class of the label (every class, present or not) */
    record Leaf(int[] counts) implements CartNode {
        int total() {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            return n;
        }
    }

    record Split(int feature, double threshold, CartNode left, CartNode right) implements CartNode {}
}
