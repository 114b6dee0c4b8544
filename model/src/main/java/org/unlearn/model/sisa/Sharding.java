package org.unlearn.model.sisa;

import org.unlearn.model.data.TrainingSet;

/**
 * How rows are dealt to shards. Forgetting never moves a row: the model keeps the assignment made at
 * training time. For keyed strategies that assignment is a function of (seed, row id) alone, so a
 * training from scratch on D \ R deals every remaining row to the same shard; see {@link ShardAssignment#keyed()}.
 */
public interface Sharding {
    /** The name given to {@code --set sharding=NAME}. */
    String name();

    /** Deals the rows of a training set to {@code shards} shards under a seed. */
    ShardAssignment assign(TrainingSet data, int shards, long seed);
}
