package org.unlearn.model.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Parametric;

/**
 * The feature-injection test (Izzo et al. 2021, §5.2): add a column that is non-zero only on the rows to
 * forget, train (the model puts weight on it, since only those rows carry it), forget those rows, and
 * report the weight left on the column as a fraction of the weight it had. A retrain leaves 0 (the column
 * is all zero in what remains); an approximate method should leave little.
 *
 * <p>The injected values vary, in [0.5, 1.5) keyed by row id, rather than being 1: with an intercept, a
 * column that is 1 on exactly the forgotten rows equals the intercept there, and no update built from those
 * rows alone (PRU works in their span) can tell the two apart.
 */
public final class FeatureInjection {
    /** The injected column's name. */
    public static final String COLUMN = "(injected)";

    private static final long PURPOSE = org.unlearn.model.util.RowKeys.purpose("feature-injection");

    /**
     * @param before    weight on the injected column after training
     * @param after     weight on it after forgetting
     * @param retrained weight on it in a retrain from scratch without the rows (same seed); NaN when not run.
     *                  Not always 0: certified training adds a random linear term to the objective, which puts
     *                  weight on every column, the marker included, whatever rows carry it
     */
    public record Result(double before, double after, double retrained) {
        public Result(double before, double after) {
            this(before, after, Double.NaN);
        }

        /** |after / before|: 0 when forgetting removed it entirely, 1 when it did nothing. */
        public double leftFraction() {
            return Math.abs(after / before);
        }

        /** |retrained / before|: what a retrain leaves of the weight (0 without training noise). */
        public double retrainFraction() {
            return Math.abs(retrained / before);
        }

        /**
         * |after − retrained| / |before − retrained|: the share of the weight the forgotten rows put on the
         * marker that forgetting left, measured from the retrain (0 when forgetting equals the retrain, 1 when it
         * did nothing). Equal to {@link #leftFraction()} when the retrain leaves 0.
         */
        public double influenceLeft() {
            return Math.abs((after - retrained) / (before - retrained));
        }
    }

    private FeatureInjection() {}

    /** The rows with the injected column appended (last feature): in [0.5, 1.5) on the rows to forget, 0 elsewhere. */
    public static TrainingSet inject(TrainingSet data, int[] forgetIds) {
        java.util.Set<Integer> marked = new java.util.HashSet<>();
        for (int id : forgetIds) {
            marked.add(id);
        }
        double[][] x = new double[data.size()][];
        int[] y = data.isClassification() ? new int[data.size()] : null;
        double[] t = data.isClassification() ? null : new double[data.size()];
        for (int p = 0; p < x.length; p++) {
            double[] r = data.row(p);
            x[p] = java.util.Arrays.copyOf(r, r.length + 1);
            x[p][r.length] = marked.contains(data.rowId(p))
                    ? 0.5 + org.unlearn.model.util.RowKeys.uniform(0, PURPOSE, data.rowId(p))
                    : 0;
            if (y != null) {
                y[p] = data.label(p);
            } else {
                t[p] = data.target(p);
            }
        }
        List<String> names = new ArrayList<>(data.features());
        names.add(COLUMN);
        return new TrainingSet(data.name(), x, data.rowIds(), y, t, data.classes(), names);
    }

    /**
     * Runs the test.
     *
     * @param train  trains a model on the injected rows
     * @param forget forgets the ids from a model
     * @param index  the injected column's parameter index in {@link Parametric#parameters()}
     */
    public static <M extends Parametric> Result run(
            TrainingSet data,
            int[] forgetIds,
            java.util.function.Function<TrainingSet, M> train,
            BiFunction<M, int[], M> forget,
            int index) {
        M trained = train.apply(inject(data, forgetIds));
        M forgotten = forget.apply(trained, forgetIds);
        return new Result(trained.parameters()[index], forgotten.parameters()[index]);
    }

    /**
     * Runs the test and also retrains on the injected rows without the forgotten ones, so the weight a
     * retrain leaves on the marker (training noise's share) can be told from what forgetting left.
     */
    public static <M extends Parametric> Result runWithRetrain(
            TrainingSet data,
            int[] forgetIds,
            java.util.function.Function<TrainingSet, M> train,
            BiFunction<M, int[], M> forget,
            int index) {
        TrainingSet injected = inject(data, forgetIds);
        M trained = train.apply(injected);
        M forgotten = forget.apply(trained, forgetIds);
        M retrained = train.apply(injected.without(forgetIds));
        return new Result(
                trained.parameters()[index],
                forgotten.parameters()[index],
                retrained.parameters()[index]);
    }
}
