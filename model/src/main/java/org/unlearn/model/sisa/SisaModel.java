package org.unlearn.model.sisa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.unlearn.model.data.RemainingRows;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Digestible;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.Sharded;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.OrderedPool;
import org.unlearn.model.util.Progress;

/**
 * A SISA ensemble (Bourtoule et al., "Machine Unlearning", IEEE S&P 2021): S disjoint shards, each cut
 * into R slices and trained slice by slice with a checkpoint after each; the constituents answer together.
 * Forgetting a row deletes every checkpoint of its shard from its slice on (each held the row's trace)
 * and retrains that shard from the checkpoint before, so the result equals a training from scratch
 * without the row, bit for bit: every choice (shard, slice, batch order, initial weights) comes from the
 * seed and row ids, never from positions or threads. Immutable: forgetting returns a new model.
 */
public final class SisaModel implements UnlearningModel<SisaModel>, Classifier, Plannable, Sharded, Digestible {
    public static final String FAMILY = "sisa";

    private final SisaOptions options;
    private final long seed;
    private final ShardAssignment assignment;
    private final RemainingRows rows;
    private final Shard[] shards;
    private final int classes;
    private final Provenance provenance;

    private SisaModel(
            SisaOptions options,
            long seed,
            ShardAssignment assignment,
            RemainingRows rows,
            Shard[] shards,
            int classes,
            Provenance provenance) {
        this.options = options;
        this.seed = seed;
        this.assignment = assignment;
        this.rows = rows;
        this.shards = shards;
        this.classes = classes;
        this.provenance = provenance;
    }

    /**
     * Trains from scratch, refusing options the data cannot carry (too many shards, a one-class label, a
     * shard without some class).
     */
    public static SisaModel fit(TrainingSet data, SisaOptions options, long seed, Progress progress) {
        ShardChecks.beforeDealing(data, options);
        ShardAssignment assignment = options.sharding().assign(data, options.shards(), seed);
        return build(data, options, seed, assignment, true, progress);
    }

    /**
     * The exact retrain from scratch a forget result equals: a training on these rows with the given
     * assignment (for keyed sharding the same as the strategy's own deal) and without the refusals of
     * {@link #fit}, since forgetting may legitimately leave a shard without some class.
     */
    public static SisaModel retrain(
            TrainingSet data, SisaOptions options, long seed, ShardAssignment assignment, Progress progress) {
        ShardChecks.requireClasses(data);
        return build(data, options, seed, assignment, false, progress);
    }

    /** Trains from scratch with {@link #fit}. */
    public static Trainer<SisaModel> trainer(SisaOptions options) {
        return (data, seed, progress) -> fit(data, options, seed, progress);
    }

    /**
     * Retrains from scratch with {@link #retrain}: with the strategy's own deal of the given rows when
     * {@code assignment} is null (exact for keyed strategies), else with that fixed assignment.
     */
    public static Trainer<SisaModel> retrainer(SisaOptions options, ShardAssignment assignment) {
        return (data, seed, progress) -> retrain(
                data,
                options,
                seed,
                assignment != null ? assignment : options.sharding().assign(data, options.shards(), seed),
                progress);
    }

    private static SisaModel build(
            TrainingSet data,
            SisaOptions options,
            long seed,
            ShardAssignment assignment,
            boolean strict,
            Progress progress) {
        long start = System.nanoTime();
        TrainingSet[] dealt = assignment.deal(data, options.shards());
        if (strict) {
            ShardChecks.afterDealing(data, dealt);
        }
        int slices = options.effectiveSlices();
        int[] generation = new int[slices];
        List<Callable<Shard>> tasks = new ArrayList<>();
        Progress cancelOnly = cancelOnly(progress);
        for (int s = 0; s < dealt.length; s++) {
            int index = s;
            tasks.add(() -> ShardTraining.train(
                    index,
                    dealt[index],
                    options,
                    seed,
                    null,
                    0,
                    generation,
                    data.classCount(),
                    options.threadsInside(dealt.length),
                    cancelOnly));
        }
        List<Shard> trained =
                OrderedPool.run("sisa-shard", tasks, options.threadsFor(tasks.size()), progress, "Trained shard");
        Provenance p = Provenance.trained(FAMILY, seed, data.size(), Duration.ofNanos(System.nanoTime() - start));
        return new SisaModel(
                options, seed, assignment, RemainingRows.of(data), trained.toArray(Shard[]::new), data.classCount(), p);
    }

    /** A model read back from its stored state ({@link SisaState}). */
    static SisaModel restore(
            SisaOptions options, long seed, ShardAssignment assignment, TrainingSet data, Shard[] shards, int classes) {
        return new SisaModel(
                options,
                seed,
                assignment,
                RemainingRows.of(data),
                shards,
                classes,
                Provenance.trained(FAMILY, seed, data.size(), Duration.ZERO));
    }

    Shard[] shards() {
        return shards.clone();
    }

    int classes() {
        return classes;
    }

    /** Worker threads may only check for cancellation; progress is reported from the calling thread. */
    private static Progress cancelOnly(Progress progress) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {}

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    @Override
    public Forgotten<SisaModel> forget(int[] rowIds, Progress progress) {
        long start = System.nanoTime();
        int[] ids = rows.requireAll(rowIds);
        RemainingRows next = rows.without(ids);
        SisaRetrainPlanner planner = planner();
        SisaRetrain retrain = planner.retrainOf(ids);
        Shard[] nextShards = shards.clone();
        List<Callable<Shard>> tasks = new ArrayList<>();
        Progress cancelOnly = cancelOnly(progress);
        int inside = options.threadsInside(retrain.shards().size());
        for (SisaRetrain.ShardRetrain r : retrain.shards()) {
            Shard old = shards[r.shard()];
            int[] generation = new int[old.checkpoints().length];
            for (int step = 0; step < generation.length; step++) {
                generation[step] = old.checkpoints()[step].generation() + (step >= r.fromSlice() ? 1 : 0);
            }
            TrainingSet kept = old.rows().without(r.rowIds());
            tasks.add(() -> ShardTraining.train(
                    r.shard(),
                    kept,
                    options,
                    seed,
                    old.checkpoints(),
                    r.fromSlice(),
                    generation,
                    classes,
                    inside,
                    cancelOnly));
        }
        List<Shard> retrained =
                OrderedPool.run("sisa-shard", tasks, options.threadsFor(tasks.size()), progress, "Retrained shard");
        long work = 0;
        List<SisaRetrain.ShardRetrain> done = new ArrayList<>();
        for (int i = 0; i < retrained.size(); i++) {
            Shard shard = retrained.get(i);
            SisaRetrain.ShardRetrain r = retrain.shards().get(i);
            nextShards[shard.index()] = shard;
            long w = shard.workFrom(r.fromSlice());
            work += w;
            done.add(new SisaRetrain.ShardRetrain(
                    r.shard(),
                    r.fromSlice(),
                    r.rowIds(),
                    r.rowSlices(),
                    shard.rows().size(),
                    w,
                    SisaRetrainPlanner.stepWork(shard, r)));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        SisaModel model = new SisaModel(
                options,
                seed,
                assignment,
                next,
                nextShards,
                classes,
                provenance.child("sisa", ids, next.size(), true, took));
        SisaRetrain detail =
                new SisaRetrain(shards.length, options.effectiveSlices(), done, retrain.deletedCheckpoints());
        return new Forgotten<>(
                model,
                new ForgetReport(
                        ids,
                        "sisa",
                        true,
                        false,
                        work,
                        model.trainingWork(),
                        took,
                        planner.summary("retrained", detail),
                        detail));
    }

    @Override
    public ForgetPlan plan(int[] rowIds) {
        int[] ids = rows.requireAll(rowIds);
        SisaRetrainPlanner planner = planner();
        SisaRetrain detail = planner.retrainOf(ids);
        long work = detail.shards().stream()
                .mapToLong(SisaRetrain.ShardRetrain::workUnits)
                .sum();
        return new ForgetPlan(ids, work, trainingWork(), false, planner.summary("retrains", detail), detail);
    }

    private SisaRetrainPlanner planner() {
        return new SisaRetrainPlanner(options, seed, assignment, shards);
    }

    /** Same options and assignment, same rows in every shard, every checkpoint identical bit for bit. */
    @Override
    public boolean sameParameters(SisaModel other) {
        if (!options.sameModel(other.options)
                || seed != other.seed
                || shards.length != other.shards.length
                || !assignment.equals(other.assignment)) {
            return false;
        }
        for (int s = 0; s < shards.length; s++) {
            if (!shards[s].sameAs(other.shards[s])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int predict(double[] x) {
        return options.aggregation().combine(constituentProbabilities(x), new double[classes]);
    }

    @Override
    public double[] probabilities(double[] x) {
        double[] out = new double[classes];
        options.aggregation().combine(constituentProbabilities(x), out);
        return out;
    }

    /** Every constituent's class probabilities for a row, in shard order. */
    public double[][] constituentProbabilities(double[] x) {
        double[][] p = new double[shards.length][classes];
        for (int s = 0; s < shards.length; s++) {
            shards[s].constituent().probabilities(x, p[s]);
        }
        return p;
    }

    /** The shard a row is (or was) dealt to. */
    public int shardOf(int rowId) {
        return assignment.shardOf(rowId);
    }

    /** The slice of its shard a row is (or was) in. */
    public int sliceOf(int rowId) {
        return Slicing.sliceOf(seed, rowId, options.effectiveSlices());
    }

    /** S. */
    public int shardCount() {
        return shards.length;
    }

    /** R as trained (1 for a learner that cannot resume). */
    public int sliceCount() {
        return options.effectiveSlices();
    }

    /** Rows now in each S×R cell: {@code [shard][slice]}, the slice's own rows (not cumulative). */
    public int[][] cellCounts() {
        int[][] out = new int[shards.length][];
        for (int s = 0; s < shards.length; s++) {
            out[s] = shards[s].sliceCounts();
        }
        return out;
    }

    /** Rows now in each shard. */
    public int[] shardSizes() {
        return Arrays.stream(shards).mapToInt(s -> s.rows().size()).toArray();
    }

    /** The row ids now in a shard, ascending. */
    public int[] shardRowIds(int shard) {
        return shards[shard].rows().rowIds();
    }

    /** The checkpoint of one cell, as it exists now (a deleted one has been rebuilt without the rows). */
    public CheckpointInfo checkpoint(int shard, int slice) {
        Checkpoint c = shards[shard].checkpoints()[slice];
        return new CheckpointInfo(shard, slice, c.rows(), c.work(), c.generation());
    }

    /** A shard's constituent (its last checkpoint). */
    public Constituent constituent(int shard) {
        return shards[shard].constituent();
    }

    /** Sample-gradient evaluations (rows fitted, for trees) of a training from scratch of these rows. */
    public long trainingWork() {
        return Arrays.stream(shards).mapToLong(Shard::work).sum();
    }

    public SisaOptions options() {
        return options;
    }

    public long seed() {
        return seed;
    }

    /** The assignment fixed at training time; {@link #retrainer} with it gives the exact retrain. */
    public ShardAssignment assignment() {
        return assignment;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public TrainingSet trainingData() {
        return rows.toTrainingSet();
    }

    @Override
    public String toString() {
        return "SISA " + options.learner().name() + ", S = " + shards.length + ", R = " + options.effectiveSlices()
                + ", " + provenance;
    }

    @Override
    public void content(java.util.function.Consumer<double[]> sink) {
        for (int shard = 0; shard < shardCount(); shard++) {
            sink.accept(constituent(shard).parameters());
        }
    }
}
