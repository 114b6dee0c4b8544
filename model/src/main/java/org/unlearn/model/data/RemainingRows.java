package org.unlearn.model.data;

import java.util.Arrays;
import org.unlearn.model.BadInputException;

/**
 * A training set minus the rows forgotten from it, kept as the original set and the sorted positions of
 * the rows gone. Forgetting a row copies only that short list, not every row reference, which matters
 * when forgetting itself takes microseconds (a certified Q-k-means deletion); the rows are gathered into
 * a {@link TrainingSet} only when someone asks for them. Once the list grows long, it is folded into a
 * new original set.
 */
public final class RemainingRows {
    private final TrainingSet base;
    private final int[] removed;
    private volatile TrainingSet gathered;

    private RemainingRows(TrainingSet base, int[] removed) {
        this.base = base;
        this.removed = removed;
    }

    public static RemainingRows of(TrainingSet set) {
        RemainingRows rows = new RemainingRows(set, new int[0]);
        rows.gathered = set;
        return rows;
    }

    /** The data's name, for messages. */
    public String name() {
        return base.name();
    }

    public int size() {
        return base.size() - removed.length;
    }

    public int dimension() {
        return base.dimension();
    }

    public boolean contains(int rowId) {
        int p = base.positionOf(rowId);
        return p >= 0 && Arrays.binarySearch(removed, p) < 0;
    }

    /** A remaining row's feature vector; shared, never to be modified. */
    public double[] row(int rowId) {
        return base.row(require(rowId));
    }

    /**
     * These rows without the given ones (each must remain; duplicates count once).
     *
     * @throws BadInputException naming the first row that is not there
     */
    public RemainingRows without(int[] rowIds) {
        int[] positions = new int[rowIds.length];
        for (int i = 0; i < rowIds.length; i++) {
            positions[i] = require(rowIds[i]);
        }
        Arrays.sort(positions);
        int[] merged = new int[removed.length + positions.length];
        int a = 0;
        int b = 0;
        int n = 0;
        while (a < removed.length || b < positions.length) {
            int next = b >= positions.length || (a < removed.length && removed[a] < positions[b])
                    ? removed[a++]
                    : positions[b++];
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        merged = n == merged.length ? merged : Arrays.copyOf(merged, n);
        if (merged.length > base.size() / 16) {
            return of(base.select(kept(merged, base.size())));
        }
        return new RemainingRows(base, merged);
    }

    /** The distinct, sorted ids of a request, each checked to remain; a request must name a row. */
    public int[] requireAll(int[] rowIds) {
        if (rowIds.length == 0) {
            throw new BadInputException(base.name() + ": the forget request names no rows");
        }
        int[] sorted = rowIds.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                require(sorted[i]);
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }

    /** The remaining rows as a training set (gathered once, then kept). */
    public TrainingSet toTrainingSet() {
        TrainingSet t = gathered;
        if (t == null) {
            t = base.select(kept(removed, base.size()));
            gathered = t;
        }
        return t;
    }

    private int require(int rowId) {
        int p = base.positionOf(rowId);
        if (p < 0 || Arrays.binarySearch(removed, p) >= 0) {
            throw new BadInputException(base.name() + ": row " + rowId + " is not in the training data"
                    + " (already forgotten, held out for testing, or never read)");
        }
        return p;
    }

    /** Positions 0 .. n − 1 but the removed ones (sorted). */
    private static int[] kept(int[] removed, int n) {
        int[] out = new int[n - removed.length];
        int k = 0;
        int r = 0;
        for (int p = 0; p < n; p++) {
            if (r < removed.length && removed[r] == p) {
                r++;
            } else {
                out[k++] = p;
            }
        }
        return out;
    }
}
