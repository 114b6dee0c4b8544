package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.UnlearningModel;

/**
 * Who a model's requests are replayed with: its own family retrained from scratch after every request
 * (the exact answer, at a full training's price); its family's other approximate methods; and the other
 * families of its group that are scored by the same figure, each with its defaults and the options it
 * shares by name with the model's (k, iterations). Every recipe is made by the family's own
 * {@code configure}, as the form makes it; a way the data or the options do not allow is left out.
 */
final class Contenders {
    /** The option a family forgets by when it has several methods (the registry's convention). */
    private static final String METHOD = "method";

    private Contenders() {}

    static List<Replay.Contender<?>> of(Fitted<?> trained) {
        return of(trained, Families.all());
    }

    static List<Replay.Contender<?>> of(Fitted<?> trained, List<FamilyDescriptor<?>> families) {
        List<Replay.Contender<?>> out = new ArrayList<>();
        out.add(retraining(trained));
        addMethods(trained, out);
        FamilyDescriptor<?> own = trained.family();
        TrainingSet rows = trained.model().trainingData();
        String metric = own.qualityMetric(rows);
        Options shared = trained.recipe().options();
        for (FamilyDescriptor<?> other : families) {
            if (other != own && other.group() == own.group() && sameFigure(other, metric, rows)) {
                addFamily(other, shared, trained.heldOut(), out);
            }
        }
        return out;
    }

    private static <M extends UnlearningModel<M>> Replay.Contender<M> retraining(Fitted<M> trained) {
        Configured<M> recipe = trained.recipe().configured();
        TrainingSet heldOut = trained.heldOut();
        return Replay.Contender.retraining(
                recipe.family().title() + " retrained from scratch",
                (rows, seed, progress) -> recipe.train(rows, seed, progress),
                model -> recipe.quality(model, heldOut));
    }

    /** The family's approximate methods other than the model's own; the exact ones are the retrain's line. */
    private static <M extends UnlearningModel<M>> void addMethods(Fitted<M> trained, List<Replay.Contender<?>> out) {
        Configured<M> recipe = trained.recipe().configured();
        ForgetMethod own = recipe.defaultMethod();
        for (ForgetMethod m : recipe.family().forgetMethods()) {
            if (m.exact() || m.equals(own) || !allows(recipe, m)) {
                continue;
            }
            TrainingSet heldOut = trained.heldOut();
            out.add(new Replay.Contender<>(
                    recipe.family().title() + " · " + m.code(),
                    (rows, seed, progress) -> recipe.train(rows, seed, progress),
                    (model, rows, progress) -> recipe.forget(model, m, rows, progress),
                    model -> recipe.quality(model, heldOut)));
        }
    }

    /** False when the family refuses these options with this method as its own (certified removal and pru). */
    private static boolean allows(Configured<?> recipe, ForgetMethod method) {
        if (!recipe.options().names().contains(METHOD)) {
            return true;
        }
        try {
            recipe.family().configure(recipe.options().with(METHOD, method.code()));
            return true;
        } catch (BadInputException refused) {
            return false;
        }
    }

    /** False for a family scored by another figure on these rows (a regression beside classifiers): not comparable. */
    private static boolean sameFigure(FamilyDescriptor<?> family, String metric, TrainingSet rows) {
        try {
            return family.qualityMetric(rows).equals(metric);
        } catch (BadInputException refused) {
            return false;
        }
    }

    /** Another family with its defaults and the options it shares by name, unless it refuses them. */
    private static <M extends UnlearningModel<M>> void addFamily(
            FamilyDescriptor<M> family, Options shared, TrainingSet heldOut, List<Replay.Contender<?>> out) {
        try {
            Options options = family.defaults();
            for (Map.Entry<String, String> e : shared.asMap().entrySet()) {
                if (options.names().contains(e.getKey()) && !e.getKey().equals(METHOD)) {
                    options = options.with(e.getKey(), e.getValue());
                }
            }
            Configured<M> recipe = family.configure(options);
            out.add(new Replay.Contender<>(
                    family.title() + " (" + family.description() + ")",
                    (rows, seed, progress) ->
                            family.configure(recipe.resolved(rows)).train(rows, seed, progress),
                    (model, rows, progress) -> recipe.forget(model, rows, progress),
                    model -> recipe.quality(model, heldOut)));
        } catch (BadInputException refused) {
            // Not a way these data or options allow: the comparison goes on without it.
        }
    }
}
