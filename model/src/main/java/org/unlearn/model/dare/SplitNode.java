package org.unlearn.model.dare;

/**
 * An inner node: rows with {@code x[feature] <= threshold} go left, the others right.
 */
abstract sealed class SplitNode implements DareNode permits RandomSplit, GreedySplit {
    private final int feature;
    private final double threshold;
    private final int[] counts;
    private final int size;
    private final int examined;
    private final DareNode left;
    private final DareNode right;
    private final long work;

    /**
     * @param examined features whose values the node read to choose its split (its own work is that times
     *                 its rows)
     */
    SplitNode(int feature, double threshold, int[] counts, int examined, DareNode left, DareNode right) {
        this.feature = feature;
        this.threshold = threshold;
        this.counts = counts;
        this.size = DareNode.sum(counts);
        this.examined = examined;
        this.left = left;
        this.right = right;
        this.work = (long) size * examined + left.work() + right.work();
    }

    int feature() {
        return feature;
    }

    double threshold() {
        return threshold;
    }

    boolean goesLeft(double[] x) {
        return x[feature] <= threshold;
    }

    int examined() {
        return examined;
    }

    DareNode left() {
        return left;
    }

    DareNode right() {
        return right;
    }

    @Override
    public int[] counts() {
        return counts;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long work() {
        return work;
    }
}
