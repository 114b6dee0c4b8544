package org.unlearn.model.linear;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Budgeted;
import org.unlearn.model.forget.Consolidating;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Indebted;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.RowLoss;

/**
 * What ridge and logistic regression share: one or more convex problems over the same rows (one for
 * ridge and binary logistic, one per class for one-vs-rest), each solved to its unique optimum, and the
 * four ways to forget rows. Immutable: forgetting returns a new model.
 *
 * <p>Parameters: for each problem, the weights of the features in {@link TrainingSet#features()} order,
 * then the intercept; {@link #parameters()} concatenates the problems.
 */
public abstract sealed class LinearModel<M extends LinearModel<M>>
        implements UnlearningModel<M>, Parametric, Plannable, RowLoss, Indebted, Budgeted, Consolidating<M>
        permits RidgeModel, LogisticModel {
    /** Everything a model is; subclasses add only prediction. */
    record State(
            TrainingSet data,
            List<Problem> problems,
            List<Solved> solved,
            Settings settings,
            long seed,
            Provenance provenance,
            int rowsSinceExact,
            int forcedRetrains) {}

    /**
     * Options both families share.
     *
     * @param lambda        L2 weight λ > 0 on the summed loss
     * @param method        the method {@link #forget(int[], Progress)} uses
     * @param certification certified removal (binary logistic only), or null
     * @param dataNorm      a bound on ||X̃||₂ of the training rows, computed when certified, else NaN
     * @param rowNorm       the largest ||x̃ᵢ|| of the training rows
     * @param solver        dense or iterative, by the width of the rows
     */
    record Settings(
            double lambda,
            DeletionMethod method,
            Certification certification,
            double dataNorm,
            double rowNorm,
            Solver solver) {}

    final State state;

    LinearModel(State state) {
        this.state = state;
    }

    /** A model of this family from a new state. */
    abstract M make(State next);

    static void checkLambda(double lambda) {
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw new BadInputException(
                    "λ must be a number > 0, not " + lambda + " (it keeps the optimum unique; try 1)");
        }
    }

    /** Trains every problem from scratch on the rows. */
    static State train(
            String family, TrainingSet rows, List<Problem> problems, Settings settings, long seed, Progress progress) {
        long start = System.nanoTime();
        if (rows.size() < 2) {
            throw new BadInputException(rows.name() + ": a linear model needs at least 2 rows, not " + rows.size());
        }
        List<Solved> solved = solveAll(rows, problems, settings.solver(), progress);
        Provenance p = Provenance.trained(family, seed, rows.size(), Duration.ofNanos(System.nanoTime() - start));
        return new State(rows, problems, solved, settings, seed, p, 0, 0);
    }

    /**
     * Solves every problem; one-vs-rest problems in parallel, each on its own (the same bits whatever the
     * threads), reporting "class 3 of 10, iteration 6".
     */
    static List<Solved> solveAll(TrainingSet rows, List<Problem> problems, Solver solver, Progress progress) {
        int count = problems.size();
        if (count == 1) {
            return List.of(NewtonTrainer.train(problems.get(0), rows, solver, "", progress));
        }
        SharedProgress shared = new SharedProgress(progress, count);
        Solved[] out = new Solved[count];
        IntStream.range(0, count)
                .parallel()
                .forEach(i -> out[i] = NewtonTrainer.train(
                        problems.get(i), rows, solver, "class " + (i + 1) + " of " + count + ", ", shared.part(i)));
        return List.of(out);
    }

    @Override
    public final Provenance provenance() {
        return state.provenance;
    }

    @Override
    public final TrainingSet trainingData() {
        return state.data;
    }

    public final double lambda() {
        return state.settings.lambda;
    }

    /** The method {@link #forget(int[], Progress)} uses. */
    public final DeletionMethod method() {
        return state.settings.method;
    }

    /** Newton iterations of the last exact training (1 for ridge: the closed form). */
    public final int iterations() {
        return state.solved.stream().mapToInt(Solved::iterations).max().orElse(0);
    }

    @Override
    public final double[] parameters() {
        int d1 = state.data.dimension() + 1;
        double[] out = new double[d1 * state.solved.size()];
        for (int i = 0; i < state.solved.size(); i++) {
            System.arraycopy(state.solved.get(i).theta(), 0, out, i * d1, d1);
        }
        return out;
    }

    /** "feature → class" (a one-vs-rest model's) or the feature's name, problem after problem. */
    @Override
    public final List<String> parameterNames() {
        List<Coefficient> all = coefficients();
        boolean oneTarget = state.solved.size() == 1;
        return all.stream()
                .map(c -> oneTarget ? c.feature() : c.feature() + " → " + c.target())
                .toList();
    }

    @Override
    public final boolean isIntercept(int index) {
        return (index + 1) % (state.data.dimension() + 1) == 0;
    }

    /** The weights by name, problem after problem (each problem's features, then its intercept). */
    public final List<Coefficient> coefficients() {
        List<Coefficient> out = new ArrayList<>();
        List<String> names = state.data.features();
        for (int i = 0; i < state.solved.size(); i++) {
            double[] theta = state.solved.get(i).theta();
            String target = state.problems.get(i).target();
            for (int j = 0; j < names.size(); j++) {
                out.add(new Coefficient(names.get(j), target, theta[j]));
            }
            out.add(new Coefficient(Coefficient.INTERCEPT, target, theta[names.size()]));
        }
        return out;
    }

    /** The margins θᵀx̃ of a row, one per problem. */
    final double[] margins(double[] x) {
        double[] out = new double[state.solved.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Rows.margin(state.solved.get(i).theta(), x);
        }
        return out;
    }

    /** The debt since the last exact model. */
    public final Debt debt() {
        int requests = state.provenance.requestsSinceExact();
        if (requests == 0) {
            return new Debt(0, 0, 0, 0);
        }
        double residual = 0;
        double distance = 0;
        for (Solved s : state.solved) {
            residual = Math.max(residual, s.residualBound());
            double dist = s.residualBound() / lambda();
            distance += dist * dist;
        }
        return new Debt(requests, state.rowsSinceExact, residual, Math.sqrt(distance));
    }

    /**
     * An upper bound on ||θ − θ*||, θ* the exact optimum on the model's rows, for any model, exact or
     * not: the bound on each problem's gradient residual (rounding included) over λ, the strong convexity.
     * NaN when a method used gives no bound (pru).
     */
    public final double optimumDistanceBound() {
        double distance = 0;
        for (Solved s : state.solved) {
            double dist = s.residualBound() / lambda();
            distance += dist * dist;
        }
        return Math.sqrt(distance);
    }

    /**
     * An upper bound on what a check measures, ||θ − θ_retrained||, given the retrained model: both lie
     * within their own bound of the same exact optimum (triangle inequality).
     */
    public final double distanceBoundTo(M retrained) {
        return optimumDistanceBound() + retrained.optimumDistanceBound();
    }

    /** The certified budget, or null for an uncertified model. */
    public final Budget budget() {
        Certification c = state.settings.certification;
        if (c == null) {
            return null;
        }
        // a freshly trained model has spent nothing: a retrain is what it is compared with
        double spent = state.provenance.requestsSinceExact() == 0
                ? 0
                : state.solved.get(0).residualBound();
        return new Budget(c, c.allowedResidual(), spent, state.forcedRetrains);
    }

    @Override
    public final Owed owed() {
        Debt d = debt();
        return new Owed(d.requests(), d.rows(), d.distanceBound());
    }

    @Override
    public final Optional<Spending> spending() {
        Budget b = budget();
        return b == null ? Optional.empty() : Optional.of(new Spending(b.allowed(), b.spent(), b.forcedRetrains()));
    }

    public final boolean certified() {
        return state.settings.certification != null;
    }

    @Override
    public final Forgotten<M> forget(int[] rowIds, Progress progress) {
        return forget(rowIds, state.settings.method, progress);
    }

    /** Forgets rows by the given method; a certified model retrains when the step would exceed its budget. */
    public final Forgotten<M> forget(int[] rowIds, DeletionMethod method, Progress progress) {
        return new LinearForgetting<>(this).forget(rowIds, method, progress);
    }

    /** Retrains exactly, paying off the debt (the rows stay forgotten; nothing new is forgotten). */
    @Override
    public final Forgotten<M> consolidate(Progress progress) {
        return new LinearForgetting<>(this).consolidate(progress);
    }

    @Override
    public final ForgetPlan plan(int[] rowIds) {
        return plan(rowIds, state.settings.method);
    }

    /**
     * What forgetting these rows by a given method would cost, as {@link #forget(int[], DeletionMethod, Progress)}
     * would do it. A certified model works the step out to learn whether it fits the budget, because a
     * step that does not is a retrain.
     */
    public final ForgetPlan plan(int[] rowIds, DeletionMethod m) {
        return new LinearPlanner(this).plan(rowIds, m);
    }

    /**
     * A retrain's work in multiply-adds, as the last exact training counted it: per dense Newton iteration
     * forming the Hessian (n d²/2) and factoring it (d³/3); per Newton–CG iteration its Hessian products
     * (2n d each) and line-search passes (n d each).
     */
    public final long trainingWork() {
        long total = 0;
        for (Solved s : state.solved) {
            total += s.training().work();
        }
        return Math.max(1, total);
    }

    @Override
    public final boolean sameParameters(M other) {
        LinearModel<M> o = other;
        if (o.state.solved.size() != state.solved.size()
                || !Arrays.equals(state.data.rowIds(), o.state.data.rowIds())) {
            return false;
        }
        for (int i = 0; i < state.solved.size(); i++) {
            if (!Arrays.equals(
                    state.solved.get(i).theta(), o.state.solved.get(i).theta())) {
                return false;
            }
        }
        return true;
    }

    /** The loss the model assigns one row (summed over its problems), for membership-inference attacks. */
    @Override
    public final double loss(TrainingSet rows, int position) {
        double s = 0;
        double[] x = rows.row(position);
        for (int i = 0; i < state.solved.size(); i++) {
            Problem p = state.problems.get(i);
            s += p.loss()
                    .value(
                            Rows.margin(state.solved.get(i).theta(), x),
                            p.response().of(rows, position));
        }
        return s;
    }

    /** "12,345": by hand, because a grouping Formatter builds its locale's symbols on every call. */
    static String count(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        int lead = (digits.length() - 1) % 3 + 1;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
