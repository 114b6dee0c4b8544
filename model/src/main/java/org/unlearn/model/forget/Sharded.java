package org.unlearn.model.forget;

/**
 * A model whose rows are dealt to shards, each cut in slices with a checkpoint after each (SISA): a
 * forget retrains the shards of the rows from the slice before theirs.
 */
public interface Sharded {
    /** S, the number of shards. */
    int shardCount();

    /** The slices each shard is trained in (1 for a learner that cannot resume). */
    int sliceCount();

    /** The shard a training row was dealt to. */
    int shardOf(int rowId);

    /** The slice of its shard a training row is in. */
    int sliceOf(int rowId);

    /** Rows held per shard and slice: {@code [shard][slice]}. */
    int[][] cellCounts();
}
