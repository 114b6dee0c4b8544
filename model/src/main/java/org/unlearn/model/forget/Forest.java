package org.unlearn.model.forget;

import java.util.List;

/**
 * A model made of decision trees (a random forest, or one tree): views draw a member, the nodes a row
 * passes through, and what forgetting it would retrain.
 */
public interface Forest {
    /**
     * One node of a tree, as views draw it.
     *
     * @param id       the node's identity within its tree (stable across forgets that keep it)
     * @param label    for people: the split ("petal_length ≤ 2.45") or the leaf's answer ("setosa, 40 rows")
     * @param rows     training rows that reach it
     * @param children its children, left first; empty for a leaf
     */
    record Node(int id, String label, int rows, List<Node> children) {
        public Node {
            children = List.copyOf(children);
        }

        public boolean isLeaf() {
            return children.isEmpty();
        }
    }

    /** The number of trees. */
    int treeCount();

    /** The root of one tree. */
    Node tree(int index);

    /** The ids of the nodes a training row passes through in one tree, root first. */
    int[] path(int index, int rowId);
}
