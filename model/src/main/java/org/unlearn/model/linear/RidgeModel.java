package org.unlearn.model.linear;

import java.util.List;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Regressor;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.util.Progress;

/**
 * L2 ridge regression, min Σ ½(θᵀx̃ᵢ − yᵢ)² + λ/2 ||θ||², solved in closed form by Cholesky. The label is
 * a number; a two-class label is regressed as −1 (first class) and +1 (second class), and
 * {@link #asClassifier()} then predicts by the sign. Three or more classes are refused.
 */
public final class RidgeModel extends LinearModel<RidgeModel> implements Regressor {
    public static final String FAMILY = "ridge";

    /**
     * @param lambda λ > 0
     * @param method the default deletion method
     */
    public record Options(double lambda, DeletionMethod method) {
        public Options {
            checkLambda(lambda);
            if (method == null) {
                throw new IllegalArgumentException("method");
            }
        }

        public static Options of(double lambda) {
            return new Options(lambda, DeletionMethod.NEWTON);
        }
    }

    static RidgeModel of(State state) {
        return new RidgeModel(state);
    }

    private RidgeModel(State state) {
        super(state);
    }

    public static RidgeModel fit(TrainingSet data, Options options, long seed, Progress progress) {
        return fit(data, options, seed, progress, Solver.forRidge(data.size(), data.dimension() + 1));
    }

    /** With the solver chosen, so tests can hold the solvers against each other on the same data. */
    static RidgeModel fit(TrainingSet data, Options options, long seed, Progress progress, Solver solver) {
        Settings settings = new Settings(options.lambda(), options.method(), null, Double.NaN, 1, solver);
        return new RidgeModel(train(FAMILY, data, problems(data, options.lambda()), settings, seed, progress));
    }

    public static Trainer<RidgeModel> trainer(Options options) {
        return (data, seed, progress) -> fit(data, options, seed, progress);
    }

    static List<Problem> problems(TrainingSet data, double lambda) {
        if (data.isClassification()) {
            if (data.classCount() != 2) {
                throw new BadInputException(data.name() + ": ridge regresses a number or a two-class label (as ±1);"
                        + " this label has " + data.classCount() + " classes (logistic regression learns it)");
            }
            String target = data.classes().get(1) + " (+1) vs " + data.classes().get(0) + " (−1)";
            return List.of(new Problem(Loss.SQUARED, lambda, (rows, p) -> rows.label(p) == 1 ? 1 : -1, null, target));
        }
        return List.of(new Problem(Loss.SQUARED, lambda, TrainingSet::target, null, "label"));
    }

    @Override
    RidgeModel make(State next) {
        return new RidgeModel(next);
    }

    @Override
    public double predict(double[] x) {
        return margins(x)[0];
    }

    /** True when the model regresses a two-class label as ±1. */
    public boolean classifies() {
        return state.data().isClassification();
    }

    /** The model as a classifier by the sign of its prediction (two-class labels only). */
    public Classifier asClassifier() {
        if (!classifies()) {
            throw new BadInputException(state.data().name() + ": this ridge model regresses a number, not classes");
        }
        return new Classifier() {
            @Override
            public int predict(double[] x) {
                return RidgeModel.this.predict(x) > 0 ? 1 : 0;
            }

            @Override
            public double[] probabilities(double[] x) {
                int c = predict(x);
                return c == 1 ? new double[] {0, 1} : new double[] {1, 0};
            }
        };
    }

    @Override
    public String toString() {
        return "ridge, λ = " + lambda() + ", " + state.provenance();
    }
}
