package org.unlearn.model.sisa;

import java.util.List;
import org.unlearn.model.forget.ForgetReport;

/**
 * What a forget request retrains (a plan) or retrained (a report), cell by cell, for the views that draw
 * the S×R grid. Indices are 0-based; the summaries people read count from 1.
 *
 * @param shards             every shard retrained, ascending
 * @param deletedCheckpoints every checkpoint deleted because it held a forgotten row (then rebuilt
 *                           without it), by shard then slice
 */
public record SisaRetrain(List<ShardRetrain> shards, List<Cell> deletedCheckpoints) implements ForgetReport.Detail {
    public SisaRetrain {
        shards = List.copyOf(shards);
        deletedCheckpoints = List.copyOf(deletedCheckpoints);
    }

    /** One S×R cell: a shard's slice (and the checkpoint taken after it). */
    public record Cell(int shard, int slice) {}

    /**
     * One shard's retraining.
     *
     * @param shard     the shard
     * @param fromSlice the earliest slice holding a forgotten row: training resumes from the checkpoint
     *                  before it (from scratch when 0)
     * @param rowIds    the forgotten rows of this shard, ascending
     * @param rowsAfter the shard's rows once they are gone
     * @param workUnits sample-gradient evaluations redone (predicted, in a plan)
     */
    public record ShardRetrain(int shard, int fromSlice, int[] rowIds, int rowsAfter, long workUnits) {
        public ShardRetrain {
            rowIds = rowIds.clone();
        }

        @Override
        public int[] rowIds() {
            return rowIds.clone();
        }
    }

    /** The retrained shards' indices. */
    public int[] shardIndices() {
        return shards.stream().mapToInt(ShardRetrain::shard).toArray();
    }

    /** Slice steps retrained over all shards. */
    public int slicesRetrained(int slices) {
        return shards.stream().mapToInt(s -> slices - s.fromSlice()).sum();
    }
}
