package org.unlearn.model.family.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Blame;
import org.unlearn.model.family.Figure;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.model.util.Progress;

/**
 * Q-k-means (Ginart et al.): certifies a deletion that moves no centroid out of its grid cell, else resumes
 * from the first iteration that changes. How many certify depends on ε and the data (EpsilonTradeoff).
 */
public final class QKMeansFamily extends KMeansFamily<QKMeans> {
    static final String EPSILON = "epsilon";
    static final String GAMMA = "gamma";
    private static final List<OptionSpec> OPTIONS = optionsWith(
            OptionSpec.number(
                            EPSILON,
                            "grid width",
                            "centroids are rounded to a grid this wide; wider certifies more" + " deletions")
                    .byDefault(QKMeans.DEFAULT_EPSILON)
                    .above(0)
                    .in("standard deviations"),
            OptionSpec.number(
                            GAMMA,
                            "balance share",
                            "clusters under γn/k rows are pulled toward their previous" + " centroid")
                    .byDefault(QKMeans.DEFAULT_GAMMA)
                    .atLeast(0)
                    .below(1));

    @Override
    public String code() {
        return QKMeans.FAMILY;
    }

    @Override
    public String title() {
        return "Q-k-means";
    }

    @Override
    public String description() {
        return "certifies the deletions that move no centroid out of its grid cell";
    }

    @Override
    public String explanation() {
        return "Centroids are rounded to a grid of width ε. Forgetting a row replays every kept iteration without it;"
                + " when no centroid leaves its grid cell the deletion is certified: the model is provably what a"
                + " retrain without the row would give, and nothing is retrained. Otherwise the run resumes from"
                + " the first iteration that changes.";
    }

    @Override
    public Class<QKMeans> modelType() {
        return QKMeans.class;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    QKMeans.Options engine(Options o) {
        return Blame.build(o, accepted(), QKMeansFamily::raw, EPSILON);
    }

    private static QKMeans.Options raw(Options o) {
        return new QKMeans.Options(
                o.whole(K), o.whole(ITERATIONS), o.number(TOLERANCE), o.number(EPSILON), o.number(GAMMA));
    }

    @Override
    public java.util.Optional<org.unlearn.model.forget.StateCodec<QKMeans>> stateCodec(
            Options options, TrainingSet rows) {
        return java.util.Optional.of(new org.unlearn.model.kmeans.QKMeansState(engine(resolve(options, rows))));
    }

    @Override
    public QKMeans train(Options options, TrainingSet rows, long seed, Progress progress) {
        return QKMeans.fit(rows, engine(resolve(options, rows)), seed, progress);
    }

    @Override
    public List<ForgetMethod> forgetMethods() {
        return List.of(new ForgetMethod(
                "qkmeans",
                "Certify or resume",
                true,
                "certifies the deletion when no centroid leaves its grid cell, else resumes the run where it changes"));
    }

    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(
                org.unlearn.model.forget.Clusterer.class,
                org.unlearn.model.forget.Plannable.class,
                org.unlearn.model.forget.Certifying.class);
    }

    @Override
    public Set<Figure> figures() {
        return Set.of(Figure.CERTIFIED_SHARE, Figure.RETRAINED_SHARE);
    }

    /** Measured against Lloyd with the same k, cap and tolerance. */
    @Override
    public Optional<Baseline> baseline(Options options) {
        LloydFamily lloyd = new LloydFamily();
        Options same = lloyd.defaults();
        for (String name : List.of(K, ITERATIONS, TOLERANCE)) {
            if (options.given().contains(name)) {
                same = same.with(name, options.text(name));
            }
        }
        return Optional.of(new Baseline(lloyd.code(), lloyd.configure(same)));
    }

    @Override
    public Map<String, Object> facts(QKMeans model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("k", model.k());
        out.put("iterations", model.iterations());
        out.put("stopped_early", model.stoppedEarly());
        return out;
    }
}
