package org.unlearn.model.sisa;

import java.util.Arrays;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;

/**
 * Mini-batch order for SGD: every pass over a step's rows visits them in the order of a key of
 * (pass seed, row id), so a row's place in a pass never depends on which other rows are present, and
 * a step retrained without some rows visits the others in the same relative order. A budget that is not
 * a whole number of passes ends with a prefix of the next pass's order.
 */
final class MiniBatches {
    private static final long PASS = RowKeys.purpose("sisa-pass");
    private static final long ORDER = RowKeys.purpose("sisa-batch-order");
    /** Low key bits replaced by the position, so ties (2^-40 likely) break by row id, never by chance. */
    private static final int POSITION_BITS = 24;

    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    /** Receives one mini-batch: positions {@code order[from..to)} of the step's rows. */
    @FunctionalInterface
    interface Batch {
        void apply(int[] order, int from, int to);
    }

    private MiniBatches() {}

    /**
     * Runs {@code samples} sample visits in batches of {@code batchSize}.
     *
     * @return the samples visited (the budget, or 0 when there are no rows)
     */
    static long run(StepRows rows, long samples, int batchSize, long seed, Progress progress, Batch batch) {
        int n = rows.size();
        if (n == 0 || samples <= 0) {
            return 0;
        }
        checkSize(rows);
        long[] keys = new long[n];
        int[] order = new int[n];
        long done = 0;
        for (int pass = 0; done < samples; pass++) {
            progress.checkCancelled();
            orderOf(rows.rowIds(), passSeed(seed, pass), keys, order);
            int take = (int) Math.min(n, samples - done);
            for (int from = 0; from < take; from += batchSize) {
                batch.apply(order, from, Math.min(take, from + batchSize));
            }
            done += take;
        }
        return done;
    }

    /**
     * The batches of {@link #run}, the same in the same order, for part {@code part} of a team of {@code parts}
     * that meets at {@link UnitSplit#barrier} in every batch. Working out a pass's order (a key per row and a
     * sort) is a tenth of a small shard's training, so instead of every part working out every pass, the
     * parts take the passes in turn, {@code parts} passes at a time, and meet once more per such round.
     *
     * @param orders the team's shared buffers, from {@link #teamOrders}
     */
    static long runTogether(
            StepRows rows,
            long samples,
            int batchSize,
            long seed,
            Progress progress,
            UnitSplit team,
            int part,
            int[][][] orders,
            Batch batch) {
        int n = rows.size();
        if (n == 0 || samples <= 0) {
            return 0;
        }
        checkSize(rows);
        int parts = orders[0].length;
        long[] keys = new long[n];
        long done = 0;
        // Rounds alternate between two sets of buffers: a part writing round r's orders has met every part at
        // the start of round r - 1, so none still reads round r - 2's.
        for (int round = 0; done < samples; round++) {
            int[][] passOrders = orders[round & 1];
            int passes = (int) Math.min(parts, (samples - done + n - 1) / n);
            if (part < passes) {
                orderOf(rows.rowIds(), passSeed(seed, (long) round * parts + part), keys, passOrders[part]);
            }
            team.barrier(part);
            for (int q = 0; q < passes; q++) {
                progress.checkCancelled();
                int take = (int) Math.min(n, samples - done);
                for (int from = 0; from < take; from += batchSize) {
                    batch.apply(passOrders[q], from, Math.min(take, from + batchSize));
                }
                done += take;
            }
        }
        return done;
    }

    /** Buffers for {@link #runTogether}: two rounds of one pass order per part. */
    static int[][][] teamOrders(StepRows rows, int parts) {
        return new int[2][parts][rows.size()];
    }

    static void checkSize(StepRows rows) {
        if (rows.size() > POSITION_MASK) {
            throw new IllegalArgumentException("a shard of " + rows.size() + " rows is too large for the batch order");
        }
    }

    /** The seed of pass {@code pass}'s order. */
    static long passSeed(long seed, long pass) {
        return RowKeys.derive(seed, PASS, pass);
    }

    static void orderOf(int[] rowIds, long passSeed, long[] keys, int[] order) {
        for (int i = 0; i < rowIds.length; i++) {
            keys[i] = (RowKeys.key(passSeed, ORDER, rowIds[i]) & ~POSITION_MASK) | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < rowIds.length; i++) {
            order[i] = (int) (keys[i] & POSITION_MASK);
        }
    }
}
