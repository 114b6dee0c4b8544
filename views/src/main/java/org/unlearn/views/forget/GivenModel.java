package org.unlearn.views.forget;

import java.util.Objects;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Job;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.data.LoadedData;
import org.unlearn.views.data.RowPlane;

/**
 * A model made elsewhere — a compliance session's stored model — that the forget view shows as its training
 * instead of training one: the same model (same content hash), on the rows it was trained on, scored on the
 * rows held out for it, with its family, options and seed.
 *
 * @param configured the family with the options it was trained with
 * @param seed       the seed it was trained with
 * @param model      the model; its training data are the rows it reflects
 * @param heldOut    the rows held out to score it, or null for a family that learns no label
 * @param source     where it was read from, as History names it ("session s1")
 */
public record GivenModel(
        Configured<?> configured, long seed, UnlearningModel<?> model, TrainingSet heldOut, String source) {
    public GivenModel {
        Objects.requireNonNull(configured);
        Objects.requireNonNull(model);
        Objects.requireNonNull(source);
    }

    /** Reads a given model in (its source may read it from disk) and works out what the view shows of it. */
    static Job<ForgetJobs.Trained> show(LoadedData data, Job<GivenModel> given, RowPlane plane) {
        return progress -> {
            GivenModel g = given.run(progress.range(0, 0.5));
            progress.checkCancelled();
            RowPlane onPlane = plane != null && plane.rows() == data.prepared().rows()
                    ? plane
                    : RowPlane.project(data.prepared().rows(), DataViewModel.PROJECTION_SEED, progress.range(0.5, 0.6));
            Fitted<?> fitted = g.fitted();
            ModelState state = ModelState.of(fitted, onPlane, data.labels(), progress.range(0.6, 1));
            progress.report(
                    1,
                    "Showing the session's " + fitted.family().title() + " on "
                            + Figures.rows(g.model.trainingData().size()) + " (not retrained): " + state.qualityLine());
            return new ForgetJobs.Trained(data, state, g.source());
        };
    }

    private Fitted<?> fitted() {
        return fitted(configured);
    }

    @SuppressWarnings("unchecked")
    private <M extends UnlearningModel<M>> Fitted<M> fitted(Configured<M> family) {
        Recipe<M> recipe = Recipe.of(family, seed).resolvedFor(model.trainingData());
        return new Fitted<>(recipe, (M) model, heldOut);
    }
}
