package org.unlearn.model.kmeans;

import org.unlearn.model.BadInputException;

/** Checks shared by the k-means families' options, each failure one line for people. */
final class KMeansOptions {
    static final int DEFAULT_MAX_ITERATIONS = 300;
    static final double DEFAULT_TOLERANCE = 1e-4;

    private KMeansOptions() {}

    static void check(int k, int maxIterations, double tolerance) {
        if (k < 1) {
            throw new BadInputException("k must be 1 or more, not " + k);
        }
        if (maxIterations < 1) {
            throw new BadInputException("the iteration cap must be 1 or more, not " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new BadInputException("the tolerance must be 0 or more, not " + tolerance);
        }
    }

    /** A count for people, with separators: "3,623". */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /**
     * A tree of more leaves than rows has empty leaves, and allocates for leaves no data can fill. Leaves
     * with fewer rows than k are allowed (they work, exactly): a bound of rows / k would refuse the exact
     * retrain on the remaining rows as soon as one row at that bound is forgotten.
     */
    static void checkLeaves(String data, int rows, int leaves) {
        if (leaves > rows) {
            throw new BadInputException(data + ": " + count(leaves) + " leaves is more than the " + count(rows)
                    + " rows; use at most " + count(rows) + " leaves");
        }
    }

    static void checkRows(String data, int rows, int k) {
        if (rows < k) {
            throw new BadInputException(
                    data + ": " + count(rows) + (rows == 1 ? " row" : " rows") + " cannot make " + k + " clusters");
        }
    }
}
