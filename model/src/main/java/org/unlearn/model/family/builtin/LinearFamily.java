package org.unlearn.model.family.builtin;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.unlearn.model.forget.Budgeted;
import org.unlearn.model.forget.Consolidating;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Indebted;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.linear.DeletionMethod;
import org.unlearn.model.linear.LinearModel;
import org.unlearn.model.util.Progress;

/**
 * What ridge and logistic regression share: λ, the default deletion method, and optionally two classes of
 * the label to keep. Forgets exactly (a retrain) or approximately (influence, Newton, PRU).
 */
abstract class LinearFamily<M extends LinearModel<M>> implements FamilyDescriptor<M> {
    static final String METHOD = "method";
    static final String LAMBDA = "lambda";
    static final String CLASSES = "classes";
    static final double DEFAULT_LAMBDA = 1;

    /** The shared options, then the family's own. */
    static List<OptionSpec> optionsWith(OptionSpec... own) {
        List<OptionSpec> out = new ArrayList<>();
        out.add(OptionSpec.choice(
                        METHOD,
                        "deletion method",
                        Arrays.stream(DeletionMethod.values())
                                .map(DeletionMethod::code)
                                .toList(),
                        "how a row is forgotten by default: exact retrain, or an" + " approximate step")
                .byDefault(DeletionMethod.NEWTON.code()));
        out.add(OptionSpec.number(LAMBDA, "regularization λ", "L2 regularization; scikit-learn's C is 1/λ")
                .byDefault(DEFAULT_LAMBDA)
                .above(0));
        out.add(OptionSpec.text(CLASSES, "two classes", "A,B: learn only the rows of these two classes of the label")
                .otherwise("every class"));
        out.addAll(List.of(own));
        return List.copyOf(out);
    }

    @Override
    public Group group() {
        return Group.LABEL;
    }

    static DeletionMethod method(Options o) {
        return DeletionMethod.of(o.text(METHOD));
    }

    @Override
    public void check(Options options) {
        if (options.has(CLASSES)) {
            String[] names = options.text(CLASSES).split(",");
            if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
                throw new BadOptionException(
                        CLASSES,
                        "classes names two classes of the label as A,B, not \"" + options.text(CLASSES) + "\"");
            }
            if (names[0].strip().equals(names[1].strip())) {
                throw new BadOptionException(
                        CLASSES, "classes needs two different classes, not \"" + options.text(CLASSES) + "\"");
            }
        }
    }

    @Override
    public TrainingSet prepare(Options options, TrainingSet rows) {
        return options.has(CLASSES) ? TwoClasses.keep(rows, options.text(CLASSES)) : rows;
    }

    @Override
    public List<ForgetMethod> forgetMethods() {
        return List.of(
                new ForgetMethod(
                        DeletionMethod.NEWTON.code(),
                        "Newton step",
                        false,
                        "one Newton step with the remaining rows' Hessian (Guo et al.)"),
                new ForgetMethod(
                        DeletionMethod.EXACT.code(),
                        "Retrain",
                        true,
                        "trains again on the rows that remain: the exact optimum"),
                new ForgetMethod(
                        DeletionMethod.INFLUENCE.code(),
                        "Influence step",
                        false,
                        "one Newton step with the Hessian before the deletion"),
                new ForgetMethod(
                        DeletionMethod.PRU.code(),
                        "Projective residual update",
                        false,
                        "the Newton step projected onto the forgotten rows' span (Izzo et al.)"));
    }

    @Override
    public ForgetMethod defaultMethod(Options options) {
        return forgetMethod(options.text(METHOD));
    }

    @Override
    public Forgotten<M> forget(M model, ForgetMethod method, int[] rowIds, Progress progress) {
        return model.forget(rowIds, DeletionMethod.of(method.code()), progress);
    }

    @Override
    public ForgetPlan plan(M model, ForgetMethod method, int[] rowIds) {
        return model.plan(rowIds, DeletionMethod.of(method.code()));
    }

    @Override
    public String qualityMetric(TrainingSet prepared) {
        return prepared.isClassification() ? "accuracy" : "mse";
    }

    @Override
    public String workUnit() {
        return "multiply-adds";
    }

    /** The capabilities of every linear model, and the family's own (Classifier, Regressor). */
    static Set<Class<?>> capabilities(Class<?> own) {
        return Set.of(Parametric.class, Plannable.class, Indebted.class, Budgeted.class, Consolidating.class, own);
    }

    @Override
    public Set<Figure> figures() {
        return Set.of(Figure.PARAMETER_DISTANCE);
    }

    /**
     * distance_bound: the engine's bound on ||θ_unlearned − θ_retrained||, null when the methods used give
     * none; budget_spent / budget_allowed: the certified gradient-residual budget.
     */
    @Override
    public Map<String, Object> claims(M unlearned, M retrained) {
        Map<String, Object> out = new LinkedHashMap<>();
        double bound = unlearned.distanceBoundTo(retrained);
        out.put("distance_bound", Double.isFinite(bound) ? bound : null);
        if (unlearned.budget() != null) {
            out.put("budget_spent", unlearned.budget().spent());
            out.put("budget_allowed", unlearned.budget().allowed());
        }
        return out;
    }

    @Override
    public Map<String, Object> facts(M model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iterations", model.iterations());
        out.put("parameters", model.parameters().length);
        out.put(
                "classes",
                model.trainingData().isClassification() ? model.trainingData().classCount() : 0);
        if (model.budget() != null) {
            out.put("budget_allowed", model.budget().allowed());
        }
        return out;
    }
}
