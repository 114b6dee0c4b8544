package org.unlearn.model.dare;

import java.util.Arrays;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;

/**
 * Grows one DaRE tree, or a subtree of it, from rows. Every choice a node makes comes from its rows and
 * from keys of (seed, tree, node path), never from the order rows arrive in nor from what was there before:
 * growing a node's rows again gives the same node, which is why forgetting can regrow just a subtree and
 * still equal a tree grown from scratch.
 *
 * <p>Not thread-safe (it counts its work); one grower per tree and task.
 */
final class TreeGrower {
    private static final long NODE = RowKeys.purpose("dare-node");
    private static final long RANDOM_ORDER = RowKeys.purpose("dare-random-feature");
    private static final long GREEDY_ORDER = RowKeys.purpose("dare-greedy-feature");
    private static final long THRESHOLD = RowKeys.purpose("dare-threshold");
    private static final long CANDIDATE = RowKeys.purpose("dare-candidate");

    private final TrainingSet base;
    private final DareOptions options;
    private final long treeSeed;
    private final int classes;
    private final int maxFeatures;
    private final Progress progress;
    private long work;

    TreeGrower(TrainingSet base, DareOptions options, long treeSeed, Progress progress) {
        this.base = base;
        this.options = options;
        this.treeSeed = treeSeed;
        this.classes = base.classCount();
        this.maxFeatures = featuresPerNode(base.dimension());
        this.progress = progress;
    }

    /** Features a greedy node samples: ⌊√d⌋, as random forests (and Smile's) do by default. */
    static int featuresPerNode(int dimension) {
        return Math.max(1, (int) Math.floor(Math.sqrt(dimension)));
    }

    TrainingSet base() {
        return base;
    }

    DareOptions options() {
        return options;
    }

    /** Feature values read so far. */
    long work() {
        return work;
    }

    void addWork(long w) {
        work += w;
    }

    /** A feature value, with −0.0 read as 0.0 so that the two never tell rows apart. */
    static double value(TrainingSet base, int position, int feature) {
        double v = base.row(position)[feature];
        return v == 0.0 ? 0.0 : v;
    }

    /**
     * The subtree of these rows at a node.
     *
     * @param rows  positions in the training set, ascending
     * @param path  the node's path: 1 for the root, then 2p for a left child and 2p + 1 for a right one
     */
    DareNode grow(int[] rows, int depth, long path) {
        progress.checkCancelled();
        int[] counts = counts(rows);
        if (isLeaf(counts, rows.length, depth)) {
            return leaf(rows, counts);
        }
        if (depth < options.randomDepth()) {
            return randomSplit(rows, counts, depth, path);
        }
        GreedyChoice choice = greedyChoice(rows, counts, path);
        return choice == null ? leaf(rows, counts) : grow(choice, rows, counts, depth, path);
    }

    /** Whether a node of these rows stops before looking for a split. */
    boolean isLeaf(int[] counts, int size, int depth) {
        if (depth >= options.maxDepth() || size < 2 * options.minLeaf()) {
            return true;
        }
        for (int c : counts) {
            if (c == size) {
                return true;
            }
        }
        return false;
    }

    DareLeaf leaf(int[] rows, int[] counts) {
        work += rows.length;
        return new DareLeaf(rows, counts);
    }

    int[] counts(int[] rows) {
        int[] counts = new int[classes];
        for (int p : rows) {
            counts[base.label(p)]++;
        }
        return counts;
    }

    /** A greedy node with this choice, its children grown from its rows. */
    GreedySplit grow(GreedyChoice choice, int[] rows, int[] counts, int depth, long path) {
        Candidates chosen = choice.candidates()[choice.best()[0]];
        int[][] sides = partition(rows, chosen.feature(), chosen.values()[choice.best()[1]]);
        return new GreedySplit(
                choice.candidates(),
                choice.best()[0],
                choice.best()[1],
                counts,
                choice.examined(),
                grow(sides[0], depth + 1, 2 * path),
                grow(sides[1], depth + 1, 2 * path + 1));
    }

    /**
     * The first feature in the node's keyed order that is not constant on its rows, cut at a random point of
     * its range [min, max); a leaf when every feature is constant.
     */
    DareNode randomSplit(int[] rows, int[] counts, int depth, long path) {
        long key = RowKeys.key(treeSeed, NODE, path);
        int examined = 0;
        for (int f : order(key, RANDOM_ORDER)) {
            examined++;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int p : rows) {
                double v = value(base, p, f);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double threshold = min < max ? KeyedPoints.firstIn(RowKeys.key(key, THRESHOLD, f), min, max) : Double.NaN;
            if (!Double.isNaN(threshold)) {
                work += (long) rows.length * examined;
                int[][] sides = partition(rows, f, threshold);
                return new RandomSplit(
                        f,
                        threshold,
                        counts,
                        examined,
                        grow(sides[0], depth + 1, 2 * path),
                        grow(sides[1], depth + 1, 2 * path + 1));
            }
        }
        work += (long) rows.length * examined;
        return leaf(rows, counts);
    }

    /** What a greedy node chose: its sampled candidates, the best of them, and the features it read. */
    record GreedyChoice(Candidates[] candidates, int[] best, int examined) {
        double threshold() {
            return candidates[best[0]].values()[best[1]];
        }

        int feature() {
            return candidates[best[0]].feature();
        }
    }

    /**
     * The first ⌊√d⌋ features in the node's keyed order that have a candidate threshold on these rows, up
     * to k thresholds each, and the best of them; null when no feature has one.
     */
    GreedyChoice greedyChoice(int[] rows, int[] counts, long path) {
        long key = RowKeys.key(treeSeed, NODE, path);
        Candidates[] found = new Candidates[maxFeatures];
        int n = 0;
        int examined = 0;
        for (int f : order(key, GREEDY_ORDER)) {
            if (n == maxFeatures) {
                break;
            }
            examined++;
            Candidates c = candidates(rows, f, RowKeys.key(key, CANDIDATE, f));
            if (c != null) {
                found[n++] = c;
            }
        }
        work += (long) rows.length * examined;
        if (n == 0) {
            return null;
        }
        Candidates[] all = Arrays.copyOf(found, n);
        return new GreedyChoice(all, Candidates.best(all, counts, options.criterion()), examined);
    }

    /**
     * A feature's candidates on these rows: of the values v some row holds and that leave {@code minLeaf}
     * rows on each side, the k with the smallest keys of (node, feature, v). A value's key does not depend on
     * the other rows, so removing rows keeps the sample unless a sampled value itself stops being a candidate.
     */
    Candidates candidates(int[] rows, int f, long featureKey) {
        double[] range = validRange(rows, f);
        double lo = range[0];
        double hi = range[1];
        if (!(lo < hi)) {
            return null;
        }
        int k = options.thresholds();
        long[] keys = new long[k];
        double[] values = new double[k];
        int size = 0;
        int worst = 0;
        for (int p : rows) {
            double v = value(base, p, f);
            if (v < lo || v >= hi) {
                continue;
            }
            long h = RowKeys.key(featureKey, 0, Double.doubleToLongBits(v));
            if (size == k && !before(h, v, keys[worst], values[worst])) {
                continue;
            }
            if (contains(values, size, v)) {
                continue;
            }
            if (size < k) {
                keys[size] = h;
                values[size++] = v;
            } else {
                keys[worst] = h;
                values[worst] = v;
            }
            worst = worst(keys, values, size);
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return statistics(rows, f, sorted);
    }

    /**
     * The values v that leave {@code minLeaf} rows on each side form [lo, hi): lo the minLeaf-th smallest
     * value, hi the minLeaf-th largest.
     */
    private double[] validRange(int[] rows, int f) {
        int m = options.minLeaf();
        if (m == 1) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int p : rows) {
                double v = value(base, p, f);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            return new double[] {lo, hi};
        }
        double[] all = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            all[i] = value(base, rows[i], f);
        }
        Arrays.sort(all);
        return new double[] {all[m - 1], all[rows.length - m]};
    }

    private Candidates statistics(int[] rows, int f, double[] values) {
        int[] valueCounts = new int[values.length];
        int[][] left = new int[values.length][classes];
        double top = values[values.length - 1];
        for (int p : rows) {
            double v = value(base, p, f);
            if (v > top) {
                continue;
            }
            int j = Arrays.binarySearch(values, v);
            if (j >= 0) {
                valueCounts[j]++;
            } else {
                j = -j - 1;
            }
            left[j][base.label(p)]++;
        }
        for (int j = 1; j < values.length; j++) {
            for (int c = 0; c < classes; c++) {
                left[j][c] += left[j - 1][c];
            }
        }
        return new Candidates(f, values, valueCounts, left);
    }

    private static boolean before(long key, double value, long otherKey, double otherValue) {
        return key < otherKey || (key == otherKey && value < otherValue);
    }

    private static boolean contains(double[] values, int size, double v) {
        for (int i = 0; i < size; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static int worst(long[] keys, double[] values, int size) {
        int w = 0;
        for (int i = 1; i < size; i++) {
            if (before(keys[w], values[w], keys[i], values[i])) {
                w = i;
            }
        }
        return w;
    }

    /** The features in the node's keyed order for one purpose (a permutation, the same for the same node). */
    private int[] order(long nodeKey, long purpose) {
        int d = base.dimension();
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, d - 1));
        long[] packed = new long[d];
        for (int f = 0; f < d; f++) {
            packed[f] = (RowKeys.key(nodeKey, purpose, f) >>> bits << bits) | f;
        }
        Arrays.sort(packed);
        int[] out = new int[d];
        long mask = (1L << bits) - 1;
        for (int i = 0; i < d; i++) {
            out[i] = (int) (packed[i] & mask);
        }
        return out;
    }

    /** The rows going left and right of {@code x[f] <= threshold}, each ascending. */
    int[][] partition(int[] rows, int f, double threshold) {
        int nLeft = 0;
        for (int p : rows) {
            nLeft += base.row(p)[f] <= threshold ? 1 : 0;
        }
        int[] left = new int[nLeft];
        int[] right = new int[rows.length - nLeft];
        int l = 0;
        int r = 0;
        for (int p : rows) {
            if (base.row(p)[f] <= threshold) {
                left[l++] = p;
            } else {
                right[r++] = p;
            }
        }
        return new int[][] {left, right};
    }
}
