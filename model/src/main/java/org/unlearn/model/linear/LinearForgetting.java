package org.unlearn.model.linear;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.ParameterDistance;

/**
 * How a linear model forgets rows and pays off its debt: an approximate step on every problem (retraining
 * instead when a certified step would spend more than the budget left), an exact retrain, or a
 * consolidation; each returns the new model with its report.
 */
final class LinearForgetting<M extends LinearModel<M>> {
    private final LinearModel<M> model;
    private final LinearModel.State state;

    LinearForgetting(LinearModel<M> model) {
        this.model = model;
        this.state = model.state;
    }

    /** Forgets rows by the given method; a certified model retrains when the step would exceed its budget. */
    Forgotten<M> forget(int[] rowIds, DeletionMethod method, Progress progress) {
        long start = System.nanoTime();
        int[] ids = checkRequest(rowIds);
        TrainingSet remaining = state.data().without(ids);
        if (method == DeletionMethod.EXACT) {
            return retrain(
                    ids,
                    remaining,
                    "exact",
                    "retrained from scratch on " + LinearModel.count(remaining.size()) + " rows",
                    false,
                    start,
                    progress);
        }
        if (model.certified() && method == DeletionMethod.PRU) {
            throw new BadInputException(
                    "certified removal bounds influence and newton steps, not pru;" + " forget by newton instead");
        }
        int[] positions = positionsOf(state, ids);
        List<Solved> next = new ArrayList<>();
        double increase = 0;
        long work = 0;
        try {
            for (int i = 0; i < state.solved().size(); i++) {
                progress.checkCancelled();
                RemovalStep.Result r = RemovalStep.apply(
                        method,
                        state.problems().get(i),
                        state.solved().get(i),
                        state.data(),
                        positions,
                        remaining,
                        state.settings().dataNorm(),
                        state.settings().rowNorm());
                next.add(r.solved());
                increase = Math.max(increase, r.increment());
                work += r.work();
            }
        } catch (IndefiniteStepException e) {
            try {
                return retrain(
                        ids, remaining, "retrain", unstableNote(method, remaining.size()), false, start, progress);
            } catch (BadInputException singular) {
                throw new BadInputException(state.data().name() + ": the model cannot forget these "
                        + LinearModel.count(ids.length) + " rows at λ = " + model.lambda()
                        + " (without them the system is singular in double precision, and a retrain would be"
                        + " too); the model is unchanged, and one trained with a larger λ can forget them");
            }
        }
        if (model.certified() && !(next.get(0).residualBound() <= model.budget().allowed())) {
            return retrain(
                    ids,
                    remaining,
                    "retrain",
                    "the certified budget would be spent: retrained from scratch on "
                            + LinearModel.count(remaining.size()) + " rows",
                    true,
                    start,
                    progress);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LinearModel.State s = new LinearModel.State(
                remaining,
                state.problems(),
                List.copyOf(next),
                state.settings(),
                state.seed(),
                state.provenance().child(method.code(), ids, remaining.size(), false, took),
                state.rowsSinceExact() + ids.length,
                state.forcedRetrains());
        M after = model.make(s);
        LinearForgetDetail detail = new LinearForgetDetail(
                method,
                false,
                increase,
                after.debt().distanceBound(),
                Double.NaN,
                after.debt(),
                after.budget(),
                ParameterDistance.euclidean(model.parameters(), after.parameters()),
                model.lambda());
        String summary = method.code() + " step for " + LinearModel.count(ids.length) + " row"
                + (ids.length == 1 ? "" : "s") + distanceNote(after.debt());
        return new Forgotten<>(
                after,
                new ForgetReport(ids, method.code(), false, false, work, model.trainingWork(), took, summary, detail));
    }

    /** Retrains exactly, paying off the debt (the rows stay forgotten; nothing new is forgotten). */
    Forgotten<M> consolidate(Progress progress) {
        long start = System.nanoTime();
        List<Solved> solved = LinearModel.solveAll(
                state.data(), state.problems(), state.settings().solver(), progress);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LinearModel.State s = new LinearModel.State(
                state.data(),
                state.problems(),
                solved,
                state.settings(),
                state.seed(),
                state.provenance().child("consolidate", new int[0], state.data().size(), true, took),
                0,
                state.forcedRetrains());
        M after = model.make(s);
        return new Forgotten<>(
                after,
                new ForgetReport(
                        new int[0],
                        "consolidate",
                        true,
                        false,
                        after.trainingWork(),
                        model.trainingWork(),
                        took,
                        "retrained exactly on " + LinearModel.count(state.data().size()) + " rows; debt paid",
                        new LinearForgetDetail(
                                DeletionMethod.EXACT,
                                false,
                                0,
                                0,
                                Double.NaN,
                                after.debt(),
                                after.budget(),
                                ParameterDistance.euclidean(model.parameters(), after.parameters()),
                                model.lambda())));
    }

    private Forgotten<M> retrain(
            int[] ids,
            TrainingSet remaining,
            String methodName,
            String summary,
            boolean forced,
            long start,
            Progress progress) {
        // the problems do not depend on the rows (b is drawn from the seed), so a retrain reuses them
        List<Solved> solved = LinearModel.solveAll(
                remaining, state.problems(), state.settings().solver(), progress);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LinearModel.State s = new LinearModel.State(
                remaining,
                state.problems(),
                solved,
                state.settings(),
                state.seed(),
                state.provenance().child(methodName, ids, remaining.size(), true, took),
                0,
                state.forcedRetrains() + (forced ? 1 : 0));
        M after = model.make(s);
        LinearForgetDetail detail = new LinearForgetDetail(
                forced ? state.settings().method() : DeletionMethod.EXACT,
                forced,
                0,
                0,
                0,
                after.debt(),
                after.budget(),
                ParameterDistance.euclidean(model.parameters(), after.parameters()),
                model.lambda());
        return new Forgotten<>(
                after,
                new ForgetReport(
                        ids,
                        methodName,
                        true,
                        false,
                        after.trainingWork(),
                        model.trainingWork(),
                        took,
                        summary,
                        detail));
    }

    /** The rows' positions in the model's training data. */
    static int[] positionsOf(LinearModel.State state, int[] ids) {
        int[] positions = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            positions[i] = state.data().positionOf(ids[i]);
        }
        return positions;
    }

    private int[] checkRequest(int[] rowIds) {
        TrainingSet data = state.data();
        if (rowIds.length == 0) {
            throw new BadInputException(data.name() + ": the forget request names no rows");
        }
        int[] ids = rowIds.length == 1
                ? rowIds.clone()
                : Arrays.stream(rowIds).distinct().toArray();
        if (ids.length >= data.size()) {
            throw new BadInputException(data.name() + ": cannot forget " + LinearModel.count(ids.length) + " of "
                    + LinearModel.count(data.size()) + " rows (k >= n): at least one row must remain");
        }
        return ids;
    }

    /** Why a request that asked for a step was retrained instead, in the words the report shows. */
    static String unstableNote(DeletionMethod method, int remaining) {
        String step = switch (method) {
            case PRU -> "projective residual update";
            case NEWTON -> "Newton step";
            case INFLUENCE -> "influence step";
            case EXACT -> "retrain";
        };
        return "the " + step + " lost its precision (without these rows the Hessian is not positive"
                + " definite in double precision: λ is small for these columns), so the model was retrained from"
                + " scratch on " + LinearModel.count(remaining) + " rows instead";
    }

    private static String distanceNote(Debt debt) {
        return Double.isNaN(debt.distanceBound())
                ? ""
                : "; within " + ThreeFigures.of(debt.distanceBound()) + " of the exact retrain";
    }
}
