package org.unlearn.views.forget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.unlearn.model.BadInputException;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.verify.QualityWords;

/**
 * Who a model's requests are replayed with: its own family retrained from scratch after every request
 * (the exact answer, at a full training's price); its family's other approximate methods; and the other
 * families of its group that are scored by the same figure, each with its defaults and the options it
 * shares by name with the model's (k, iterations). Every recipe is made by the family's own
 * {@code configure}, as the form makes it; a way the data or the options do not allow is left out, and
 * why is kept so the comparison can say it. The contenders of the model's own family start from the
 * model's own training (the same recipe, rows and seed train the same model), so Compare trains it once.
 */
final class Contenders {
    /** The option a family forgets by when it has several methods (the registry's convention). */
    private static final String METHOD = "method";

    private Contenders() {}

    /**
     * Who replays the requests, and who was left out with why ("SISA: needs at least 2 rows per shard").
     *
     * @param rivals of the model's own family first (its retrain, its other methods), then the other families
     */
    record Field(List<ReplayPlan.Rival> rivals, List<String> leftOut) {
        Field {
            rivals = List.copyOf(rivals);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * @param ownRequest the model's own requests' mean time, measured: what a request by another method of
     *                   its family is expected to take before it is measured
     */
    static Field of(Fitted<?> trained, Duration ownRequest) {
        return of(trained, ownRequest, Families.all(), model -> trained.heldOut());
    }

    static Field of(Fitted<?> trained, Duration ownRequest, List<FamilyDescriptor<?>> families) {
        return of(trained, ownRequest, families, model -> trained.heldOut());
    }

    /**
     * @param scoredOn the held-out rows a replayed model is scored on: those the model of the history held at
     *                 the same point (held-out rows a request forgot leave the evaluation set), so each line's
     *                 figure after a request is measured on the same rows as this model's
     */
    static Field of(
            Fitted<?> trained,
            Duration ownRequest,
            List<FamilyDescriptor<?>> families,
            Function<UnlearningModel<?>, TrainingSet> scoredOn) {
        List<ReplayPlan.Rival> out = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Duration training = trained.model().provenance().elapsed();
        out.add(new ReplayPlan.Rival(
                retraining(trained, scoredOn), ReplayPlan.Kind.RETRAIN, Duration.ZERO, training, recipeText(trained)));
        addMethods(trained, ownRequest, scoredOn, out, leftOut);
        FamilyDescriptor<?> own = trained.family();
        TrainingSet rows = trained.model().trainingData();
        String metric = own.qualityMetric(rows);
        Options shared = trained.recipe().options();
        for (FamilyDescriptor<?> other : families) {
            if (other == own || other.group() != own.group()) {
                continue;
            }
            String figure = figure(other, rows);
            if (!figure.equals(metric)) {
                leftOut.add(other.title() + ": scored by " + QualityWords.of(figure) + ", not by "
                        + QualityWords.of(metric) + " as this model is");
                continue;
            }
            addFamily(other, shared, scoredOn, out, leftOut, training);
        }
        return new Field(out, leftOut);
    }

    /**
     * The model's own training when asked for the rows and seed it was trained with, else a training:
     * its own family's contenders would train it again bit for bit, which on large data is most of the wait.
     */
    private static <M extends UnlearningModel<M>> Trainer<M> reusing(Fitted<M> trained) {
        Configured<M> recipe = trained.recipe().configured();
        M model = trained.model();
        long seed = trained.recipe().seed();
        return (rows, s, progress) ->
                rows == model.trainingData() && s == seed ? model : recipe.train(rows, s, progress);
    }

    private static <M extends UnlearningModel<M>> Replay.Contender<M> retraining(
            Fitted<M> trained, Function<UnlearningModel<?>, TrainingSet> scoredOn) {
        Configured<M> recipe = trained.recipe().configured();
        return Replay.Contender.retraining(
                recipe.family().title() + " retrained from scratch",
                reusing(trained),
                model -> recipe.quality(model, scoredOn.apply(model)));
    }

    /** The family's approximate methods other than the model's own; the exact ones are the retrain's line. */
    private static <M extends UnlearningModel<M>> void addMethods(
            Fitted<M> trained,
            Duration ownRequest,
            Function<UnlearningModel<?>, TrainingSet> scoredOn,
            List<ReplayPlan.Rival> out,
            List<String> leftOut) {
        Configured<M> recipe = trained.recipe().configured();
        ForgetMethod own = recipe.defaultMethod();
        for (ForgetMethod m : recipe.family().forgetMethods()) {
            if (m.exact() || m.equals(own)) {
                continue;
            }
            String refused = refusal(recipe, m);
            if (refused != null) {
                leftOut.add(recipe.family().title() + " · " + m.title() + ": " + refused);
                continue;
            }
            out.add(new ReplayPlan.Rival(
                    new Replay.Contender<>(
                            recipe.family().title() + " · " + m.title(),
                            reusing(trained),
                            (model, rows, progress) -> recipe.forget(model, m, rows, progress),
                            model -> recipe.quality(model, scoredOn.apply(model))),
                    ReplayPlan.Kind.METHOD,
                    Duration.ZERO,
                    ownRequest,
                    recipeText(trained) + ", method=" + m.code()));
        }
    }

    private static String recipeText(Fitted<?> trained) {
        return trained.family().code() + ": " + trained.recipe().options().toText();
    }

    /** Why the family refuses these options with this method as its own (certified removal and pru), or null. */
    private static String refusal(Configured<?> recipe, ForgetMethod method) {
        if (!recipe.options().names().contains(METHOD)) {
            return null;
        }
        try {
            recipe.family().configure(recipe.options().with(METHOD, method.code()));
            return null;
        } catch (BadInputException refused) {
            return refused.getMessage();
        }
    }

    /** The figure a family is scored by on these rows; a regression beside classifiers is not comparable. */
    private static String figure(FamilyDescriptor<?> family, TrainingSet rows) {
        try {
            return family.qualityMetric(rows);
        } catch (BadInputException refused) {
            return "nothing on these rows (" + refused.getMessage() + ")";
        }
    }

    /** Another family with its defaults and the options it shares by name, unless it refuses them. */
    private static <M extends UnlearningModel<M>> void addFamily(
            FamilyDescriptor<M> family,
            Options shared,
            Function<UnlearningModel<?>, TrainingSet> scoredOn,
            List<ReplayPlan.Rival> out,
            List<String> leftOut,
            Duration guessedTraining) {
        try {
            Options options = family.defaults();
            for (Map.Entry<String, String> e : shared.asMap().entrySet()) {
                if (options.names().contains(e.getKey()) && !e.getKey().equals(METHOD)) {
                    options = options.with(e.getKey(), e.getValue());
                }
            }
            Configured<M> recipe = family.configure(options);
            out.add(new ReplayPlan.Rival(
                    new Replay.Contender<>(
                            family.title() + " (" + family.description() + ")",
                            (rows, seed, progress) ->
                                    family.configure(recipe.resolved(rows)).train(rows, seed, progress),
                            (model, rows, progress) -> recipe.forget(model, rows, progress),
                            model -> recipe.quality(model, scoredOn.apply(model))),
                    ReplayPlan.Kind.FAMILY,
                    guessedTraining,
                    null,
                    family.code() + ": " + recipe.options().toText()));
        } catch (BadInputException refused) {
            // Not a way these data or options allow: the comparison goes on without it, and says why.
            leftOut.add(family.title() + ": " + refused.getMessage());
        }
    }
}
