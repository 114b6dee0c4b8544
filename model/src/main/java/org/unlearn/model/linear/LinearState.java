package org.unlearn.model.linear;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;

/**
 * A linear model's stored state, per problem: θ, the anchor the Hessian was taken at, the Hessian's inverse
 * when it had been worked out (so a Newton or influence step after reopening is the one it would have been,
 * bit for bit), the gradient and its bound, and how the training went (for plans and bounds); then the
 * settings the data decided (norms, solver) and the debt counters. What is recomputed from the rows on
 * reading: the problems (the certified noise b is drawn from the seed again), the projective update's hat
 * factor, the Hessian (for a removal of many rows, lazily; the same bits as the training's) and the inverse
 * when it had not been worked out (lazily, on first use).
 *
 * <p>Only a model at its anchor is stored (trained, or forgotten from exactly): a session keeps no other.
 */
public final class LinearState<M extends LinearModel<M>> implements StateCodec<M> {
    private final String family;
    private final double lambda;
    private final DeletionMethod method;
    private final Certification certification;
    private final BiFunction<TrainingSet, Long, List<Problem>> problems;
    private final Function<LinearModel.State, M> make;

    private LinearState(
            String family,
            double lambda,
            DeletionMethod method,
            Certification certification,
            BiFunction<TrainingSet, Long, List<Problem>> problems,
            Function<LinearModel.State, M> make) {
        this.family = family;
        this.lambda = lambda;
        this.method = method;
        this.certification = certification;
        this.problems = problems;
        this.make = make;
    }

    public static LinearState<LogisticModel> logistic(LogisticModel.Options o) {
        return new LinearState<>(
                LogisticModel.FAMILY,
                o.lambda(),
                o.method(),
                o.certification(),
                (rows, seed) -> LogisticModel.problems(rows, o.lambda(), o.certification(), seed),
                LogisticModel::of);
    }

    public static LinearState<RidgeModel> ridge(RidgeModel.Options o) {
        return new LinearState<>(
                RidgeModel.FAMILY,
                o.lambda(),
                o.method(),
                null,
                (rows, seed) -> RidgeModel.problems(rows, o.lambda()),
                RidgeModel::of);
    }

    /**
     * Layout 2: a logistic model on 64 columns or more was trained with the sixteen-sum margin and the factor over
     * the rows that carry curvature, so its last bits differ from layout 1's; a layout 1 model would no longer equal
     * today's retrain bit for bit, so it is refused as written by an earlier version and rebuilt.
     */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public boolean canWrite(M model) {
        return model.state.solved().stream().allMatch(s -> s.removedSinceAnchor().length == 0);
    }

    @Override
    public void write(M model, StateOutput out) throws IOException {
        LinearModel.State st = model.state;
        out.writeDouble(st.settings().dataNorm());
        out.writeDouble(st.settings().rowNorm());
        out.writeString(st.settings().solver().name());
        out.writeInt(st.rowsSinceExact());
        out.writeInt(st.forcedRetrains());
        out.writeInt(st.solved().size());
        for (Solved s : st.solved()) {
            out.writeDoubles(s.theta());
            out.writeDoubles(s.anchor());
            out.writeBoolean(s.inverse().ready());
            if (s.inverse().ready()) {
                DMatrixRMaj inv = s.hessianInverse();
                out.writeInt(inv.numRows);
                out.writeInt(inv.numCols);
                out.writeDoubles(inv.data);
            }
            out.writeBoolean(s.gradient() != null);
            if (s.gradient() != null) {
                out.writeDoubles(s.gradient());
            }
            out.writeDouble(s.residualBound());
            Training t = s.training();
            out.writeString(t.solver().name());
            out.writeInt(t.iterations());
            out.writeInt(t.products());
            out.writeLong(t.work());
            out.writeDouble(t.floor());
            out.writeDouble(t.stepProducts());
        }
    }

    @Override
    public M read(StateInput in, TrainingSet rows, long seed) throws IOException {
        try {
            double dataNorm = in.readDouble();
            double rowNorm = in.readDouble();
            Solver solver = Solver.valueOf(in.readString());
            int rowsSinceExact = in.readInt();
            int forcedRetrains = in.readInt();
            List<Problem> ps = problems.apply(rows, seed);
            int count = in.readInt();
            if (count != ps.size()) {
                throw new IOException("the stored model has " + count + " problems, the rows make " + ps.size());
            }
            List<Solved> solved = new ArrayList<>();
            for (Problem p : ps) {
                double[] theta = in.readDoubles();
                double[] anchor = in.readDoubles();
                if (theta.length != rows.dimension() + 1 || anchor.length != theta.length) {
                    throw new IOException("stored parameters of the wrong width");
                }
                // not stored: formed from the rows if a removal of many rows asks for it, the same bits as trained
                Lazy<DMatrixRMaj> hessian = RemainingHessian.fresh(p, rows, anchor);
                Lazy<DMatrixRMaj> inverse;
                if (in.readBoolean()) {
                    int r = in.readInt();
                    int c = in.readInt();
                    double[] data = in.readDoubles();
                    if (r != theta.length || c != theta.length || data.length != r * c) {
                        throw new IOException("a stored inverse of the wrong shape");
                    }
                    inverse = Lazy.of(DMatrixRMaj.wrap(r, c, data));
                } else {
                    inverse = RemainingHessian.inverseOf(hessian, p, rows.name(), theta.length);
                }
                double[] gradient = in.readBoolean() ? in.readDoubles() : null;
                double residualBound = in.readDouble();
                Training t = new Training(
                        Solver.valueOf(in.readString()),
                        in.readInt(),
                        in.readInt(),
                        in.readLong(),
                        in.readDouble(),
                        in.readDouble());
                solved.add(new Solved(
                        theta,
                        anchor,
                        hessian,
                        inverse,
                        new HatFactor(rows, inverse),
                        new int[0],
                        gradient,
                        residualBound,
                        t));
            }
            LinearModel.Settings settings =
                    new LinearModel.Settings(lambda, method, certification, dataNorm, rowNorm, solver);
            Provenance provenance = Provenance.trained(family, seed, rows.size(), Duration.ZERO);
            return make.apply(new LinearModel.State(
                    rows, ps, List.copyOf(solved), settings, seed, provenance, rowsSinceExact, forcedRetrains));
        } catch (IllegalArgumentException e) {
            throw new IOException("not a stored linear model (" + e.getMessage() + ")", e);
        }
    }
}
