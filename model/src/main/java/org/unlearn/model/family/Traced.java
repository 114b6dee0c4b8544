package org.unlearn.model.family;

import java.nio.file.Path;
import java.util.Objects;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * A model with the recipe that made it and its {@link Lineage}: every forget through this keeps the
 * lineage complete, so {@link #rebuild} can make the same model again from the file.
 *
 * @param recipe   the family and its options, resolved against the data
 * @param model    the model now
 * @param heldOut  the rows held out to score it (null for clustering)
 * @param lineage  how to make it again
 */
public record Traced<M extends UnlearningModel<M>>(
        Configured<M> recipe, M model, TrainingSet heldOut, Lineage lineage) {
    public Traced {
        Objects.requireNonNull(recipe);
        Objects.requireNonNull(model);
        Objects.requireNonNull(lineage);
    }

    /**
     * Prepares the file's rows for the recipe, holds out the share (families that learn a label), resolves
     * the options against the rows and trains.
     *
     * @param heldOutShare share of rows held out, drawn by the seed; ignored for clustering
     */
    public static <M extends UnlearningModel<M>> Traced<M> train(
            Configured<M> recipe,
            PreparedData data,
            DatasetIdentity identity,
            double heldOutShare,
            long seed,
            Progress progress) {
        TrainingSet all = recipe.prepare(data.rows());
        boolean supervised = recipe.family().group().supervised();
        TrainingSet train = all;
        TrainingSet test = null;
        double share = supervised ? heldOutShare : 0;
        if (supervised) {
            Split split = Split.of(all, share, seed);
            train = split.train();
            test = split.test();
        }
        Configured<M> resolved = recipe.family().configure(recipe.resolved(train));
        M model = resolved.train(train, seed, progress);
        Lineage lineage = new Lineage(
                recipe.code(),
                resolved.options().toText(),
                identity,
                share,
                seed,
                Engine.version(),
                java.util.List.of());
        return new Traced<>(resolved, model, test, lineage);
    }

    /** Forgets by a method of the family, recording the request. */
    public Traced<M> forget(ForgetMethod method, int[] rowIds, Progress progress) {
        Forgotten<M> done = recipe.forget(model, method, rowIds, progress);
        return new Traced<>(recipe, done.model(), heldOut, lineage.then(method.code(), rowIds));
    }

    /** Forgets by the family's default method. */
    public Traced<M> forget(int[] rowIds, Progress progress) {
        return forget(recipe.defaultMethod(), rowIds, progress);
    }

    /**
     * Makes a model again from its lineage and its file: the same preparation, options, seed and requests.
     *
     * @throws BadInputException when the file is not the one recorded, or the lineage names an unknown family
     */
    public static Traced<?> rebuild(Lineage lineage, Path file, Progress progress) {
        FamilyDescriptor<?> family = Families.byCode(lineage.family());
        PreparedData data = lineage.data().prepare(file, progress.range(0, 0.2));
        return replay(family, lineage, data, progress.range(0.2, 1));
    }

    private static <M extends UnlearningModel<M>> Traced<M> replay(
            FamilyDescriptor<M> family, Lineage lineage, PreparedData data, Progress progress) {
        Configured<M> recipe = family.configure(family.parse(lineage.options()));
        Traced<M> out = train(recipe, data, lineage.data(), lineage.heldOut(), lineage.seed(), progress);
        if (!out.lineage().options().equals(lineage.options())) {
            throw new IllegalStateException(
                    "options resolved differently: " + out.lineage().options() + " against " + lineage.options());
        }
        for (Lineage.Step step : lineage.steps()) {
            progress.checkCancelled();
            out = out.forget(family.forgetMethod(step.method()), step.rowIds(), Progress.NONE);
        }
        return out;
    }
}
