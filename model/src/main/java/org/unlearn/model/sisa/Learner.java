package org.unlearn.model.sisa;

import org.unlearn.model.util.Progress;

/**
 * How a shard's constituent is trained, one slice step at a time. Adding a learner is one implementation
 * of this (a record holding its hyper-parameters) and one line in {@link Learners}.
 *
 * <p>Implementations must be deterministic: the result depends only on {@code from}, the rows (in the order
 * given) and {@code seed}; any per-row random choice (the order of mini-batches) must come from the row
 * ids through {@link org.unlearn.model.util.RowKeys}, never from positions.
 */
public interface Learner {
    /** The name given to {@code --learner}. */
    String name();

    /**
     * The numbers one constituent holds for d features and k classes (its weights), which is also about
     * the multiply-adds of one sample's gradient; 0 when not known ahead (a tree). Used to refuse, before
     * allocating, an ensemble that could not fit in memory or would not finish.
     */
    default double parameters(int dimension, int classes) {
        return 0;
    }

    /** False when the learner cannot resume from a checkpoint; a shard is then one slice (R = 1). */
    boolean sliceable();

    /**
     * Trains one step.
     *
     * @param from    the checkpoint of the previous slice, or null for the first
     * @param rows    slices 1..r of the shard
     * @param samples sample-gradient evaluations to spend (ignored by learners that fit in one go)
     * @param seed    the shard's random stream for this step
     * @return the new constituent and the work it took, in sample-gradient evaluations (rows fitted for
     *         learners without gradients)
     */
    Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress);

    /**
     * The same step with up to {@code threads} threads; the result must not depend on the thread count
     * (a learner without data parallelism ignores it).
     */
    default Step train(Constituent from, StepRows rows, long samples, long seed, Progress progress, int threads) {
        return train(from, rows, samples, seed, progress);
    }

    /** A trained constituent and what training it cost. */
    record Step(Constituent model, long work) {}
}
