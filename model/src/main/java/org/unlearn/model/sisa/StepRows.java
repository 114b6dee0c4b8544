package org.unlearn.model.sisa;

/**
 * The rows one training step of a shard sees: slices 1..r of the shard, in ascending row-id order, so
 * the same rows are always listed the same way whatever was forgotten elsewhere.
 *
 * @param x       feature vectors (shared with the training set, never written)
 * @param y       class index per row
 * @param rowIds  row ids, ascending
 * @param classes number of classes of the whole label (not only those present)
 * @param step    the slice index r (0-based) this step ends at, for deriving its random stream
 */
public record StepRows(double[][] x, int[] y, int[] rowIds, int classes, int dimension, int step) {
    public int size() {
        return x.length;
    }
}
