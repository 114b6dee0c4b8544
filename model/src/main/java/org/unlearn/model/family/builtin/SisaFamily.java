package org.unlearn.model.family.builtin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.BadOptionException;
import org.unlearn.model.family.Blame;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Figure;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.family.Group;
import org.unlearn.model.family.OptionCost;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.Sharded;
import org.unlearn.model.sisa.Aggregation;
import org.unlearn.model.sisa.BalancedSharding;
import org.unlearn.model.sisa.KeyedSharding;
import org.unlearn.model.sisa.Learner;
import org.unlearn.model.sisa.MlpLearner;
import org.unlearn.model.sisa.ShardCost;
import org.unlearn.model.sisa.ShardCostTable;
import org.unlearn.model.sisa.Sharding;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.sisa.SisaOptions;
import org.unlearn.model.sisa.SoftmaxLearner;
import org.unlearn.model.sisa.TreeLearner;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/**
 * SISA ensembles (Bourtoule et al.): S shards trained slice by slice with checkpoints; forgetting retrains
 * the rows' shards from the checkpoint before their slice. Scored by accuracy on the held-out rows.
 */
public final class SisaFamily implements FamilyDescriptor<SisaModel> {
    static final String SHARDS = "shards";
    static final String SLICES = "slices";
    static final String EPOCHS = "epochs";
    static final String LEARNER = "learner";
    static final String AGGREGATION = "aggregation";
    static final String SHARDING = "sharding";
    static final String THREADS = "threads";
    static final String LR = "lr";
    static final String BATCH = "batch";
    static final String L2 = "l2";
    static final String HIDDEN = "hidden";
    static final String DEPTH = "depth";
    static final String NODE_SIZE = "node_size";

    private static final SoftmaxLearner SOFTMAX = SoftmaxLearner.defaults();
    private static final MlpLearner MLP = MlpLearner.defaults();
    private static final TreeLearner TREE = TreeLearner.defaults();
    /** The options each learner reads; giving one another learner reads is refused. */
    private static final Map<String, List<String>> LEARNER_OPTIONS = Map.of(
            SoftmaxLearner.NAME, List.of(LR, BATCH, L2),
            MlpLearner.NAME, List.of(HIDDEN, LR, BATCH, L2),
            TreeLearner.NAME, List.of(DEPTH, NODE_SIZE));

    private static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.whole(SHARDS, "shards", "S: disjoint shards, one constituent model each")
                    .byDefault(SisaOptions.DEFAULT_SHARDS)
                    .atLeast(1),
            OptionSpec.whole(SLICES, "slices", "R: slices per shard, a checkpoint after each")
                    .byDefault(SisaOptions.DEFAULT_SLICES)
                    .atLeast(1),
            OptionSpec.whole(EPOCHS, "epochs", "epochs one monolithic training of a shard would run")
                    .byDefault(SisaOptions.DEFAULT_EPOCHS)
                    .atLeast(1),
            OptionSpec.choice(
                            LEARNER,
                            "learner",
                            List.of(SoftmaxLearner.NAME, MlpLearner.NAME, TreeLearner.NAME),
                            "the constituent model: softmax regression, a one-hidden-layer MLP, or a decision tree")
                    .byDefault(SoftmaxLearner.NAME),
            OptionSpec.choice(
                            AGGREGATION,
                            "aggregation",
                            List.of("mean", "vote"),
                            "how constituents answer together: mean probabilities, or majority vote")
                    .byDefault(Aggregation.MEAN.label()),
            OptionSpec.choice(
                            SHARDING,
                            "sharding",
                            List.of(KeyedSharding.NAME, BalancedSharding.NAME),
                            "how rows are dealt: keyed by (seed, row id), or balanced by class")
                    .byDefault(KeyedSharding.NAME),
            OptionSpec.whole(THREADS, "threads", "shards trained at once (0: one per core); never changes the model")
                    .byDefault(0)
                    .atLeast(0),
            OptionSpec.number(
                            LR,
                            "learning rate",
                            "mean SGD step size, falling linearly to 0 within each slice (softmax, mlp); the softmax takes"
                                    + " less, down to half, when a slice trains for over 2,500 batches")
                    .byDefault(SOFTMAX.learningRate())
                    .above(0),
            OptionSpec.whole(BATCH, "batch size", "rows per mini-batch (softmax, mlp)")
                    .byDefault(SOFTMAX.batchSize())
                    .atLeast(1)
                    .in("rows"),
            OptionSpec.number(L2, "weight decay", "L2 weight decay per update (softmax, mlp)")
                    .byDefault(SOFTMAX.l2())
                    .atLeast(0),
            OptionSpec.whole(HIDDEN, "hidden units", "units of the hidden layer (mlp)")
                    .byDefault(MLP.hidden())
                    .atLeast(1),
            OptionSpec.whole(DEPTH, "tree depth", "the deepest a tree grows, the root at depth 1 (tree)")
                    .byDefault(TREE.maxDepth())
                    .atLeast(1)
                    .atMost(TreeLearner.DEEPEST),
            OptionSpec.whole(NODE_SIZE, "node size", "the fewest rows a tree leaf keeps (tree)")
                    .byDefault(TREE.nodeSize())
                    .atLeast(1)
                    .in("rows"));

    @Override
    public String code() {
        return SisaModel.FAMILY;
    }

    @Override
    public String title() {
        return "SISA ensemble";
    }

    @Override
    public String description() {
        return "retrains one shard from a checkpoint";
    }

    @Override
    public String explanation() {
        return "Sharded, isolated, sliced, aggregated. Rows are dealt to S shards by a hash of (seed, row id); each"
                + " shard trains its own model, slice by slice, keeping a checkpoint after every slice, and the models"
                + " vote. Forgetting a row retrains only its shard, from the checkpoint before the row's slice; the"
                + " checkpoints that saw the row are deleted. Exact: the result equals training without the row.";
    }

    @Override
    public Group group() {
        return Group.LABEL;
    }

    @Override
    public Class<SisaModel> modelType() {
        return SisaModel.class;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public Options quickOptions() {
        return defaults().with(SHARDS, "4").with(SLICES, "3").with(EPOCHS, "4");
    }

    @Override
    public void check(Options options) {
        engine(options);
    }

    /**
     * The engine's options; refuses a learner's option set for another learner (at its default it changes
     * nothing, as in the canonical text, which lists every option).
     */
    static SisaOptions engine(Options o) {
        String learner = o.text(LEARNER);
        for (String name : o.given()) {
            boolean learnerOption = LEARNER_OPTIONS.values().stream().anyMatch(l -> l.contains(name));
            boolean atDefault = o.text(name).equals(o.spec(name).defaultValue());
            if (learnerOption && !atDefault && !LEARNER_OPTIONS.get(learner).contains(name)) {
                throw new BadOptionException(
                        name,
                        name + " is not an option of the " + learner + " learner (its options: "
                                + String.join(", ", LEARNER_OPTIONS.get(learner)) + ")");
            }
        }
        Options accepted = Options.of(SisaModel.FAMILY, OPTIONS).with(LEARNER, learner);
        return Blame.build(o, accepted, SisaFamily::raw, SHARDS);
    }

    private static SisaOptions raw(Options o) {
        Sharding sharding =
                o.text(SHARDING).equals(BalancedSharding.NAME) ? new BalancedSharding() : new KeyedSharding();
        return new SisaOptions(
                o.whole(SHARDS),
                o.whole(SLICES),
                o.whole(EPOCHS),
                learner(o),
                Aggregation.of(o.text(AGGREGATION)),
                sharding,
                o.whole(THREADS));
    }

    private static Learner learner(Options o) {
        return switch (o.text(LEARNER)) {
            case SoftmaxLearner.NAME -> new SoftmaxLearner(o.number(LR), o.whole(BATCH), o.number(L2));
            case MlpLearner.NAME -> new MlpLearner(o.whole(HIDDEN), o.number(LR), o.whole(BATCH), o.number(L2));
            default -> new TreeLearner(o.whole(DEPTH), o.whole(NODE_SIZE));
        };
    }

    @Override
    public SisaModel train(Options options, TrainingSet rows, long seed, Progress progress) {
        return SisaModel.fit(rows, engine(options), seed, progress);
    }

    /** With the model's own shard assignment: a balanced deal depends on every row, and forgetting keeps it. */
    @Override
    public java.util.Optional<org.unlearn.model.forget.StateCodec<SisaModel>> stateCodec(
            Options options, TrainingSet rows) {
        return java.util.Optional.of(new org.unlearn.model.sisa.SisaState(engine(options)));
    }

    @Override
    public SisaModel retrain(Options options, SisaModel model, TrainingSet remaining, Progress progress) {
        return SisaModel.retrain(remaining, engine(options), model.seed(), model.assignment(), progress);
    }

    @Override
    public List<ForgetMethod> forgetMethods() {
        return List.of(new ForgetMethod(
                "sisa",
                "Retrain the shard",
                true,
                "retrains each affected shard from the checkpoint before the rows' slice"));
    }

    @Override
    public String qualityMetric(TrainingSet prepared) {
        return "accuracy";
    }

    @Override
    public double quality(SisaModel model, TrainingSet heldOut) {
        return Quality.accuracy(model, heldOut);
    }

    @Override
    public String workUnit() {
        return "sample-gradient evaluations";
    }

    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(Classifier.class, Plannable.class, Sharded.class);
    }

    @Override
    public Set<Figure> figures() {
        return Set.of(Figure.RETRAINED_SHARE);
    }

    /** One constituent on every training row (S = 1, R = 1, keyed), same learner and epochs. */
    @Override
    public Optional<Baseline> baseline(Options options) {
        Options mono = options.with(SHARDS, "1").with(SLICES, "1").with(SHARDING, KeyedSharding.NAME);
        return Optional.of(new Baseline("monolithic", configure(mono)));
    }

    @Override
    public String costedOption() {
        return SHARDS;
    }

    @Override
    public String optionCostInWords(Options options, TrainingSet rows) {
        return ShardCost.plain(rows, engine(options).shards());
    }

    @Override
    public OptionCost optionCost(Options options, TrainingSet rows, long seed, Progress progress) {
        return ShardCostTable.measure(rows, engine(options), seed, progress);
    }

    @Override
    public Map<String, Object> facts(SisaModel model) {
        Map<String, Object> out = new LinkedHashMap<>();
        int[] sizes = model.shardSizes();
        out.put("slices_trained", model.sliceCount());
        out.put("shard_rows_min", Arrays.stream(sizes).min().orElse(0));
        out.put("shard_rows_max", Arrays.stream(sizes).max().orElse(0));
        out.put("training_work_units", model.trainingWork());
        return out;
    }
}
