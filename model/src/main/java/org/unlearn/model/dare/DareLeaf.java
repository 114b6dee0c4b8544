package org.unlearn.model.dare;

/**
 * A leaf: its rows (positions in the forest's training set, ascending) and their classes.
 */
record DareLeaf(int[] rows, int[] counts) implements DareNode {
    @Override
    public int size() {
        return rows.length;
    }

    /** Counting the rows' classes reads each row once. */
    @Override
    public long work() {
        return rows.length;
    }
}
