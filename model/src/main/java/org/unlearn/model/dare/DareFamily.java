package org.unlearn.model.dare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.BadOptionException;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Figure;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.family.Group;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Forest;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/**
 * DaRE random forests (Brophy and Lowd, ICML 2021) as a family: {@code --model dare}, its options settable by
 * name ({@code --set trees=50}). Scored by accuracy on the held-out rows.
 */
public final class DareFamily implements FamilyDescriptor<DareForest> {
    static final String TREES = "trees";
    static final String DEPTH = "depth";
    static final String RANDOM_DEPTH = "random_depth";
    static final String THRESHOLDS = "thresholds";
    static final String MIN_LEAF = "min_leaf";
    static final String CRITERION = "criterion";
    static final String THREADS = "threads";

    private static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.whole(TREES, "trees", "trees in the forest; each sees every row")
                    .byDefault(DareOptions.DEFAULT_TREES)
                    .atLeast(1),
            OptionSpec.whole(DEPTH, "depth", "the deepest level a tree splits at")
                    .byDefault(DareOptions.DEFAULT_MAX_DEPTH)
                    .atLeast(1)
                    .atMost(DareOptions.DEEPEST),
            OptionSpec.whole(
                            RANDOM_DEPTH,
                            "random-split depth",
                            "levels at the top that split at random: cheaper to forget, a little less accurate")
                    .byDefault(DareOptions.DEFAULT_RANDOM_DEPTH)
                    .atLeast(0)
                    .atMost(DareOptions.DEEPEST),
            OptionSpec.whole(
                            THRESHOLDS,
                            "thresholds per feature",
                            "k: candidate thresholds a greedy node samples for each feature it looks at")
                    .byDefault(DareOptions.DEFAULT_THRESHOLDS)
                    .atLeast(1),
            OptionSpec.whole(MIN_LEAF, "rows per leaf", "the fewest rows a greedy split leaves on each side")
                    .byDefault(DareOptions.DEFAULT_MIN_LEAF)
                    .atLeast(1)
                    .in("rows"),
            OptionSpec.choice(CRITERION, "split criterion", Criterion.NAMES, "how a greedy node scores a split")
                    .byDefault(Criterion.GINI.label()),
            OptionSpec.whole(THREADS, "threads", "trees grown at once (0: one per core); never changes the model")
                    .byDefault(0)
                    .atLeast(0));

    @Override
    public String code() {
        return DareForest.FAMILY;
    }

    @Override
    public String title() {
        return "DaRE random forest";
    }

    @Override
    public String description() {
        return "regrows only the subtrees whose split changes";
    }

    @Override
    public String explanation() {
        return "Data removal-enabled random forest. Each tree sees every row; its top levels split at random and the"
                + " lower ones choose the best of a few sampled thresholds, each node keeping the counts behind its"
                + " choice. Forgetting a row updates the counts along its path in every tree and regrows a subtree only"
                + " where the node's choice would change. Exact: the result equals a forest grown without the row.";
    }

    @Override
    public Group group() {
        return Group.LABEL;
    }

    @Override
    public Class<DareForest> modelType() {
        return DareForest.class;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public Options quickOptions() {
        return defaults()
                .with(TREES, "10")
                .with(DEPTH, "6")
                .with(RANDOM_DEPTH, "2")
                .with(THRESHOLDS, "5");
    }

    @Override
    public void check(Options options) {
        engine(options);
    }

    static DareOptions engine(Options o) {
        if (o.whole(RANDOM_DEPTH) > o.whole(DEPTH)) {
            throw new BadOptionException(
                    RANDOM_DEPTH,
                    "the random-split depth must be 0 to the depth (" + o.whole(DEPTH) + "), not "
                            + o.whole(RANDOM_DEPTH));
        }
        return new DareOptions(
                o.whole(TREES),
                o.whole(DEPTH),
                o.whole(RANDOM_DEPTH),
                o.whole(THRESHOLDS),
                o.whole(MIN_LEAF),
                Criterion.byName(o.text(CRITERION)),
                o.whole(THREADS));
    }

    @Override
    public java.util.Optional<org.unlearn.model.forget.StateCodec<DareForest>> stateCodec(
            Options options, TrainingSet rows) {
        return java.util.Optional.of(new DareState(engine(options)));
    }

    @Override
    public DareForest train(Options options, TrainingSet rows, long seed, Progress progress) {
        return DareForest.fit(rows, engine(options), seed, progress);
    }

    @Override
    public List<ForgetMethod> forgetMethods() {
        return List.of(new ForgetMethod(
                DareForest.FAMILY,
                "Regrow changed subtrees",
                true,
                "updates the counts along the rows' paths and regrows a subtree only where its split changes"));
    }

    @Override
    public String qualityMetric(TrainingSet prepared) {
        return "accuracy";
    }

    @Override
    public double quality(DareForest model, TrainingSet heldOut) {
        return Quality.accuracy(model, heldOut);
    }

    @Override
    public String workUnit() {
        return "feature values read";
    }

    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(Classifier.class, Plannable.class, Forest.class);
    }

    @Override
    public Set<Figure> figures() {
        return Set.of(Figure.RETRAINED_SHARE);
    }

    @Override
    public Map<String, Object> facts(DareForest model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes_in_first_tree", model.nodeCount(0));
        out.put("training_work_units", model.trainingWork());
        return out;
    }
}
