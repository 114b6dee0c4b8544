package org.unlearn.model.family.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Blame;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.util.Progress;

/** Lloyd's k-means: the baseline that forgets by retraining from scratch. */
public final class LloydFamily extends KMeansFamily<LloydKMeans> {
    private static final List<OptionSpec> OPTIONS = optionsWith();

    @Override
    public String code() {
        return LloydKMeans.FAMILY;
    }

    @Override
    public List<String> aliases() {
        return List.of("lloyd");
    }

    @Override
    public String title() {
        return "Lloyd k-means";
    }

    @Override
    public String description() {
        return "retrains from scratch";
    }

    @Override
    public String explanation() {
        return "The baseline. Lloyd's k-means from k-means++ seeds has no shortcut: forgetting a row means training"
                + " again on the rows that remain. Exact by construction, and as slow as training.";
    }

    @Override
    public Class<LloydKMeans> modelType() {
        return LloydKMeans.class;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    LloydKMeans.Options engine(Options o) {
        return Blame.build(o, accepted(), LloydFamily::raw, ITERATIONS);
    }

    private static LloydKMeans.Options raw(Options o) {
        return new LloydKMeans.Options(o.whole(K), o.whole(ITERATIONS), o.number(TOLERANCE));
    }

    @Override
    public LloydKMeans train(Options options, TrainingSet rows, long seed, Progress progress) {
        return LloydKMeans.fit(rows, engine(resolve(options, rows)), seed, progress);
    }

    @Override
    public java.util.Optional<org.unlearn.model.forget.StateCodec<LloydKMeans>> stateCodec(
            Options options, TrainingSet rows) {
        return java.util.Optional.of(new org.unlearn.model.kmeans.LloydState(engine(resolve(options, rows))));
    }

    @Override
    public List<ForgetMethod> forgetMethods() {
        return List.of(new ForgetMethod("retrain", "Retrain", true, "trains again on the rows that remain"));
    }

    @Override
    public Map<String, Object> facts(LloydKMeans model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("k", model.k());
        out.put("iterations", model.iterations());
        return out;
    }
}
