package org.unlearn.views.pick;

import java.util.Arrays;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.RowKeys;

/**
 * N rows drawn at random, reproducibly: each row's draw is keyed by (seed, row id) through {@link RowKeys},
 * and the n rows with the smallest keys are drawn. The same seed draws the same rows every time, and after
 * forgetting some of them it draws the rest of the same rows and the next ones, never a fresh shuffle.
 */
public final class RandomRows {
    private static final long PURPOSE = RowKeys.purpose("random-pick");

    private RandomRows() {}

    /** The ids of {@code n} of these rows (all when there are fewer), ascending. */
    public static int[] draw(TrainingSet rows, int n, long seed) {
        int size = rows.size();
        int take = Math.max(0, Math.min(n, size));
        long[] keyed = new long[size];
        // The key's upper bits decide the order; the position rides in the lowest bits, as few as the rows need.
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1));
        long mask = (1L << bits) - 1;
        for (int p = 0; p < size; p++) {
            keyed[p] = ((RowKeys.key(seed, PURPOSE, rows.rowId(p)) >>> 1) & ~mask) | p;
        }
        Arrays.sort(keyed);
        int[] ids = new int[take];
        for (int i = 0; i < take; i++) {
            ids[i] = rows.rowId((int) (keyed[i] & mask));
        }
        Arrays.sort(ids);
        return ids;
    }
}
