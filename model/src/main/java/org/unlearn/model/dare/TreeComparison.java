package org.unlearn.model.dare;

import java.util.Arrays;
import org.unlearn.model.data.TrainingSet;

/**
 * Compares two trees node for node: the same kind of node on the same path, the same split (feature and
 * threshold bit for bit), the same cached statistics, the same rows in every leaf (by row id, since the two
 * trees may index different training sets).
 */
final class TreeComparison {
    private TreeComparison() {}

    /** Where two trees first differ ("node 5: threshold 0.25 vs 0.5"), or null when they are the same. */
    static String firstDifference(DareNode a, TrainingSet baseA, DareNode b, TrainingSet baseB, long path) {
        String at = "node " + path + ": ";
        if (a.getClass() != b.getClass()) {
            return at + kind(a) + " vs " + kind(b);
        }
        if (!Arrays.equals(a.counts(), b.counts())) {
            return at + "class counts " + Arrays.toString(a.counts()) + " vs " + Arrays.toString(b.counts());
        }
        if (a instanceof DareLeaf la) {
            DareLeaf lb = (DareLeaf) b;
            return Arrays.equals(ids(la.rows(), baseA), ids(lb.rows(), baseB)) ? null : at + "leaf rows differ";
        }
        SplitNode sa = (SplitNode) a;
        SplitNode sb = (SplitNode) b;
        if (sa.feature() != sb.feature() || !same(sa.threshold(), sb.threshold()) || sa.examined() != sb.examined()) {
            return at + "split x" + sa.feature() + " <= " + sa.threshold() + " vs x" + sb.feature() + " <= "
                    + sb.threshold();
        }
        String stats = a instanceof GreedySplit ga ? greedyStats(ga, (GreedySplit) b) : null;
        if (stats != null) {
            return at + stats;
        }
        String left = firstDifference(sa.left(), baseA, sb.left(), baseB, 2 * path);
        return left != null ? left : firstDifference(sa.right(), baseA, sb.right(), baseB, 2 * path + 1);
    }

    private static String greedyStats(GreedySplit a, GreedySplit b) {
        if (a.chosenFeature() != b.chosenFeature()
                || a.chosenValue() != b.chosenValue()
                || a.candidates().length != b.candidates().length) {
            return "candidates differ in number or choice";
        }
        for (int i = 0; i < a.candidates().length; i++) {
            Candidates ca = a.candidates()[i];
            Candidates cb = b.candidates()[i];
            if (ca.feature() != cb.feature()
                    || !Arrays.equals(ca.values(), cb.values())
                    || !Arrays.equals(ca.valueCounts(), cb.valueCounts())
                    || !Arrays.deepEquals(ca.left(), cb.left())) {
                return "candidates of feature x" + ca.feature() + " differ";
            }
        }
        return null;
    }

    private static boolean same(double x, double y) {
        return Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
    }

    private static int[] ids(int[] rows, TrainingSet base) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = base.rowId(rows[i]);
        }
        return out;
    }

    private static String kind(DareNode n) {
        return n instanceof DareLeaf ? "leaf" : n instanceof RandomSplit ? "random split" : "greedy split";
    }
}
