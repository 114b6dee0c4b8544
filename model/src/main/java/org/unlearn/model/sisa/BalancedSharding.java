package org.unlearn.model.sisa;

import java.util.Arrays;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.RowKeys;

/**
 * Size-aware sharding: rows ordered by class, then by key (seed, row id), and dealt round-robin, so shard
 * sizes differ by at most one row and every class is spread as evenly as it can be (each shard sees every
 * class with at least S rows).
 *
 * <p>The deal depends on every row present: forgetting one row would shift the rows dealt after it. So the
 * table is fixed at training time; forgetting keeps it (rows never move, shards just shrink), and the
 * exact retrain that forgetting equals is a training on D \ R <em>with this same table</em>
 * ({@link SisaModel#retrain}), not a fresh deal.
 */
public record BalancedSharding() implements Sharding {
    public static final String NAME = "balanced";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ShardAssignment assign(TrainingSet data, int shards, long seed) {
        int n = data.size();
        long[] order = new long[n];
        for (int p = 0; p < n; p++) {
            // class in the top bits, then the key's high bits, then the position: a total, seed-driven order
            long key = RowKeys.key(seed, KeyedSharding.PURPOSE, data.rowId(p)) >>> 40;
            order[p] = ((long) data.label(p) << 48) | (key << 24) | p;
        }
        Arrays.sort(order);
        int[] shardOfPosition = new int[n];
        for (int i = 0; i < n; i++) {
            shardOfPosition[(int) (order[i] & 0xFFFFFF)] = i % shards;
        }
        return new Table(data.rowIds(), shardOfPosition, shards);
    }

    /** A table from row id to shard, made at training time. */
    record Table(int[] rowIds, int[] shard, int shards) implements ShardAssignment {
        @Override
        public int shardOf(int rowId) {
            int p = Arrays.binarySearch(rowIds, rowId);
            if (p < 0) {
                throw new BadInputException(
                        "row " + rowId + " was not in the data the balanced shards were dealt from");
            }
            return shard[p];
        }

        @Override
        public boolean keyed() {
            return false;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Table t
                    && shards == t.shards
                    && Arrays.equals(rowIds, t.rowIds)
                    && Arrays.equals(shard, t.shard);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(rowIds) + Arrays.hashCode(shard) + shards;
        }
    }
}
