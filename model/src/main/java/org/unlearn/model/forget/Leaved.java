package org.unlearn.model.forget;

/**
 * A model whose rows are dealt to the leaves of a complete tree, each inner node aggregating its children
 * (DC-k-means): a forget re-runs the leaves of the rows and re-aggregates their ancestors. Nodes are numbered
 * breadth-first, the root 0, as {@link Step.Node#id()} numbers them in a complete tree.
 */
public interface Leaved {
    /** Children per inner node. */
    int treeWidth();

    /** Levels below the root: the leaves are at this depth. */
    int treeHeight();

    /** Rows held per leaf, leaf 0 first. */
    int[] leafSizes();

    /** The leaf a training row was dealt to. */
    int leafOf(int rowId);
}
