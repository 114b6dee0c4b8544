package org.unlearn.model.dare;

/**
 * A random split: the first non-constant feature in the node's keyed order, cut at
 * {@code min + u · (max − min)} with u keyed by the node. The cached statistics are how many rows hold the
 * feature's minimum and maximum: while both stay above zero the range, hence the threshold, is unchanged.
 */
final class RandomSplit extends SplitNode {
    private final double min;
    private final double max;
    private final int atMin;
    private final int atMax;

    RandomSplit(int feature, double threshold, double min, double max, int atMin, int atMax, int[] counts,
                int examined, DareNode left, DareNode right) {
        super(feature, threshold, counts, examined, left, right);
        this.min = min;
        this.max = max;
        this.atMin = atMin;
        this.atMax = atMax;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    int atMin() {
        return atMin;
    }

    int atMax() {
        return atMax;
    }
}
