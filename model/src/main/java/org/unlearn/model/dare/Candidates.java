package org.unlearn.model.dare;

import org.unlearn.model.data.TrainingSet;

/**
 * One sampled feature's candidate thresholds at a greedy node and their statistics: for each threshold v
 * (a value some row of the node holds; rows with {@code x <= v} go left), how many rows hold exactly v and
 * how many rows of each class go left. The right side is the node's counts minus the left.
 *
 * @param values      the thresholds, ascending
 * @param valueCounts rows holding each threshold's value
 * @param left        rows per class on the left of each threshold
 */
record Candidates(int feature, double[] values, int[] valueCounts, int[][] left) {
    /** These statistics without some of the node's rows (positions in the training set). */
    Candidates without(int[] removed, TrainingSet base) {
        int[] counts = valueCounts.clone();
        int[][] l = new int[left.length][];
        for (int j = 0; j < left.length; j++) {
            l[j] = left[j].clone();
        }
        for (int p : removed) {
            double v = TreeGrower.value(base, p, feature);
            int y = base.label(p);
            for (int j = values.length - 1; j >= 0 && v <= values[j]; j--) {
                l[j][y]--;
                if (v == values[j]) {
                    counts[j]--;
                }
            }
        }
        return new Candidates(feature, values, counts, l);
    }

    /**
     * True when every threshold would still be a candidate of a node of n rows: its value is still held by
     * a row, and both sides keep {@code minLeaf} rows.
     */
    boolean allValid(int n, int minLeaf) {
        for (int j = 0; j < values.length; j++) {
            int nLeft = DareNode.sum(left[j]);
            if (valueCounts[j] == 0 || nLeft < minLeaf || n - nLeft < minLeaf) {
                return false;
            }
        }
        return true;
    }

    /**
     * The best candidate of all features, as {feature index, threshold index}: the lowest score, the first
     * in feature order then threshold order on a tie, so building and updating agree.
     */
    static int[] best(Candidates[] all, int[] counts, Criterion criterion) {
        int[] best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 0; i < all.length; i++) {
            for (int j = 0; j < all[i].values.length; j++) {
                double score = criterion.score(all[i].left[j], counts);
                if (best == null || score < bestScore) {
                    bestScore = score;
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }
}
