package org.unlearn.views.forget;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unlearn.model.BadInputException;
import org.unlearn.model.bench.BenchFamilies;
import org.unlearn.model.bench.ModelParameters;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.views.common.Figures;

/**
 * The model panel's inputs as typed, and the recipe they make. Every change is checked at once by the
 * family's own Options record, whose one-line refusal is shown as the problem; while there is one, there
 * is no recipe to train.
 */
public final class TrainingForm {
    public static final long DEFAULT_SEED = 42;
    /** The engine's own defaults, which the fields start from and the model panel's help quotes. */
    static final LloydKMeans.Options LLOYD_DEFAULTS = LloydKMeans.Options.of(ClusteringModel.DEFAULT_K);
    static final QKMeans.Options Q_DEFAULTS = QKMeans.Options.of(ClusteringModel.DEFAULT_K);
    static final DCKMeans.Options DC_DEFAULTS = DCKMeans.Options.of(ClusteringModel.DEFAULT_K);
    /** SISA's constituent learners, as the engine names them. */
    public static final List<String> LEARNERS = List.of("softmax", "mlp", "tree");
    /** The linear models' deletion methods, as the engine names them. */
    public static final List<String> METHODS = List.of("newton", "influence", "pru", "exact");

    private final ObjectProperty<Family> family = new SimpleObjectProperty<>(Family.QKMEANS);
    private final StringProperty k = new SimpleStringProperty(Integer.toString(LLOYD_DEFAULTS.k()));
    private final StringProperty seed = new SimpleStringProperty(Long.toString(DEFAULT_SEED));
    private final StringProperty iterations = new SimpleStringProperty(Integer.toString(LLOYD_DEFAULTS.maxIterations()));
    private final StringProperty tolerance = new SimpleStringProperty(Figures.plain(LLOYD_DEFAULTS.tolerance()));
    private final StringProperty epsilon = new SimpleStringProperty(Figures.plain(Q_DEFAULTS.epsilon()));
    private final StringProperty gamma = new SimpleStringProperty(Figures.plain(Q_DEFAULTS.gamma()));
    private final StringProperty leaves = new SimpleStringProperty(Integer.toString(DC_DEFAULTS.leaves()));
    private final StringProperty width = new SimpleStringProperty(Integer.toString(DC_DEFAULTS.width()));
    private final StringProperty shards = new SimpleStringProperty("5");
    private final StringProperty slices = new SimpleStringProperty("5");
    private final ObjectProperty<String> learner = new SimpleObjectProperty<>(LEARNERS.get(0));
    private final StringProperty epochs = new SimpleStringProperty("");
    private final StringProperty lambda = new SimpleStringProperty("");
    private final ObjectProperty<String> method = new SimpleObjectProperty<>("newton");
    private final StringProperty certifyEpsilon = new SimpleStringProperty("");
    private final StringProperty certifyDelta = new SimpleStringProperty("");
    private final StringProperty certifySigma = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Recipe<?>> recipe = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    TrainingForm() {
        Observable[] inputs = {family, k, seed, iterations, tolerance, epsilon, gamma, leaves, width, shards, slices,
            learner, epochs, lambda, method, certifyEpsilon, certifyDelta, certifySigma};
        for (Observable input : inputs) {
            input.addListener(o -> check());
        }
        check();
    }

    /** The engine's default k for a dataset: its label's class count, else {@link ClusteringModel#DEFAULT_K}. */
    void suggestK(TrainingSet rows) {
        k.set(Integer.toString(ClusteringModel.defaultK(rows)));
    }

    /** A fresh seed, small enough to read aloud and type back. */
    public void newSeed() {
        seed.set(Integer.toString(ThreadLocalRandom.current().nextInt(1, 1_000_000)));
    }

    private void check() {
        try {
            recipe.set(build());
            problem.set("");
        } catch (BadInputException e) {
            recipe.set(null);
            problem.set(e.getMessage());
        }
    }

    private Recipe<?> build() {
        long s = seed(seed.get());
        if (!family.get().clusters()) {
            return engineRecipe(family.get(), s);
        }
        int clusters = whole(k, "k");
        int cap = whole(iterations, "the iteration cap");
        double tol = real(tolerance, "the tolerance");
        return switch (family.get()) {
            case LLOYD -> {
                LloydKMeans.Options o = new LloydKMeans.Options(clusters, cap, tol);
                yield Recipe.clustering(Family.LLOYD, LloydKMeans.trainer(o), s, common(o.k(), o.maxIterations(), o.tolerance()));
            }
            case QKMEANS -> {
                QKMeans.Options o = new QKMeans.Options(clusters, cap, tol, real(epsilon, "ε"), real(gamma, "γ"));
                yield Recipe.clustering(Family.QKMEANS, QKMeans.trainer(o), s, common(o.k(), o.maxIterations(), o.tolerance())
                        + ", ε = " + Figures.plain(o.epsilon()) + ", γ = " + Figures.plain(o.gamma()));
            }
            case DCKMEANS -> {
                DCKMeans.Options o = new DCKMeans.Options(clusters, cap, tol, whole(leaves, "the leaves"),
                        whole(width, "the width"));
                yield Recipe.clustering(Family.DCKMEANS, DCKMeans.trainer(o), s, common(o.k(), o.maxIterations(), o.tolerance())
                        + ", " + o.leaves() + " leaves, width " + o.width());
            }
            default -> throw new IllegalStateException(family.get() + " does not cluster");
        };
    }

    /**
     * A SISA or linear recipe: the engine's own family with the options typed, which it checks (an empty
     * field takes the engine's default).
     */
    private Recipe<?> engineRecipe(Family f, long s) {
        ModelParameters p;
        String options;
        if (f == Family.SISA) {
            Integer epochCount = optionalWhole(epochs, "the epochs");
            p = new ModelParameters(null, null, null, null, whole(shards, "the shards"), whole(slices, "the slices"),
                    learner.get(), epochCount, null, null, Map.of());
            options = p.shards() + " shards × " + (learner.get().equals("tree") ? "1 slice (a tree is not sliced)"
                    : p.slices() + " slices") + ", " + learner.get() + " learner"
                    + (epochCount == null ? "" : ", " + epochCount + " epochs");
        } else {
            Double l = optionalReal(lambda, "λ");
            Map<String, String> certified = certification();
            if (!certified.isEmpty() && f != Family.LOGREG) {
                throw new BadInputException("certified removal is for logistic regression; leave ε, δ and σ empty");
            }
            if (!certified.isEmpty() && method.get().equals("pru")) {
                throw new BadInputException("certified removal bounds newton and influence steps, not pru:"
                        + " choose newton or influence, or leave ε, δ and σ empty");
            }
            p = new ModelParameters(null, null, null, null, null, null, null, null, method.get(), l, certified);
            options = "deletion by " + method.get() + (l == null ? "" : ", λ = " + Figures.plain(l))
                    + (certified.isEmpty() ? "" : ", certified (ε = " + certified.get("epsilon") + ", δ = "
                    + certified.get("delta") + ", σ = " + certified.get("sigma") + ")");
        }
        return Recipe.of(f, BenchFamilies.create(f.code(), p), p, s, options);
    }

    /** The certified-removal options as the engine takes them; empty when none is typed (not certified). */
    private Map<String, String> certification() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        putIfTyped(out, "epsilon", certifyEpsilon, "the certified ε");
        putIfTyped(out, "delta", certifyDelta, "the certified δ");
        putIfTyped(out, "sigma", certifySigma, "the perturbation σ");
        return out;
    }

    private static void putIfTyped(Map<String, String> out, String name, StringProperty text, String what) {
        if (!text.get().isBlank()) {
            out.put(name, Double.toString(real(text, what)));
        }
    }

    private static Integer optionalWhole(StringProperty text, String what) {
        return text.get().isBlank() ? null : whole(text, what);
    }

    private static Double optionalReal(StringProperty text, String what) {
        return text.get().isBlank() ? null : real(text, what);
    }

    private static String common(int k, int iterations, double tolerance) {
        return "k = " + k + ", at most " + iterations + " iterations, tolerance " + Figures.plain(tolerance);
    }

    private static int whole(StringProperty text, String what) {
        try {
            return Integer.parseInt(text.get().strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(what + " must be a whole number, not \"" + text.get().strip() + "\"");
        }
    }

    private static double real(StringProperty text, String what) {
        try {
            return Double.parseDouble(text.get().strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(what + " must be a number, not \"" + text.get().strip() + "\"");
        }
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("the seed must be a whole number, not \"" + text.strip() + "\"");
        }
    }

    public ObjectProperty<Family> familyProperty() {
        return family;
    }

    public StringProperty kProperty() {
        return k;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty iterationsProperty() {
        return iterations;
    }

    public StringProperty toleranceProperty() {
        return tolerance;
    }

    public StringProperty epsilonProperty() {
        return epsilon;
    }

    public StringProperty gammaProperty() {
        return gamma;
    }

    public StringProperty leavesProperty() {
        return leaves;
    }

    public StringProperty widthProperty() {
        return width;
    }

    /** SISA: shards S. */
    public StringProperty shardsProperty() {
        return shards;
    }

    /** SISA: slices R per shard. */
    public StringProperty slicesProperty() {
        return slices;
    }

    /** SISA: the constituent learner (one of {@link #LEARNERS}). */
    public ObjectProperty<String> learnerProperty() {
        return learner;
    }

    /** SISA: training epochs; empty for the engine's default. */
    public StringProperty epochsProperty() {
        return epochs;
    }

    /** Linear models: the L2 regularization λ; empty for the engine's default. */
    public StringProperty lambdaProperty() {
        return lambda;
    }

    /** Linear models: how a request forgets (one of {@link #METHODS}). */
    public ObjectProperty<String> methodProperty() {
        return method;
    }

    /** Certified removal (linear models): ε of the (ε, δ) guarantee; all three empty trains uncertified. */
    public StringProperty certifyEpsilonProperty() {
        return certifyEpsilon;
    }

    public StringProperty certifyDeltaProperty() {
        return certifyDelta;
    }

    /** The objective perturbation's standard deviation σ. */
    public StringProperty certifySigmaProperty() {
        return certifySigma;
    }

    /** The recipe the inputs make, or null while one of them is refused. */
    ReadOnlyObjectProperty<Recipe<?>> recipeProperty() {
        return recipe.getReadOnlyProperty();
    }

    /** The refusal of the inputs as they stand, in one line; empty when they make a recipe. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
