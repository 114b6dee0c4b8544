package org.unlearn.model.sisa;

/**
 * What the views show of one S×R cell's checkpoint (0-based indices).
 *
 * @param shard      the shard
 * @param slice      the slice the checkpoint was taken after
 * @param rows       rows of slices 1..slice+1 it was trained on
 * @param workUnits  sample-gradient evaluations its step took
 * @param generation how many times forgetting deleted and rebuilt this checkpoint (0: from the training)
 */
public record CheckpointInfo(int shard, int slice, int rows, long workUnits, int generation) {}
