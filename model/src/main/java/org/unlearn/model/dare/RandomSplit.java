package org.unlearn.model.dare;

/**
 * A random split: the first feature in the node's keyed order that is not constant on the node's rows, cut at
 * the earliest point of a keyed process in the feature's range (see {@link KeyedPoints}). It needs no cached
 * statistics beyond its sides' sizes: it keeps its threshold while both sides keep a row.
 */
final class RandomSplit extends SplitNode {
    RandomSplit(int feature, double threshold, int[] counts, int examined, DareNode left, DareNode right) {
        super(feature, threshold, counts, examined, left, right);
    }
}
