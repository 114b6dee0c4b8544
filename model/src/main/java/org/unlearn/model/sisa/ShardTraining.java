package org.unlearn.model.sisa;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;

/**
 * Trains one shard's slice steps, from scratch or resuming from a kept checkpoint. A shard's random stream
 * is derived from (seed, shard index) and each step's from (shard stream, step), so the result never
 * depends on which thread ran it or on the other shards.
 */
final class ShardTraining {
    private static final long SHARD_STREAM = RowKeys.purpose("sisa-shard-stream");
    private static final long STEP_STREAM = RowKeys.purpose("sisa-step-stream");

    private ShardTraining() {}

    /**
     * Trains a shard.
     *
     * @param kept       checkpoints to keep (steps 0..from−1 of an earlier training of these rows' prefix),
     *                   or null when {@code from} is 0
     * @param from       the first step to (re)train
     * @param generation the generation stamped on the checkpoints trained here
     * @param threads    threads inside this shard's training (never changes the result)
     */
    static Shard train(
            int index,
            TrainingSet rows,
            SisaOptions options,
            long seed,
            Checkpoint[] kept,
            int from,
            int[] generation,
            int classes,
            int threads,
            Progress progress) {
        int slices = options.effectiveSlices();
        int[] sliceOfPosition = new int[rows.size()];
        for (int p = 0; p < rows.size(); p++) {
            sliceOfPosition[p] = Slicing.sliceOf(seed, rows.rowId(p), slices);
        }
        Checkpoint[] checkpoints = new Checkpoint[slices];
        if (from > 0) {
            System.arraycopy(kept, 0, checkpoints, 0, from);
        }
        Shard shard = new Shard(index, rows, sliceOfPosition, checkpoints);
        long shardSeed = RowKeys.derive(seed, SHARD_STREAM, index);
        Learner learner = options.learner();
        // One team of threads for all the steps: starting helpers at every step cost a small shard's request
        // about a tenth of its time.
        try (UnitSplit team =
                learner instanceof TeamLearner && threads > 1 && from < slices ? new UnitSplit(threads) : null) {
            for (int step = from; step < slices; step++) {
                StepRows stepRows = shard.stepRows(step, classes);
                long samples = EpochSchedule.samples(options.epochs(), slices, stepRows.size());
                Constituent start = step == 0 ? null : checkpoints[step - 1].model();
                long stepSeed = RowKeys.derive(shardSeed, STEP_STREAM, step);
                Learner.Step trained = team != null
                        ? ((TeamLearner) learner).train(start, stepRows, samples, stepSeed, progress, team)
                        : learner.train(start, stepRows, samples, stepSeed, progress, threads);
                checkpoints[step] = new Checkpoint(trained.model(), trained.work(), stepRows.size(), generation[step]);
            }
        }
        return shard;
    }
}
