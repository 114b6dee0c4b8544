package org.unlearn.model.linear;

import java.util.Arrays;
import org.unlearn.model.forget.ForgetPlan;

/**
 * What forgetting rows would cost a linear model, as {@link LinearForgetting} would do it: the work in
 * multiply-adds and a sentence, without changing the model (a certified model works the step out to
 * learn whether it fits the budget, because a step that does not is a retrain).
 */
final class LinearPlanner {
    private final LinearModel<?> model;
    private final LinearModel.State state;

    LinearPlanner(LinearModel<?> model) {
        this.model = model;
        this.state = model.state;
    }

    ForgetPlan plan(int[] rowIds, DeletionMethod m) {
        int[] ids = Arrays.stream(rowIds).distinct().toArray();
        int k = ids.length;
        int n = state.data().size();
        if (m != DeletionMethod.EXACT && model.certified() && m != DeletionMethod.PRU && k < n) {
            String refused;
            try {
                refused = fitsBudget(ids, m) ? null : " step would spend more than the certified budget left";
            } catch (IndefiniteStepException e) {
                refused = " step would lose its precision (the Hessian without these rows is not positive definite"
                        + " in double precision)";
            }
            if (refused != null) {
                return new ForgetPlan(
                        rowIds,
                        model.trainingWork(),
                        model.trainingWork(),
                        false,
                        "retrains from scratch on " + LinearModel.count(n - k) + " rows: a " + m.code() + refused,
                        null);
            }
        }
        long work = m == DeletionMethod.EXACT ? model.trainingWork() : stepWork(m, k);
        String summary = switch (m) {
            case EXACT -> "retrains from scratch on " + LinearModel.count(n - k) + " rows (exact)";
            case INFLUENCE -> "one influence step for " + rowCount(k) + " (approximate)";
            case NEWTON ->
                "one Newton step with the remaining rows' Hessian for " + rowCount(k) + " (approximate"
                        + (model.certified() ? ", certified: it fits the budget left)" : ")");
            case PRU ->
                "a projective residual update for " + rowCount(k) + " (approximate"
                        + (state.solved().get(0).hat().pendingCost() == 0
                                ? ")"
                                : "; first forms the hat factor, n × d)");
        };
        return new ForgetPlan(rowIds, work, model.trainingWork(), false, summary, null);
    }

    private boolean fitsBudget(int[] ids, DeletionMethod m) {
        for (int id : ids) {
            if (!state.data().contains(id)) {
                return true;
            }
        }
        RemovalStep.Result r = RemovalStep.apply(
                m,
                state.problems().get(0),
                state.solved().get(0),
                state.data(),
                LinearForgetting.positionsOf(state, ids),
                state.data().without(ids),
                state.settings().dataNorm(),
                state.settings().rowNorm());
        return r.solved().residualBound() <= model.budget().allowed();
    }

    /**
     * An approximate step's work in multiply-adds, counted as {@link RemovalStep} counts what it does:
     * with a d × d inverse, the Woodbury update or the Hessian's downdate ({@link RemainingHessian#work}),
     * the first time on an iteratively trained model forming them (n d²/2 + d³); without, the
     * curvature weights (n d) and the conjugate-gradient products (2n d each, as many as the training's
     * solves predict); a certified bound's pass over the rows (n d); PRU, the q × q algebra and, the
     * first time after an exact training, the hat factor (n d²) and the inverse it needs.
     */
    private long stepWork(DeletionMethod method, int k) {
        long d1 = state.data().dimension() + 1L;
        long n = state.data().size() - (long) k;
        long total = 0;
        for (Solved s : state.solved()) {
            if (method == DeletionMethod.PRU) {
                total += RemovalStep.pruWork(s, state.data(), k);
                continue;
            }
            long w = 2L * k * d1 + (method == DeletionMethod.INFLUENCE ? 2L * k * d1 : 0);
            if (RemovalStep.factored(s)) {
                w += RemainingHessian.work(s, k);
            } else {
                long nh = method == DeletionMethod.INFLUENCE ? n + k : n;
                w += 2 * nh * d1 + Math.round((s.training().stepProducts() + 1) * 2 * nh * d1);
            }
            if (model.certified()) {
                w += n * d1;
            }
            total += w;
        }
        return total;
    }

    /** "1 row", "12 rows". */
    private static String rowCount(int k) {
        return LinearModel.count(k) + (k == 1 ? " row" : " rows");
    }
}
