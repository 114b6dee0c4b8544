package org.unlearn.model.dare;

import org.unlearn.model.BadInputException;

/**
 * The options of a DaRE forest.
 *
 * @param trees       trees in the forest; each sees every row (DaRE draws no bootstrap)
 * @param maxDepth    deepest split level: a node at this depth is a leaf
 * @param randomDepth d_rmax: nodes above this depth split at random (a random feature, a random threshold in
 *                    its range), the rest greedily; 0 makes every node greedy
 * @param thresholds  k, candidate thresholds a greedy node samples per feature
 * @param minLeaf     fewest rows a greedy split leaves on each side (random splits leave at least one)
 * @param criterion   how greedy nodes score a split
 * @param threads     trees trained at once (0: one per core); never changes a result
 */
public record DareOptions(
        int trees, int maxDepth, int randomDepth, int thresholds, int minLeaf, Criterion criterion, int threads) {
    public static final int DEFAULT_TREES = 100;
    public static final int DEFAULT_MAX_DEPTH = 10;
    public static final int DEFAULT_RANDOM_DEPTH = 1;
    public static final int DEFAULT_THRESHOLDS = 25;
    public static final int DEFAULT_MIN_LEAF = 1;
    /** A node's path (its identity) is kept in an int, one bit per level. */
    public static final int DEEPEST = 30;

    public DareOptions {
        if (trees < 1) {
            throw new BadInputException("a DaRE forest needs 1 tree or more, not " + trees);
        }
        if (maxDepth < 1 || maxDepth > DEEPEST) {
            throw new BadInputException("the depth must be 1 to " + DEEPEST + ", not " + maxDepth);
        }
        if (randomDepth < 0 || randomDepth > maxDepth) {
            throw new BadInputException(
                    "the random-split depth must be 0 to the depth (" + maxDepth + "), not " + randomDepth);
        }
        if (thresholds < 1) {
            throw new BadInputException("thresholds per feature must be 1 or more, not " + thresholds);
        }
        if (minLeaf < 1) {
            throw new BadInputException("a leaf needs 1 row or more, not " + minLeaf);
        }
        if (threads < 0) {
            throw new BadInputException("threads must be 0 (one per core) or more, not " + threads);
        }
        if (criterion == null) {
            throw new IllegalArgumentException("criterion is required");
        }
    }

    public static DareOptions defaults() {
        return new DareOptions(
                DEFAULT_TREES,
                DEFAULT_MAX_DEPTH,
                DEFAULT_RANDOM_DEPTH,
                DEFAULT_THRESHOLDS,
                DEFAULT_MIN_LEAF,
                Criterion.GINI,
                0);
    }

    public DareOptions withTrees(int n) {
        return new DareOptions(n, maxDepth, randomDepth, thresholds, minLeaf, criterion, threads);
    }

    public DareOptions withDepths(int depth, int random) {
        return new DareOptions(trees, depth, random, thresholds, minLeaf, criterion, threads);
    }

    public DareOptions withThresholds(int k) {
        return new DareOptions(trees, maxDepth, randomDepth, k, minLeaf, criterion, threads);
    }

    public DareOptions withMinLeaf(int rows) {
        return new DareOptions(trees, maxDepth, randomDepth, thresholds, rows, criterion, threads);
    }

    public DareOptions withCriterion(Criterion c) {
        return new DareOptions(trees, maxDepth, randomDepth, thresholds, minLeaf, c, threads);
    }

    public DareOptions withThreads(int n) {
        return new DareOptions(trees, maxDepth, randomDepth, thresholds, minLeaf, criterion, n);
    }

    /** Threads to use for n tasks. */
    int threadsFor(int tasks) {
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return Math.max(1, Math.min(n, tasks));
    }

    /** The same forest would come out: every option but the thread count. */
    boolean sameModel(DareOptions o) {
        return trees == o.trees
                && maxDepth == o.maxDepth
                && randomDepth == o.randomDepth
                && thresholds == o.thresholds
                && minLeaf == o.minLeaf
                && criterion == o.criterion;
    }
}
