package org.unlearn.model.sisa;

import java.util.List;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Steppable;
import org.unlearn.model.forget.Walkthrough;

/**
 * What a forget request retrains (a plan) or retrained (a report), cell by cell, for the views that draw
 * the S×R grid. Indices are 0-based; the summaries people read count from 1.
 *
 * @param shardCount         S, the ensemble's shards
 * @param sliceCount         R, the slices of each shard
 * @param shards             every shard retrained, ascending
 * @param deletedCheckpoints every checkpoint deleted because it held a forgotten row (then rebuilt
 *                           without it), by shard then slice
 */
public record SisaRetrain(int shardCount, int sliceCount, List<ShardRetrain> shards, List<Cell> deletedCheckpoints)
        implements ForgetReport.Detail, Steppable {
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
     * @param rowSlices the slice each of them was in, in the same order
     * @param rowsAfter the shard's rows once they are gone
     * @param workUnits sample-gradient evaluations redone (predicted, in a plan)
     * @param stepWork  the work of each slice step redone, from {@code fromSlice} on (predicted, in a plan)
     */
    public record ShardRetrain(
            int shard, int fromSlice, int[] rowIds, int[] rowSlices, int rowsAfter, long workUnits, long[] stepWork) {
        public ShardRetrain {
            rowIds = rowIds.clone();
            rowSlices = rowSlices.clone();
            stepWork = stepWork.clone();
        }

        @Override
        public int[] rowIds() {
            return rowIds.clone();
        }

        @Override
        public int[] rowSlices() {
            return rowSlices.clone();
        }

        @Override
        public long[] stepWork() {
            return stepWork.clone();
        }
    }

    /** The retrained shards' indices. */
    public int[] shardIndices() {
        return shards.stream().mapToInt(ShardRetrain::shard).toArray();
    }

    @Override
    public Walkthrough walkthrough(ForgetReport report) {
        return SisaSteps.of(this, report);
    }

    /** Slice steps retrained over all shards. */
    public int slicesRetrained(int slices) {
        return shards.stream().mapToInt(s -> slices - s.fromSlice()).sum();
    }
}
