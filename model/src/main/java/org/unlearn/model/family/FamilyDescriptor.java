package org.unlearn.model.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * Everything the rest of the app knows about one model family: who it is, its options as data, how it
 * trains and forgets, how it is scored, and what its models can show. The command line, the window and
 * the contract test are built from this alone; a family joins them by being listed in
 * {@code META-INF/services/org.unlearn.model.family.FamilyDescriptor} (see {@link Families}).
 *
 * <p>A descriptor is stateless: everything a training depends on is in its {@link Options}, the rows and
 * the seed. Implementations need a public no-argument constructor (the {@link java.util.ServiceLoader}
 * makes them).
 *
 * @param <M> the family's model type
 */
public interface FamilyDescriptor<M extends UnlearningModel<M>> {
    /** Its code: {@code --model CODE}, provenance, options text ("qkmeans"). Lower case. */
    String code();

    /** Other codes it answers to on the command line ("kmeans" for Lloyd). */
    default List<String> aliases() {
        return List.of();
    }

    /** Its name for people ("Q-k-means"). */
    String title();

    /** A few words for people: how it forgets ("re-runs the leaf of the row"). */
    String description();

    /** A short paragraph for people: how it works and why forgetting is cheap (or not); the description by default. */
    default String explanation() {
        return description();
    }

    /** The heading it is listed under; also whether it learns a label. */
    Group group();

    /** Its model type, so code that holds an {@code UnlearningModel<?>} can hand it back typed. */
    Class<M> modelType();

    /** Its options, in the order forms and help list them. */
    List<OptionSpec> options();

    /** Options with nothing given. */
    default Options defaults() {
        return Options.of(code(), options());
    }

    /**
     * Starts, on a background thread, whatever makes this family's first training in a process faster
     * (compiling its hot loops); called while a dataset is being read. Changes no result. Nothing by default.
     */
    default void warmUp() {}

    /**
     * Options that train in a second or two on a few thousand rows by the same code paths (fewer trees,
     * fewer epochs): what the contract test and demos use. The defaults unless the family says otherwise.
     */
    default Options quickOptions() {
        return defaults();
    }

    /** Options read from text ({@link Options#toText()}), every value checked. */
    default Options parse(String text) {
        return Options.parse(code(), options(), text);
    }

    /**
     * Checks the options together, beyond each value's own check (certified removal needs all of ε, δ and
     * σ; the leaves must be a power of the width). Refusals are {@link BadOptionException}s naming the option
     * to blame, in plain words. Whatever passes here trains on any data the family accepts, except for
     * refusals only the data can cause (too many shards for the rows).
     */
    void check(Options options);

    /** The rows this family learns from, cut from the file's encoded rows (two classes of the label); all by default. */
    default TrainingSet prepare(Options options, TrainingSet rows) {
        return rows;
    }

    /**
     * The options with every default the data decides filled in (k from the label's class count), so
     * that {@link Options#toText()} is complete and reproduces the training. Fixed defaults stay as they are.
     */
    default Options resolve(Options options, TrainingSet rows) {
        return options;
    }

    /**
     * Trains from scratch. Reports progress and stops with {@link org.unlearn.model.util.CancelledException}
     * when cancelled; refuses options the data cannot carry with one line.
     */
    M train(Options options, TrainingSet rows, long seed, Progress progress);

    /**
     * The retrain from scratch a forget by an exact method equals: the model's own options and seed on the
     * remaining rows. A family whose training makes a data-dependent choice that forgetting keeps (SISA's
     * balanced shard assignment) overrides this to reuse the choice.
     */
    default M retrain(Options options, M model, TrainingSet remaining, Progress progress) {
        return train(options, remaining, model.provenance().seed(), progress);
    }

    /** The ways it forgets, the default first. */
    List<ForgetMethod> forgetMethods();

    /** The method a model of these options forgets by when none is named: the first by default. */
    default ForgetMethod defaultMethod(Options options) {
        return forgetMethods().get(0);
    }

    /** A forget method by code, refusing one the family lacks. */
    default ForgetMethod forgetMethod(String code) {
        for (ForgetMethod m : forgetMethods()) {
            if (m.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return m;
            }
        }
        throw new BadOptionException(
                "method",
                "unknown deletion method \"" + code + "\" (methods: "
                        + String.join(
                                ", ",
                                forgetMethods().stream().map(ForgetMethod::code).toList()) + ")");
    }

    /** Forgets rows by a method of {@link #forgetMethods()}; the model's own forget by default. */
    default Forgotten<M> forget(M model, ForgetMethod method, int[] rowIds, Progress progress) {
        return model.forget(rowIds, progress);
    }

    /** What forgetting rows by a method would cost, without doing it; the model's own plan by default. */
    default ForgetPlan plan(M model, ForgetMethod method, int[] rowIds) {
        if (model instanceof Plannable p) {
            return p.plan(rowIds);
        }
        throw new UnsupportedOperationException(code() + " does not plan");
    }

    /**
     * How its models' learned state is written and read back without training, for options of this family
     * trained on these rows; none by default (a session then rebuilds the model by retraining).
     */
    default java.util.Optional<org.unlearn.model.forget.StateCodec<M>> stateCodec(Options options, TrainingSet rows) {
        return java.util.Optional.empty();
    }

    /** Name of its quality figure on these rows ("accuracy", "mse", "kmeans_loss"). */
    String qualityMetric(TrainingSet prepared);

    /**
     * A model's quality: on the held-out rows for families that learn a label; for clustering on the rows
     * the model reflects ({@code heldOut} is then null).
     */
    double quality(M model, TrainingSet heldOut);

    /** True when a higher quality is better (accuracy), false when lower is (loss, mse). */
    default boolean higherIsBetter(TrainingSet prepared) {
        return qualityMetric(prepared).equals("accuracy");
    }

    /** The unit its forget reports count work in ("point-centroid distances", "sample-gradient steps"). */
    String workUnit();

    /**
     * The capability interfaces its models implement ({@code Plannable}, {@code Clusterer}, {@code Sharded},
     * ...): views ask a model for these, never for its class. The contract test checks every trained model.
     */
    Set<Class<?>> capabilities();

    /** The figures its forget reports carry meaningfully. */
    default Set<Figure> figures() {
        return Set.of();
    }

    /** Family-specific facts about a trained model (iterations, leaf sizes), for reports; none by default. */
    default Map<String, Object> facts(M model) {
        return Map.of();
    }

    /**
     * What the engine claims about an unlearned model beside what was measured (bounds, budgets), given the
     * retrain it is compared with; names are a contract for scripts reading the bench JSON. None by default.
     */
    default Map<String, Object> claims(M unlearned, M retrained) {
        return Map.of();
    }

    /**
     * The option whose value trades quality for cheaper forgetting and whose cost {@link #optionCost}
     * measures ("shards" for SISA), or null for none: the form shows that cost beside the option.
     */
    default String costedOption() {
        return null;
    }

    /**
     * What the costed option costs, in words, from the row counts alone (at once, before any measurement);
     * null when the family has no costed option.
     */
    default String optionCostInWords(Options options, TrainingSet rows) {
        return null;
    }

    /**
     * Trains with a few values of the costed option (the one in {@code options} among them) and one model on
     * all the rows, on a held-out fifth of these rows by the seed, and times one forget request of each: what
     * each value costs here. Takes a few trainings; reports progress and stops when cancelled.
     */
    default OptionCost optionCost(Options options, TrainingSet rows, long seed, Progress progress) {
        throw new UnsupportedOperationException(code() + " has no option whose cost is measured");
    }

    /**
     * A family these options are measured against (Q-k-means against Lloyd, SISA against one monolithic
     * constituent), or none.
     */
    default Optional<Baseline> baseline(Options options) {
        return Optional.empty();
    }

    /**
     * Checks the options and fixes them in a recipe that trains and forgets with them.
     *
     * @throws BadOptionException the first option refused
     */
    default Configured<M> configure(Options options) {
        if (!options.family().equals(code())) {
            throw new IllegalArgumentException(options.family() + " options given to " + code());
        }
        check(options);
        return new Configured<>(this, options);
    }

    /**
     * A family another is measured against, with its options.
     *
     * @param name how reports name it ("kmeans", "monolithic")
     */
    record Baseline(String name, Configured<?> recipe) {}
}
