package org.unlearn.model.sisa;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.RowKeys;

/** The default: a row's shard from a key of (seed, row id), so shards are equal in size in expectation. */
public record KeyedSharding() implements Sharding {
    public static final String NAME = "keyed";
    static final long PURPOSE = RowKeys.purpose("sisa-shard");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ShardAssignment assign(TrainingSet data, int shards, long seed) {
        return new Keyed(seed, shards);
    }

    /** The keyed assignment: valid for any row. */
    record Keyed(long seed, int shards) implements ShardAssignment {
        @Override
        public int shardOf(int rowId) {
            return bucket(seed, PURPOSE, rowId, shards);
        }

        @Override
        public boolean keyed() {
            return true;
        }
    }

    /** A row's bucket among n from its key. */
    static int bucket(long seed, long purpose, int rowId, int n) {
        return (int) (RowKeys.uniform(seed, purpose, rowId) * n);
    }
}
