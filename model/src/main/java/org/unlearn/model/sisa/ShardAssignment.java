package org.unlearn.model.sisa;

import org.unlearn.model.data.Dealing;
import org.unlearn.model.data.TrainingSet;

/** The shard of every row, fixed at training time. */
public interface ShardAssignment {
    int shards();

    /**
     * The shard of a row.
     *
     * @throws org.unlearn.model.BadInputException when the assignment does not know the row (a table
     *                                             made at training time, asked about a row it never saw)
     */
    int shardOf(int rowId);

    /**
     * True when the shard is a function of the seed and the row id alone (keyed strategies): a training
     * from scratch on any subset deals its rows exactly as this assignment does. False for size-aware
     * strategies, whose table depends on every row present; their exact retrain is defined as a training
     * on D \ R with this same table (see docs/sisa.md).
     */
    boolean keyed();

    /** The rows of each of {@code shardCount} shards under this assignment, in the data's order. */
    default TrainingSet[] deal(TrainingSet data, int shardCount) {
        return Dealing.byRowId(data, shardCount, this::shardOf);
    }
}
