package org.unlearn.model.sisa;

import java.util.Arrays;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;

/**
 * Distribution-aware sharding (Bourtoule et al., section VI): rows flagged as likely to be forgotten
 * (e.g. users who opted in to deletion, or a known population with a high request rate) are dealt by key
 * to the first {@code proneShards} shards, every other row by key to the rest. Requests for flagged rows
 * then retrain only the small group of prone shards, and the other shards are never touched by them.
 *
 * <p>Both deals are keyed, and the flags are a fixed set of row ids, so the assignment of a row depends on
 * the seed and its id alone: keyed, exact like {@link KeyedSharding}.
 *
 * @param proneRowIds the flagged rows (any order; copied and sorted)
 * @param proneShards shards reserved for them, between 1 and S − 1
 */
public record ForgetProneSharding(int[] proneRowIds, int proneShards) implements Sharding {
    public static final String NAME = "forget-prone";

    public ForgetProneSharding {
        proneRowIds = proneRowIds.clone();
        Arrays.sort(proneRowIds);
        if (proneShards < 1) {
            throw new BadInputException("forget-prone sharding needs 1 reserved shard or more, not " + proneShards);
        }
    }

    @Override
    public int[] proneRowIds() {
        return proneRowIds.clone();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ShardAssignment assign(TrainingSet data, int shards, long seed) {
        if (proneShards >= shards) {
            throw new BadInputException("forget-prone sharding reserves " + proneShards + " of " + shards
                    + " shards for flagged rows; leave at least one for the others");
        }
        return new Prone(proneRowIds, proneShards, shards, seed);
    }

    /** Flagged rows keyed into the reserved shards, others into the rest. */
    record Prone(int[] prone, int proneShards, int shards, long seed) implements ShardAssignment {
        @Override
        public int shardOf(int rowId) {
            return Arrays.binarySearch(prone, rowId) >= 0
                    ? KeyedSharding.bucket(seed, KeyedSharding.PURPOSE, rowId, proneShards)
                    : proneShards + KeyedSharding.bucket(seed, KeyedSharding.PURPOSE, rowId, shards - proneShards);
        }

        @Override
        public boolean keyed() {
            return true;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prone p
                    && proneShards == p.proneShards
                    && shards == p.shards
                    && seed == p.seed
                    && Arrays.equals(prone, p.prone);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(prone) * 31 + shards * 7 + proneShards + Long.hashCode(seed);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForgetProneSharding f
                && proneShards == f.proneShards
                && Arrays.equals(proneRowIds, f.proneRowIds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(proneRowIds) * 31 + proneShards;
    }

    @Override
    public String toString() {
        return NAME + "(" + proneRowIds.length + " flagged rows, " + proneShards + " shards)";
    }
}
