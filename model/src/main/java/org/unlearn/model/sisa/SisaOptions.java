package org.unlearn.model.sisa;

import org.unlearn.model.BadInputException;

/**
 * The options of a SISA ensemble.
 *
 * @param shards      S, disjoint shards, one constituent each
 * @param slices      R, slices per shard, a checkpoint after each (1 for learners that cannot resume)
 * @param epochs      e, the epochs one monolithic training of a shard would run; slicing spreads the same
 *                    total work over the slices (see {@link EpochSchedule})
 * @param learner     the constituent learner
 * @param aggregation how constituents answer together
 * @param sharding    how rows are dealt to shards
 * @param threads     shards trained at once (0: one per core); never changes a result
 */
public record SisaOptions(
        int shards, int slices, int epochs, Learner learner, Aggregation aggregation, Sharding sharding, int threads) {
    public static final int DEFAULT_SHARDS = 10;
    public static final int DEFAULT_SLICES = 5;
    public static final int DEFAULT_EPOCHS = 20;

    public SisaOptions {
        if (shards < 1) {
            throw new BadInputException("SISA needs 1 shard or more, not " + shards);
        }
        if (slices < 1) {
            throw new BadInputException("SISA needs 1 slice per shard or more, not " + slices);
        }
        if (epochs < 1) {
            throw new BadInputException("SISA needs 1 epoch or more, not " + epochs);
        }
        if (threads < 0) {
            throw new BadInputException("threads must be 0 (one per core) or more, not " + threads);
        }
        if (learner == null || aggregation == null || sharding == null) {
            throw new IllegalArgumentException("learner, aggregation and sharding are required");
        }
    }

    /** S shards, R slices, the default epochs, mean aggregation and keyed sharding. */
    public static SisaOptions of(int shards, int slices, Learner learner) {
        return new SisaOptions(shards, slices, DEFAULT_EPOCHS, learner, Aggregation.MEAN, new KeyedSharding(), 0);
    }

    /** The slices actually trained: R, or 1 for a learner that cannot resume from a checkpoint. */
    public int effectiveSlices() {
        return learner.sliceable() ? slices : 1;
    }

    public SisaOptions withThreads(int n) {
        return new SisaOptions(shards, slices, epochs, learner, aggregation, sharding, n);
    }

    public SisaOptions withSharding(Sharding s) {
        return new SisaOptions(shards, slices, epochs, learner, aggregation, s, threads);
    }

    public SisaOptions withAggregation(Aggregation a) {
        return new SisaOptions(shards, slices, epochs, learner, a, sharding, threads);
    }

    public SisaOptions withEpochs(int e) {
        return new SisaOptions(shards, slices, e, learner, aggregation, sharding, threads);
    }

    /** Threads to use for n tasks. */
    int threadsFor(int tasks) {
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return Math.max(1, Math.min(n, tasks));
    }

    /**
     * Threads inside each shard's training when n shards train at once: the cores the shard pool leaves
     * idle (a request that retrains one shard uses them all).
     */
    int threadsInside(int shardsAtOnce) {
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return Math.max(1, n / Math.max(1, shardsAtOnce));
    }

    /** The same model would come out: every option but the thread count. */
    boolean sameModel(SisaOptions o) {
        return shards == o.shards
                && effectiveSlices() == o.effectiveSlices()
                && epochs == o.epochs
                && learner.equals(o.learner)
                && aggregation == o.aggregation
                && sharding.equals(o.sharding);
    }
}
