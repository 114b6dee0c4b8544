package org.unlearn.model.linear;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;

/**
 * L2 logistic regression, min Σ [log(1 + e^{θᵀx̃ᵢ}) − yᵢθᵀx̃ᵢ] + λ/2 ||θ||² (+ bᵀθ when certified), solved
 * by Newton's method (dense or Newton–CG, see {@link Solver}) to the unique optimum. Two classes make one problem (is it the second
 * class?); more make one per class, one-vs-rest, and predict the class of largest margin.
 */
public final class LogisticModel extends LinearModel<LogisticModel> implements Classifier {
    public static final String FAMILY = "logreg";
    private static final long NOISE = RowKeys.purpose("certified-removal-b");

    /**
     * @param lambda        λ > 0 (scikit-learn's C is 1/λ)
     * @param method        the default deletion method
     * @param certification certified removal, or null (two-class labels only)
     */
    public record Options(double lambda, DeletionMethod method, Certification certification) {
        public Options {
            checkLambda(lambda);
            if (method == null) {
                throw new IllegalArgumentException("method");
            }
        }

        public static Options of(double lambda) {
            return new Options(lambda, DeletionMethod.NEWTON, null);
        }
    }

    static LogisticModel of(State state) {
        return new LogisticModel(state);
    }

    private LogisticModel(State state) {
        super(state);
    }

    public static LogisticModel fit(TrainingSet data, Options options, long seed, Progress progress) {
        return fit(data, options, seed, progress, Solver.choose(data.size(), data.dimension() + 1));
    }

    /** With the solver chosen, so tests can hold the two against each other on the same data. */
    static LogisticModel fit(TrainingSet data, Options options, long seed, Progress progress, Solver solver) {
        if (!data.isClassification()) {
            throw new BadInputException(data.name() + ": logistic regression needs a class label; this label is"
                    + " numeric (ridge regression fits a number)");
        }
        Certification c = options.certification();
        if (c != null && data.classCount() != 2) {
            throw new BadInputException(data.name() + ": certified removal is for a two-class label; this one has "
                    + data.classCount() + " classes");
        }
        double rowNorm = 0;
        for (int p = 0; p < data.size(); p++) {
            rowNorm = Math.max(rowNorm, Math.sqrt(Rows.squaredNorm(data.row(p))));
        }
        Settings settings = new Settings(
                options.lambda(), options.method(), c, c == null ? Double.NaN : SpectralNorm.of(data), rowNorm, solver);
        return new LogisticModel(
                train(FAMILY, data, problems(data, options.lambda(), c, seed), settings, seed, progress));
    }

    public static Trainer<LogisticModel> trainer(Options options) {
        return (data, seed, progress) -> fit(data, options, seed, progress);
    }

    static List<Problem> problems(TrainingSet data, double lambda, Certification c, long seed) {
        double[] b = c == null ? null : noise(data.dimension() + 1, c.sigma(), seed);
        List<Problem> out = new ArrayList<>();
        if (data.classCount() == 2) {
            out.add(new Problem(
                    Loss.LOGISTIC,
                    lambda,
                    (rows, p) -> rows.label(p) == 1 ? 1 : 0,
                    b,
                    data.classes().get(1)));
            return out;
        }
        for (int k = 0; k < data.classCount(); k++) {
            int positive = k;
            out.add(new Problem(
                    Loss.LOGISTIC,
                    lambda,
                    (rows, p) -> rows.label(p) == positive ? 1 : 0,
                    null,
                    data.classes().get(k)));
        }
        return out;
    }

    /** b ~ N(0, σ²I) from the seed alone, so a retrain draws the same b (Box–Muller on keyed uniforms). */
    static double[] noise(int size, double sigma, long seed) {
        double[] b = new double[size];
        for (int j = 0; j < size; j++) {
            double u1 = RowKeys.uniformPositive(seed, NOISE, 2L * j);
            double u2 = RowKeys.uniform(seed, NOISE, 2L * j + 1);
            b[j] = sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
        return b;
    }

    @Override
    LogisticModel make(State next) {
        return new LogisticModel(next);
    }

    /** Number of classes the model tells apart. */
    public int classCount() {
        return state.data().classCount();
    }

    @Override
    public int predict(double[] x) {
        double[] m = margins(x);
        if (m.length == 1) {
            return m[0] > 0 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < m.length; k++) {
            if (m[k] > m[best]) {
                best = k;
            }
        }
        return best;
    }

    @Override
    public double[] probabilities(double[] x) {
        double[] m = margins(x);
        if (m.length == 1) {
            double p = Loss.sigmoid(m[0]);
            return new double[] {1 - p, p};
        }
        double[] p = new double[m.length];
        double sum = 0;
        for (int k = 0; k < m.length; k++) {
            p[k] = Loss.sigmoid(m[k]);
            sum += p[k];
        }
        for (int k = 0; k < m.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    @Override
    public String toString() {
        return "logistic regression, λ = " + lambda() + (certified() ? ", certified" : "") + ", " + state.provenance();
    }
}
