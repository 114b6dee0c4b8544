package org.unlearn.model.sisa;

import org.unlearn.model.util.Progress;

/**
 * Grows a CART classification tree with Gini splits over every feature and every threshold between two
 * neighbouring values (the midpoint, as scikit-learn's), from rows sorted once per feature and split stably.
 * Deterministic: the best split is the lowest weighted Gini impurity, and of equal ones the first in feature
 * order, then the lowest threshold; so a tree depends only on its rows in the order given.
 *
 * <p>Not thread-safe; one grower per tree.
 */
final class CartGrower {
    private final double[][] x;
    private final int[] y;
    private final int classes;
    private final int maxDepth;
    private final int minLeaf;
    private final Progress progress;
    /** For each feature, the positions of the rows ordered by that feature; a node owns one segment of each. */
    private final int[][] sorted;

    private final boolean[] goesLeft;
    private final int[] buffer;

    private CartGrower(double[][] x, int[] y, int classes, int maxDepth, int minLeaf, Progress progress) {
        this.x = x;
        this.y = y;
        this.classes = classes;
        this.maxDepth = maxDepth;
        this.minLeaf = minLeaf;
        this.progress = progress;
        int d = x.length == 0 ? 0 : x[0].length;
        this.sorted = new int[d][];
        for (int f = 0; f < d; f++) {
            sorted[f] = IndexSort.byValue(x, f);
        }
        this.goesLeft = new boolean[x.length];
        this.buffer = new int[x.length];
    }

    /**
     * The tree of these rows (at least one).
     *
     * @param maxDepth the deepest node, the root being at depth 1 (so at most maxDepth − 1 splits on a path)
     * @param minLeaf  the fewest rows either side of a split keeps
     */
    static CartNode grow(double[][] x, int[] y, int classes, int maxDepth, int minLeaf, Progress progress) {
        return new CartGrower(x, y, classes, maxDepth, minLeaf, progress).node(0, x.length, 1);
    }

    private CartNode node(int lo, int hi, int depth) {
        progress.checkCancelled();
        int[] counts = new int[classes];
        for (int p = lo; p < hi; p++) {
            counts[y[sorted.length == 0 ? p : sorted[0][p]]]++;
        }
        int n = hi - lo;
        if (depth >= maxDepth || n < 2 * minLeaf || sorted.length == 0 || pure(counts, n)) {
            return new CartNode.Leaf(counts);
        }
        Best best = best(lo, hi, counts);
        if (best == null) {
            return new CartNode.Leaf(counts);
        }
        partition(lo, hi, best);
        int middle = lo + best.left;
        return new CartNode.Split(
                best.feature, best.threshold, node(lo, middle, depth + 1), node(middle, hi, depth + 1));
    }

    private static boolean pure(int[] counts, int n) {
        for (int c : counts) {
            if (c == n) {
                return true;
            }
        }
        return false;
    }

    /** A chosen split: its feature, threshold and rows going left. */
    private record Best(int feature, double threshold, int left) {}

    /**
     * The split of lowest weighted Gini impurity. n·Gini summed over both sides is n − (ΣL²/nL + ΣR²/nR), so
     * the best split has the largest ΣL²/nL + ΣR²/nR; the sums of squared counts are exact integers, kept up
     * to date as each row crosses from right to left, so equal splits score exactly alike.
     */
    private Best best(int lo, int hi, int[] counts) {
        int n = hi - lo;
        long squares = 0;
        for (int c : counts) {
            squares += (long) c * c;
        }
        int[] left = new int[classes];
        Best best = null;
        double bestProxy = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < sorted.length; f++) {
            int[] order = sorted[f];
            java.util.Arrays.fill(left, 0);
            long leftSquares = 0;
            long rightSquares = squares;
            for (int i = lo; i < hi - 1; i++) {
                int c = y[order[i]];
                leftSquares += 2L * left[c] + 1;
                rightSquares -= 2L * (counts[c] - left[c]) - 1;
                left[c]++;
                int nLeft = i - lo + 1;
                if (n - nLeft < minLeaf) {
                    break;
                }
                double a = x[order[i]][f];
                double b = x[order[i + 1]][f];
                if (nLeft < minLeaf || !(a < b)) {
                    continue;
                }
                double proxy = leftSquares / (double) nLeft + rightSquares / (double) (n - nLeft);
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    best = new Best(f, midpoint(a, b), nLeft);
                }
            }
        }
        return best;
    }

    /** Between a and b (a < b), so that a goes left and b right; a when rounding would reach b. */
    static double midpoint(double a, double b) {
        double t = a / 2 + b / 2;
        return t >= b || Double.isInfinite(t) ? a : t;
    }

    /** Splits every feature's segment stably into the rows going left, then those going right. */
    private void partition(int lo, int hi, Best best) {
        int[] chosen = sorted[best.feature];
        for (int i = lo; i < hi; i++) {
            goesLeft[chosen[i]] = i - lo < best.left;
        }
        for (int[] order : sorted) {
            if (order == chosen) {
                continue;
            }
            int l = lo;
            int r = 0;
            for (int i = lo; i < hi; i++) {
                int p = order[i];
                if (goesLeft[p]) {
                    order[l++] = p;
                } else {
                    buffer[r++] = p;
                }
            }
            System.arraycopy(buffer, 0, order, l, r);
        }
    }
}
