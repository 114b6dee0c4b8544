package org.unlearn.views.forget;

import java.time.Duration;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.linear.DeletionMethod;
import org.unlearn.model.linear.LinearModel;
import org.unlearn.model.util.Progress;

/**
 * A trained model with the recipe that made it and the rows it is scored on, so the view can forget rows
 * from it, plan a request, and check it against a retrain from scratch without knowing its family's type.
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

    Family family() {
        return recipe.family();
    }

    /** The rows held out for scoring, or null for a family that learns no label. */
    TrainingSet heldOut() {
        return heldOut;
    }

    double quality() {
        return recipe.quality().of(model, heldOut);
    }

    /**
     * The family's own plan, or for one that cannot plan, a full retrain's.
     *
     * @param method the deletion method chosen for the request (a linear model's), or null for the recipe's
     */
    ForgetPlan plan(int[] rowIds, DeletionMethod method) {
        if (method != null && model instanceof LinearModel<?> linear) {
            return linear.plan(rowIds, method);
        }
        if (model instanceof Plannable p) {
            return p.plan(rowIds);
        }
        return new ForgetPlan(rowIds, 1, 1, false, "retrains from scratch", null);
    }

    Step forget(int[] rowIds, Progress progress) {
        return step(recipe.unlearner().forget(model, rowIds, progress));
    }

    /**
     * Forgets by a deletion method chosen for this request (a linear model's exact, newton, influence or
     * pru); null, or a family without methods, forgets the recipe's way.
     */
    @SuppressWarnings("unchecked")
    Step forget(int[] rowIds, DeletionMethod method, Progress progress) {
        if (method == null || !(model instanceof LinearModel<?> linear)) {
            return forget(rowIds, progress);
        }
        return step((Forgotten<M>) linear.forget(rowIds, method, progress));
    }

    /** True when the model owes an exact retrain for approximate requests ("forget now, retrain later"). */
    boolean inDebt() {
        return model instanceof LinearModel<?> linear && !linear.debt().isPaid();
    }

    /** Retrains a linear model exactly on the rows it reflects, paying off its debt. */
    @SuppressWarnings("unchecked")
    Step consolidate(Progress progress) {
        if (!(model instanceof LinearModel<?> linear)) {
            throw new IllegalStateException(recipe.family() + " forgets exactly: it owes nothing");
        }
        return step((Forgotten<M>) linear.consolidate(progress));
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
        M fresh = recipe.trainer().train(model.trainingData(), model.provenance().seed(), progress);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        progress.checkCancelled();
        return new Retrain(model.sameParameters(fresh), took, fresh);
    }

    /** What forgetting made: the next model and the engine's report of the cost. */
    record Step(Fitted<?> next, ForgetReport report) {
    }

    /** A retrain from scratch: whether it equals the model, how long it took, and the retrained model. */
    record Retrain(boolean identical, Duration elapsed, UnlearningModel<?> fresh) {
    }
}
