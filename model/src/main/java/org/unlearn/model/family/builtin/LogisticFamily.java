package org.unlearn.model.family.builtin;

import java.util.List;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.BadOptionException;
import org.unlearn.model.family.Blame;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.linear.Certification;
import org.unlearn.model.linear.LogisticModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/** L2-regularized logistic regression, optionally trained for certified removal (ε, δ, σ). */
public final class LogisticFamily extends LinearFamily<LogisticModel> {
    static final String EPSILON = "epsilon";
    static final String DELTA = "delta";
    static final String SIGMA = "sigma";
    private static final List<String> CERTIFIED = List.of(EPSILON, DELTA, SIGMA);
    private static final List<OptionSpec> OPTIONS = optionsWith(
            OptionSpec.number(EPSILON, "certified ε", "certified removal: the (ε, δ) guarantee's ε; needs δ and σ")
                    .otherwise("not certified")
                    .above(0),
            OptionSpec.number(DELTA, "certified δ", "certified removal: the guarantee's δ; needs ε and σ")
                    .otherwise("not certified")
                    .above(0)
                    .below(1),
            OptionSpec.number(SIGMA, "noise scale σ", "certified removal: the training noise's scale; needs ε and δ")
                    .otherwise("not certified")
                    .above(0));

    @Override
    public String code() {
        return LogisticModel.FAMILY;
    }

    @Override
    public String title() {
        return "Logistic regression";
    }

    @Override
    public String description() {
        return "forgets approximately in milliseconds";
    }

    @Override
    public String explanation() {
        return "L2-regularized logistic regression trained to its unique optimum. A row can be forgotten exactly"
                + " (retrain) or approximately in milliseconds: one Newton step with the remaining rows' Hessian"
                + " (Guo et al.), an influence step, or the projective residual update (Izzo et al.). Approximate"
                + " requests add to the model's debt until it is consolidated by an exact retrain.";
    }

    @Override
    public Class<LogisticModel> modelType() {
        return LogisticModel.class;
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

    static LogisticModel.Options engine(Options o) {
        List<String> given = CERTIFIED.stream().filter(o::has).toList();
        if (!given.isEmpty()) {
            for (String name : CERTIFIED) {
                if (!o.has(name)) {
                    throw new BadOptionException(
                            name, "certified removal needs all of epsilon, delta and sigma; " + name + " is missing");
                }
            }
        }
        return Blame.build(
                o, Options.of(LogisticModel.FAMILY, OPTIONS), LogisticFamily::raw, given.isEmpty() ? LAMBDA : EPSILON);
    }

    private static LogisticModel.Options raw(Options o) {
        boolean certified = CERTIFIED.stream().allMatch(o::has);
        return new LogisticModel.Options(
                o.number(LAMBDA),
                method(o),
                certified ? new Certification(o.number(EPSILON), o.number(DELTA), o.number(SIGMA)) : null);
    }

    @Override
    public java.util.Optional<org.unlearn.model.forget.StateCodec<LogisticModel>> stateCodec(
            Options options, TrainingSet rows) {
        return java.util.Optional.of(org.unlearn.model.linear.LinearState.logistic(engine(options)));
    }

    @Override
    public LogisticModel train(Options options, TrainingSet rows, long seed, Progress progress) {
        return LogisticModel.fit(rows, engine(options), seed, progress);
    }

    @Override
    public double quality(LogisticModel model, TrainingSet heldOut) {
        return Quality.accuracy(model, heldOut);
    }

    @Override
    public Set<Class<?>> capabilities() {
        return capabilities(Classifier.class);
    }
}
