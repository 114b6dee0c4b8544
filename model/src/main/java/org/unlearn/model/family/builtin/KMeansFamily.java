package org.unlearn.model.family.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Group;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.verify.Quality;

/**
 * What the three k-means families share: k (from the label when not given), the iteration cap and the
 * tolerance; scored by the k-means loss on the rows the model holds, work counted in point-centroid
 * distances.
 */
abstract class KMeansFamily<M extends ClusteringModel<M>> implements FamilyDescriptor<M> {
    static final String K = "k";

    /** Compiles the seeding and the distance kernel on made-up points, beside the read. */
    @Override
    public void warmUp() {
        org.unlearn.model.kmeans.KMeansWarmUp.start();
    }

    static final String ITERATIONS = "iterations";
    static final String TOLERANCE = "tol";

    private static final LloydKMeans.Options DEFAULTS = LloydKMeans.Options.of(1);

    /** The shared options, then the family's own. */
    static List<OptionSpec> optionsWith(OptionSpec... own) {
        List<OptionSpec> out = new ArrayList<>();
        out.add(OptionSpec.whole(K, "clusters", "how many centroids")
                .otherwise("the label's class count, else " + ClusteringModel.DEFAULT_K)
                .atLeast(1));
        out.add(OptionSpec.whole(ITERATIONS, "iteration cap", "stop after this many iterations at most")
                .byDefault(DEFAULTS.maxIterations())
                .atLeast(1));
        out.add(OptionSpec.number(
                        TOLERANCE,
                        "tolerance",
                        "stop when an iteration improves the loss by no more than" + " this share of it")
                .byDefault(DEFAULTS.tolerance())
                .atLeast(0));
        out.addAll(List.of(own));
        return List.copyOf(out);
    }

    @Override
    public Group group() {
        return Group.CLUSTERING;
    }

    @Override
    public Options resolve(Options options, TrainingSet rows) {
        return options.has(K) ? options : options.with(K, Integer.toString(ClusteringModel.defaultK(rows)));
    }

    @Override
    public void check(Options options) {
        // k is checked by its spec; with k unset (from the data) the engine's own record checks the rest.
        engine(options.has(K) ? options : options.with(K, "1"));
    }

    /** The engine's options, a refusal naming the option to blame. */
    abstract Object engine(Options options);

    /** A setting every k-means engine accepts: the defaults with one cluster. */
    final Options accepted() {
        return defaults().with(K, "1");
    }

    @Override
    public String qualityMetric(TrainingSet prepared) {
        return "kmeans_loss";
    }

    @Override
    public double quality(M model, TrainingSet heldOut) {
        return Quality.kmeansLoss(model, model.trainingData());
    }

    @Override
    public String workUnit() {
        return "point-centroid distances";
    }

    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(Clusterer.class, Plannable.class);
    }
}
