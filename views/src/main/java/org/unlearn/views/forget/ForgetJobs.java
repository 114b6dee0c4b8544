package org.unlearn.views.forget;

import java.time.Duration;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.verify.Agreement;
import org.unlearn.model.verify.MembershipInference;
import org.unlearn.model.verify.ParameterDistance;
import org.unlearn.model.verify.RowLoss;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Job;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.data.LoadedData;
import org.unlearn.views.data.RowPlane;

/** The engine work behind the forget view; each runs off the FX thread and leaves what it was given untouched. */
final class ForgetJobs {
    /** Share of rows a family that learns a label holds out, by the seed, to be scored on (as bench does). */
    static final double HELD_OUT = 0.2;

    private ForgetJobs() {}

    /** A model trained on a dataset. */
    /** @param loadedFrom where the model was read from instead of trained ("session s1"), or null */
    record Trained(LoadedData data, ModelState state, String loadedFrom) {
        Trained(LoadedData data, ModelState state) {
            this(data, state, null);
        }
    }

    /** A forget request done: the model before and after, and what it cost. */
    record Forgot(ModelState before, ModelState after, RequestReport report) {}

    /**
     * @param plane the data view's plane, which is used when it was made from these rows; else (the
     *              projection was cancelled, or is not done yet) the training makes its own
     */
    static Job<Trained> train(LoadedData data, Recipe<?> recipe, RowPlane plane) {
        return progress -> {
            TrainingSet rows = data.prepared().rows();
            RowPlane onPlane = plane != null && plane.rows() == rows
                    ? plane
                    : RowPlane.project(rows, DataViewModel.PROJECTION_SEED, progress.range(0, 0.1));
            progress.checkCancelled();
            String family = recipe.family().title();
            TrainingSet train = recipe.configured().prepare(rows);
            TrainingSet heldOut = null;
            if (recipe.family().group().supervised()) {
                Split split = Split.of(train, HELD_OUT, recipe.seed());
                train = split.train();
                heldOut = split.test();
            }
            progress.report(0.1, "Training " + family + " on " + Figures.rows(train.size()));
            // Trained as the command line trains (prepare, hold out by the seed, resolve, train): the same
            // options and seed give the same model in both.
            Fitted<?> fitted = recipe.resolvedFor(train).train(train, heldOut, progress.range(0.1, 0.95));
            progress.checkCancelled();
            ModelState state = ModelState.of(fitted, onPlane, data.labels(), progress.range(0.95, 1));
            progress.report(
                    1,
                    "Trained " + family + " on " + Figures.rows(train.size()) + " in "
                            + Figures.duration(state.provenance().elapsed()) + ": " + state.qualityLine());
            return new Trained(data, state);
        };
    }

    /** @param method the deletion method chosen for this request, or null for the recipe's */
    static Job<Forgot> forget(ModelState before, RowSelection rows, ForgetMethod method) {
        return progress -> {
            Fitted.Step step = before.fitted().forget(rows.ids(), method, progress);
            progress.checkCancelled();
            ModelState after = ModelState.of(step.next(), before.plane(), before.labels(), progress)
                    .colouredAfter(before);
            RequestReport report =
                    RequestReport.of(step.report(), before, after).chosenBy(rows.filter());
            progress.report(
                    1,
                    report.headline() + " in " + report.wallTime() + ": "
                            + step.report().summary());
            return new Forgot(before, after, report);
        };
    }

    /** An exact retrain of a linear model on the rows it reflects: its debt paid, nothing new forgotten. */
    static Job<Forgot> consolidate(ModelState before) {
        return progress -> {
            progress.report(Double.NaN, "Consolidating: retraining exactly on " + Figures.rows(before.size()));
            Fitted.Step step = before.fitted().consolidate(progress);
            progress.checkCancelled();
            ModelState after = ModelState.of(step.next(), before.plane(), before.labels(), progress)
                    .colouredAfter(before);
            RequestReport report = RequestReport.of(step.report(), before, after);
            progress.report(1, report.headline() + " in " + report.wallTime());
            return new Forgot(before, after, report);
        };
    }

    /** @param trained the chain's first model, from which the relative distance is measured */
    static Job<Verification> verify(ModelState state, ModelState trained, Duration forgetTook) {
        return progress -> {
            progress.report(
                    Double.NaN,
                    "Retraining " + state.fitted().family().title() + " from scratch on " + Figures.rows(state.size())
                            + ", seed " + state.provenance().seed());
            Fitted.Retrain retrain = state.fitted().retrain(progress);
            Verification v = distances(state, trained, retrain, forgetTook);
            progress.report(1, v.text());
            return v;
        };
    }

    private static Verification distances(
            ModelState state, ModelState trained, Fitted.Retrain retrain, Duration forgetTook) {
        if (state.model() instanceof Parametric unlearned
                && retrain.fresh() instanceof Parametric fresh
                && trained.model() instanceof Parametric full) {
            double[] u = unlearned.parameters();
            double[] r = fresh.parameters();
            double[] f = full.parameters();
            double distance = ParameterDistance.euclidean(u, r);
            // A loaded model checked before any request here is its own "trained model": no way to measure from.
            double relative = distance == 0 ? 0 : state == trained ? Double.NaN : ParameterDistance.relative(u, r, f);
            double attack = Double.NaN;
            double attackOnRetrain = Double.NaN;
            double pickLossRank = Double.NaN;
            TrainingSet heldOut = state.fitted().heldOut();
            if (state.model() instanceof RowLoss unlearnedLoss
                    && retrain.fresh() instanceof RowLoss freshLoss
                    && heldOut != null) {
                TrainingSet kept = state.rows();
                TrainingSet forgotten = trained.rows().whereRowId(id -> !kept.contains(id));
                attack = MembershipInference.auc(unlearnedLoss, forgotten, heldOut);
                attackOnRetrain = MembershipInference.auc(freshLoss, forgotten, heldOut);
                if (trained.model() instanceof RowLoss trainedLoss && forgotten.size() > 0) {
                    pickLossRank = MembershipInference.lossRank(trainedLoss, forgotten, trained.rows());
                }
            }
            return new Verification(
                    retrain.identical(),
                    retrain.elapsed(),
                    forgetTook,
                    distance,
                    relative,
                    Agreement.of(retrain.identical(), u, r),
                    attack,
                    attackOnRetrain,
                    pickLossRank);
        }
        return new Verification(retrain.identical(), retrain.elapsed(), forgetTook);
    }

    static Job<PlanSummary> plan(ModelState state, RowSelection rows, ForgetMethod method) {
        return progress -> {
            progress.report(Double.NaN, "Planning to forget " + Figures.rows(rows.size()));
            PlanSummary plan = PlanSummary.of(state.fitted().plan(rows.ids(), method), state);
            progress.report(1, "Planned: " + plan.headline());
            return plan;
        };
    }
}
