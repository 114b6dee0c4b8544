package org.unlearn.views.forget;

import java.time.Duration;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.util.Progress;

/**
 * A trained model with the recipe that made it, so the view can forget rows from it, plan a request, and
 * check it against a retrain from scratch without knowing its family's type.
 */
final class Fitted<M extends ClusteringModel<M>> {
    private final Recipe<M> recipe;
    private final M model;

    Fitted(Recipe<M> recipe, M model) {
        this.recipe = recipe;
        this.model = model;
    }

    ClusteringModel<M> model() {
        return model;
    }

    Recipe<M> recipe() {
        return recipe;
    }

    Family family() {
        return recipe.family();
    }

    ForgetPlan plan(int[] rowIds) {
        return model.plan(rowIds);
    }

    Step forget(int[] rowIds, Progress progress) {
        Forgotten<M> forgotten = model.forget(rowIds, progress);
        return new Step(new Fitted<>(recipe, forgotten.model()), forgotten.report());
    }

    /**
     * Trains from scratch on the rows this model reflects, with its seed, and compares bit for bit: the
     * promise every forget makes, checked.
     */
    Retrain retrain(Progress progress) {
        long start = System.nanoTime();
        M fresh = recipe.trainer().train(model.trainingData(), model.provenance().seed(), progress);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        progress.checkCancelled();
        return new Retrain(model.sameParameters(fresh), took);
    }

    /** What forgetting made: the next model and the engine's report of the cost. */
    record Step(Fitted<?> next, org.unlearn.model.forget.ForgetReport report) {
    }

    /** A retrain from scratch: whether it equals the model, and how long it took. */
    record Retrain(boolean identical, Duration elapsed) {
    }
}
