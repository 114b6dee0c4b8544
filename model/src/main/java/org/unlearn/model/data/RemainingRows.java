package org.unlearn.model.data;

import java.util.Arrays;
import java.util.BitSet;
import org.unlearn.model.BadInputException;

/**
 * A training set minus the rows forgotten from it, kept as the original set and a bit per forgotten
 * row. Forgetting a row costs a bit set copy rather than a copy of every row reference, which matters
 * when forgetting itself takes microseconds (a certified Q-k-means deletion); the rows are gathered
 * into a {@link TrainingSet} only when someone asks for them.
 */
public final class RemainingRows {
    private final TrainingSet base;
    private final BitSet removed;
    private final int size;
    private volatile TrainingSet gathered;

    private RemainingRows(TrainingSet base, BitSet removed) {
        this.base = base;
        this.removed = removed;
        this.size = base.size() - removed.cardinality();
    }

    public static RemainingRows of(TrainingSet set) {
        RemainingRows rows = new RemainingRows(set, new BitSet());
        rows.gathered = set;
        return rows;
    }

    /** The data's name, for messages. */
    public String name() {
        return base.name();
    }

    public int size() {
        return size;
    }

    public int dimension() {
        return base.dimension();
    }

    public boolean contains(int rowId) {
        int p = base.positionOf(rowId);
        return p >= 0 && !removed.get(p);
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
        BitSet next = (BitSet) removed.clone();
        for (int id : rowIds) {
            next.set(require(id));
        }
        if (next.cardinality() > base.size() / 2) {
            return of(base.select(kept(next, base.size())));
        }
        return new RemainingRows(base, next);
    }

    /** The distinct, sorted ids of a request, each checked to remain; a request must name a row. */
    public int[] requireAll(int[] rowIds) {
        if (rowIds.length == 0) {
            throw new BadInputException(base.name() + ": the forget request names no rows");
        }
        int[] sorted = Arrays.stream(rowIds).distinct().sorted().toArray();
        for (int id : sorted) {
            require(id);
        }
        return sorted;
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
        if (p < 0 || removed.get(p)) {
            throw new BadInputException(base.name() + ": row " + rowId + " is not in the training data"
                    + " (already forgotten, held out for testing, or never read)");
        }
        return p;
    }

    private static int[] kept(BitSet removed, int n) {
        int[] out = new int[n - removed.cardinality()];
        int k = 0;
        for (int p = removed.nextClearBit(0); p < n; p = removed.nextClearBit(p + 1)) {
            out[k++] = p;
        }
        return out;
    }
}
