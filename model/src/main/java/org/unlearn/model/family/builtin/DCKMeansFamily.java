package org.unlearn.model.family.builtin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Blame;
import org.unlearn.model.family.Figure;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.util.Progress;

/** DC-k-means (Ginart et al.): a tree of k-means runs; forgetting a row re-runs its leaf and that leaf's ancestors. */
public final class DCKMeansFamily extends KMeansFamily<DCKMeans> {
    static final String LEAVES = "leaves";
    static final String WIDTH = "width";
    private static final List<OptionSpec> OPTIONS = optionsWith(
            OptionSpec.whole(LEAVES, "leaves", "leaves of the tree; a power of the width")
                    .byDefault(DCKMeans.DEFAULT_LEAVES)
                    .atLeast(1),
            OptionSpec.whole(WIDTH, "width", "children per inner node: the tree's height is log_width(leaves)")
                    .otherwise("the number of leaves (a tree of height 1), at least 2")
                    .atLeast(2));

    @Override
    public String code() {
        return DCKMeans.FAMILY;
    }

    @Override
    public String title() {
        return "DC-k-means";
    }

    @Override
    public String description() {
        return "re-runs one leaf";
    }

    @Override
    public String explanation() {
        return "Divide and conquer. Rows are dealt to the leaves of a tree by a hash of (seed, row id); each leaf"
                + " clusters its own rows and each inner node clusters its children's centroids. A row can only"
                + " influence its leaf and that leaf's ancestors, so forgetting it re-runs those alone.";
    }

    @Override
    public Class<DCKMeans> modelType() {
        return DCKMeans.class;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public Options resolve(Options options, TrainingSet rows) {
        return withWidth(super.resolve(options, rows));
    }

    private static Options withWidth(Options o) {
        return o.has(WIDTH) ? o : o.with(WIDTH, Integer.toString(Math.max(2, o.whole(LEAVES))));
    }

    @Override
    DCKMeans.Options engine(Options o) {
        return Blame.build(o, accepted(), DCKMeansFamily::raw, LEAVES);
    }

    private static DCKMeans.Options raw(Options o) {
        Options w = withWidth(o);
        return new DCKMeans.Options(
                w.whole(K), w.whole(ITERATIONS), w.number(TOLERANCE), w.whole(LEAVES), w.whole(WIDTH));
    }

    @Override
    public java.util.Optional<org.unlearn.model.forget.StateCodec<DCKMeans>> stateCodec(
            Options options, TrainingSet rows) {
        return java.util.Optional.of(new org.unlearn.model.kmeans.DCKMeansState(engine(resolve(options, rows))));
    }

    @Override
    public DCKMeans train(Options options, TrainingSet rows, long seed, Progress progress) {
        return DCKMeans.fit(rows, engine(resolve(options, rows)), seed, progress);
    }

    @Override
    public List<ForgetMethod> forgetMethods() {
        return List.of(
                new ForgetMethod("dc", "Re-run the leaf", true, "re-runs the leaves of the rows and their ancestors"));
    }

    @Override
    public Set<Figure> figures() {
        return Set.of(Figure.RETRAINED_SHARE);
    }

    @Override
    public Map<String, Object> facts(DCKMeans model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("k", model.k());
        out.put("leaf_rows_min", Arrays.stream(model.leafSizes()).min().orElse(0));
        out.put("leaf_rows_max", Arrays.stream(model.leafSizes()).max().orElse(0));
        return out;
    }
}
