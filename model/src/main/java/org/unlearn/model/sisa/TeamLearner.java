package org.unlearn.model.sisa;

import org.unlearn.model.util.Progress;

/**
 * A learner whose steps can share one team of threads: a shard's training keeps the same {@link UnitSplit}
 * for all its slice steps instead of starting and stopping helper threads at every step (on a small shard a
 * thread's start costs about as much as a hundred mini-batches' worth of splitting gains).
 */
interface TeamLearner extends Learner {
    /** The step of {@link Learner#train(Constituent, StepRows, long, long, Progress, int)} on this team. */
    Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress, UnitSplit team);

    @Override
    default Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress, int threads) {
        try (UnitSplit team = new UnitSplit(threads)) {
            return train(from, rows, samples, seed, progress, team);
        }
    }
}
