package org.unlearn.model.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.sisa.Aggregation;
import org.unlearn.model.sisa.BalancedSharding;
import org.unlearn.model.sisa.KeyedSharding;
import org.unlearn.model.sisa.Learner;
import org.unlearn.model.sisa.Learners;
import org.unlearn.model.sisa.MlpLearner;
import org.unlearn.model.sisa.ShardAssignment;
import org.unlearn.model.sisa.Sharding;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.sisa.SisaOptions;
import org.unlearn.model.sisa.SoftmaxLearner;
import org.unlearn.model.sisa.TreeLearner;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/**
 * SISA ensembles as {@code bench} drives them, scored by accuracy on the held-out rows and measured
 * against the monolithic baseline: one constituent (S = 1, R = 1) on all training rows, same learner and
 * epochs. The first training is {@link SisaModel#fit} (with its refusals); every retrain from scratch uses
 * the assignment it made, which is the exact retrain forgetting equals (the same deal for keyed sharding).
 */
final class SisaBench implements BenchFamily<SisaModel> {
    static final List<String> EXTRAS = List.of("sharding", "aggregation", "threads", "lr", "batch", "l2", "hidden",
            "depth", "node_size", "scaling");

    private final String model;
    private final SisaOptions options;
    private final boolean scaling;
    private final BenchFamily<?> baseline;
    private ShardAssignment assignment;

    private SisaBench(String model, SisaOptions options, boolean scaling, BenchFamily<?> baseline) {
        this.model = model;
        this.options = options;
        this.scaling = scaling;
        this.baseline = baseline;
    }

    static BenchFamily<?> create(ModelParameters p) {
        p.refuseAllBut("sisa", Set.of("--shards", "--slices", "--learner", "--epochs"), EXTRAS);
        Learner learner = learner(p);
        Sharding sharding = switch (p.extraOr("sharding", KeyedSharding.NAME).strip().toLowerCase(Locale.ROOT)) {
            case KeyedSharding.NAME -> new KeyedSharding();
            case BalancedSharding.NAME -> new BalancedSharding();
            default -> throw new BadInputException("--set sharding=" + p.extraOr("sharding", "")
                    + ": unknown sharding (keyed, balanced)");
        };
        SisaOptions options = new SisaOptions(p.shardsOr(SisaOptions.DEFAULT_SHARDS),
                p.slicesOr(SisaOptions.DEFAULT_SLICES), p.epochsOr(SisaOptions.DEFAULT_EPOCHS), learner,
                Aggregation.of(p.extraOr("aggregation", Aggregation.MEAN.label())), sharding,
                p.wholeOr("threads", 0));
        boolean scaling = p.numberOr("scaling", 0) != 0;
        SisaOptions monolithic = new SisaOptions(1, 1, options.epochs(), learner, options.aggregation(),
                new KeyedSharding(), options.threads());
        return new SisaBench("sisa", options, scaling, new SisaBench("monolithic", monolithic, false, null));
    }

    private static Learner learner(ModelParameters p) {
        Learner named = Learners.byName(p.learnerOr(SoftmaxLearner.NAME));
        if (named instanceof SoftmaxLearner d) {
            return new SoftmaxLearner(p.numberOr("lr", d.learningRate()), p.wholeOr("batch", d.batchSize()),
                    p.numberOr("l2", d.l2()));
        }
        if (named instanceof MlpLearner d) {
            return new MlpLearner(p.wholeOr("hidden", d.hidden()), p.numberOr("lr", d.learningRate()),
                    p.wholeOr("batch", d.batchSize()), p.numberOr("l2", d.l2()));
        }
        TreeLearner d = (TreeLearner) named;
        return new TreeLearner(p.wholeOr("depth", d.maxDepth()), p.wholeOr("node_size", d.nodeSize()));
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public boolean supervised() {
        return true;
    }

    @Override
    public Trainer<SisaModel> trainer() {
        return (data, seed, progress) -> {
            if (assignment == null) {
                SisaModel first = SisaModel.fit(data, options, seed, progress);
                assignment = first.assignment();
                return first;
            }
            return SisaModel.retrain(data, options, seed, assignment, progress);
        };
    }

    @Override
    public String qualityMetric() {
        return "accuracy";
    }

    @Override
    public double quality(SisaModel m, TrainingSet heldOut) {
        return Quality.accuracy(m, heldOut);
    }

    @Override
    public Set<Figure> figures() {
        return Set.of(Figure.RETRAINED_FRACTION);
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("shards", options.shards());
        out.put("slices", options.slices());
        out.put("slices_trained", options.effectiveSlices());
        out.put("epochs", options.epochs());
        out.put("learner", options.learner().name());
        out.put("learner_options", options.learner().toString());
        out.put("aggregation", options.aggregation().label());
        out.put("sharding", options.sharding().name());
        out.put("threads", options.threads());
        return out;
    }

    @Override
    public Optional<BenchFamily<?>> baseline() {
        return Optional.ofNullable(baseline);
    }

    @Override
    public Map<String, Object> details(SisaModel m) {
        Map<String, Object> out = new LinkedHashMap<>();
        int[] sizes = m.shardSizes();
        out.put("shard_rows_min", Arrays.stream(sizes).min().orElse(0));
        out.put("shard_rows_max", Arrays.stream(sizes).max().orElse(0));
        out.put("training_work_units", m.trainingWork());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        if (scaling) {
            out.putAll(scaling(m));
        }
        return out;
    }

    /**
     * Training time on one thread against one thread per core, alternating three times in this process;
     * medians, and whether both gave the same model.
     */
    private Map<String, Object> scaling(SisaModel m) {
        TrainingSet data = m.trainingData();
        double[] one = new double[3];
        double[] all = new double[3];
        boolean same = true;
        for (int i = 0; i < 3; i++) {
            long a = System.nanoTime();
            SisaModel sequential = SisaModel.retrain(data, options.withThreads(1), m.seed(), m.assignment(), Progress.NONE);
            one[i] = (System.nanoTime() - a) / 1e6;
            long b = System.nanoTime();
            SisaModel parallel = SisaModel.retrain(data, options.withThreads(0), m.seed(), m.assignment(), Progress.NONE);
            all[i] = (System.nanoTime() - b) / 1e6;
            same &= sequential.sameParameters(parallel) && parallel.sameParameters(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("train_ms_one_thread", Math.round(BenchRunner.median(one) * 10) / 10.0);
        out.put("train_ms_all_cores", Math.round(BenchRunner.median(all) * 10) / 10.0);
        out.put("parallel_speedup", Math.round(BenchRunner.median(one) / BenchRunner.median(all) * 100) / 100.0);
        out.put("parallel_same_model", same);
        return out;
    }
}
