package org.unlearn.model.dare;

/**
 * A node of a DaRE tree: a leaf, a random split or a greedy split. Immutable; a node's arrays are never
 * written after it is made, so forgetting shares every untouched subtree with the model it came from.
 * Each node is a function of its rows, its depth and its path alone, which is what makes a forgotten
 * tree equal a tree grown from scratch without the rows.
 */
sealed interface DareNode permits DareLeaf, SplitNode {
    /** Rows per class (shared, never to be modified). */
    int[] counts();

    /** Rows in the node. */
    int size();

    /** Feature values read to grow this subtree from its rows: the unit of work. */
    long work();

    static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }
}
