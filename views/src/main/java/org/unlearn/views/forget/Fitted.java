package org.unlearn.views.forget;

import java.time.Duration;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.forget.Consolidating;
import org.unlearn.model.forget.ErasureScope;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Indebted;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * A trained model with the recipe that made it and the rows it is scored on, so the view can forget rows
 * from it, plan a request, and check it against a retrain from scratch without knowing its family's type:
 * the family's descriptor does each, and what else the model can do it says by its capabilities.
 */
final class Fitted<M extends UnlearningModel<M>> {
    private final Recipe<M> recipe;
    private final M model;
    private final TrainingSet heldOut;

    /** @param heldOut the rows held out to score a family that learns a label; null for clustering */
    Fitted(Recipe<M> recipe, M model, TrainingSet heldOut) {
        this.recipe = recipe;
        this.model = model;
        this.heldOut = heldOut;
    }

    M model() {
        return model;
    }

    Recipe<M> recipe() {
        return recipe;
    }

    FamilyDescriptor<M> family() {
        return recipe.family();
    }

    /** The rows held out for scoring, or null for a family that learns no label. */
    TrainingSet heldOut() {
        return heldOut;
    }

    double quality() {
        return recipe.configured().quality(model, heldOut);
    }

    /** What the quality is, for people ("accuracy", "mean squared error", "k-means loss"), as certificates say it. */
    String metric() {
        return org.unlearn.model.verify.QualityWords.of(family().qualityMetric(model.trainingData()));
    }

    /** The method a request forgets by: the one chosen for it, else the recipe's own. */
    ForgetMethod method(ForgetMethod chosen) {
        return chosen != null && family().forgetMethods().contains(chosen)
                ? chosen
                : recipe.configured().defaultMethod();
    }

    /**
     * The family's own plan, or for one that cannot plan, a full retrain's.
     *
     * @param method the deletion method chosen for the request, or null for the recipe's
     */
    ForgetPlan plan(int[] rowIds, ForgetMethod method) {
        ErasureScope scope = ErasureScope.of(rowIds, model.trainingData(), heldOut);
        if (scope.heldOut().length > 0) {
            return scope.trained().length == 0
                    ? scope.heldOutPlan(rowIds, heldOut)
                    : scope.widen(rowIds, ownPlan(scope.trained(), method), heldOut);
        }
        return ownPlan(rowIds, method);
    }

    private ForgetPlan ownPlan(int[] rowIds, ForgetMethod method) {
        try {
            return family().plan(model, method(method), rowIds);
        } catch (UnsupportedOperationException cannotPlan) {
            return new ForgetPlan(
                    rowIds,
                    1,
                    1,
                    false,
                    "retrains from scratch on " + (model.trainingData().size() - rowIds.length) + " rows",
                    null);
        }
    }

    /** Forgets by the method chosen for this request, or null for the recipe's own. */
    Step forget(int[] rowIds, ForgetMethod method, Progress progress) {
        ErasureScope scope = ErasureScope.of(rowIds, model.trainingData(), heldOut);
        if (scope.heldOut().length == 0) {
            return step(recipe.configured().forget(model, method(method), rowIds, progress));
        }
        // A held-out row was never learnt from: it leaves the rows the model is scored on, the model stays.
        TrainingSet evaluation = scope.evaluationAfter(heldOut);
        if (scope.trained().length == 0) {
            return new Step(
                    new Fitted<>(recipe, model, evaluation), scope.heldOutReport(rowIds, heldOut, Duration.ZERO));
        }
        Forgotten<M> part = recipe.configured().forget(model, method(method), scope.trained(), progress);
        return new Step(new Fitted<>(recipe, part.model(), evaluation), scope.widen(rowIds, part.report(), heldOut));
    }

    /** True when the model owes an exact retrain for approximate requests ("forget now, retrain later"). */
    boolean inDebt() {
        return model instanceof Indebted owing && !owing.owed().isPaid() && model instanceof Consolidating<?>;
    }

    /** Retrains exactly on the rows the model reflects, paying off its debt. */
    @SuppressWarnings("unchecked")
    Step consolidate(Progress progress) {
        if (!(model instanceof Consolidating<?> exact)) {
            throw new IllegalStateException(family().title() + " forgets exactly: it owes nothing");
        }
        return step((Forgotten<M>) exact.consolidate(progress));
    }

    private Step step(Forgotten<M> forgotten) {
        return new Step(new Fitted<>(recipe, forgotten.model(), heldOut), forgotten.report());
    }

    /**
     * Trains from scratch on the rows this model reflects, with its seed, and compares bit for bit: the
     * promise every exact forget makes, checked.
     */
    Retrain retrain(Progress progress) {
        long start = System.nanoTime();
        M fresh = recipe.configured().retrain(model, model.trainingData(), progress);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        progress.checkCancelled();
        return new Retrain(model.sameParameters(fresh), took, fresh);
    }

    /** What forgetting made: the next model and the engine's report of the cost. */
    record Step(Fitted<?> next, ForgetReport report) {}

    /** A retrain from scratch: whether it equals the model, how long it took, and the retrained model. */
    record Retrain(boolean identical, Duration elapsed, UnlearningModel<?> fresh) {}
}
