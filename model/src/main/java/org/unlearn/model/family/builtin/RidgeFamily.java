package org.unlearn.model.family.builtin;

import java.util.List;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Blame;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.Regressor;
import org.unlearn.model.linear.RidgeModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/** Ridge regression: a numeric label, or a two-class label as ±1 (scored by the accuracy of the sign). */
public final class RidgeFamily extends LinearFamily<RidgeModel> {
    private static final List<OptionSpec> OPTIONS = optionsWith();

    @Override
    public String code() {
        return RidgeModel.FAMILY;
    }

    @Override
    public String title() {
        return "Ridge regression";
    }

    @Override
    public String description() {
        return "forgets approximately in milliseconds";
    }

    @Override
    public String explanation() {
        return "L2-regularized least squares, solved exactly. Forgetting a row can retrain, take a Newton or influence"
                + " step, or apply the projective residual update, which for ridge lands on the exact retrain's"
                + " projection onto the forgotten rows' span.";
    }

    @Override
    public Class<RidgeModel> modelType() {
        return RidgeModel.class;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public void check(Options options) {
        super.check(options);
        engine(options);
    }

    static RidgeModel.Options engine(Options o) {
        return Blame.build(o, Options.of(RidgeModel.FAMILY, OPTIONS), RidgeFamily::raw, LAMBDA);
    }

    private static RidgeModel.Options raw(Options o) {
        return new RidgeModel.Options(o.number(LAMBDA), method(o));
    }

    @Override
    public java.util.Optional<org.unlearn.model.forget.StateCodec<RidgeModel>> stateCodec(
            Options options, TrainingSet rows) {
        return java.util.Optional.of(org.unlearn.model.linear.LinearState.ridge(engine(options)));
    }

    @Override
    public RidgeModel train(Options options, TrainingSet rows, long seed, Progress progress) {
        return RidgeModel.fit(rows, engine(options), seed, progress);
    }

    @Override
    public double quality(RidgeModel model, TrainingSet heldOut) {
        return model.classifies()
                ? Quality.accuracy(model.asClassifier(), heldOut)
                : Quality.meanSquaredError(model, heldOut);
    }

    @Override
    public Set<Class<?>> capabilities() {
        return capabilities(Regressor.class);
    }
}
