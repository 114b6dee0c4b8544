package org.unlearn.model.linear;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.unlearn.model.data.TrainingSet;

/**
 * One approximate removal of k rows from a solved problem (influence, newton or pru), without a pass
 * over the remaining n rows (except the certified bound's one O(nd) product).
 *
 * <p>With U = [√wᵢ x̃ᵢ] (the removed rows scaled by their curvature at the anchor), the remaining
 * Hessian's inverse follows by Woodbury, H_rem⁻¹ = H⁻¹ + H⁻¹U (I − UᵀH⁻¹U)⁻¹ UᵀH⁻¹, O(kd²), or for many
 * rows from the downdated Hessian H − UUᵀ (see {@link RemainingHessian}). The step
 * removes Δ = Σᵢ ∇ℓᵢ(θ) − ∇L(θ) (the remaining objective's gradient at θ, negated; ∇L(θ) is 0 at an
 * exact optimum and tracked exactly for ridge, unknown and taken as 0 for logistic after an approximate
 * step). PRU needs no d × d work at all: see {@link #pru}.
 */
final class RemovalStep {
    /**
     * @param solved    the problem after the removal
     * @param increment what the step added to the gradient-residual bound (NaN when not known)
     * @param work      multiply-adds the step took, one-time precomputations included
     */
    record Result(Solved solved, double increment, long work) {}

    /** Conjugate gradients stop a removal step's solve at this share of the right-hand side. */
    static final double CG_RELATIVE = 1e-10;

    private RemovalStep() {}

    /**
     * @param rows      the rows before the removal
     * @param removed   positions in {@code rows} of the rows to remove
     * @param remaining the rows after the removal
     * @param dataNorm  an upper bound on the spectral norm ||X̃||₂ of the rows (certified models), or NaN
     * @param rowNorm   the largest ||x̃ᵢ||, for the certified bound
     */
    static Result apply(
            DeletionMethod method,
            Problem problem,
            Solved s,
            TrainingSet rows,
            int[] removed,
            TrainingSet remaining,
            double dataNorm,
            double rowNorm) {
        if (method == DeletionMethod.PRU) {
            long work = pruWork(s, rows, removed.length);
            return new Result(pru(problem, s, rows, removed), Double.NaN, work);
        }
        int k = removed.length;
        int d1 = s.theta().length;
        long n = remaining.size();
        Loss loss = problem.loss();
        double[] sqrtW = curvatures(loss, s, rows, removed);
        double[] delta = new double[d1];
        for (int c = 0; c < k; c++) {
            double[] x = rows.row(removed[c]);
            Rows.addScaled(
                    delta,
                    loss.derivative(
                            Rows.margin(s.theta(), x), problem.response().of(rows, removed[c])),
                    x);
        }
        if (s.gradient() != null) {
            for (int j = 0; j < d1; j++) {
                delta[j] -= s.gradient()[j];
            }
        }
        long work = 2L * k * d1;
        double[] v;
        Lazy<DMatrixRMaj> nextHessian;
        Lazy<DMatrixRMaj> nextInverse;
        // Δ − H v for the Hessian the step used: what the solve itself leaves in the gradient
        double[] solveResidual = new double[d1];
        if (factored(s)) {
            RemainingHessian r = RemainingHessian.after(
                    problem, s, rows, removed, sqrtW, remaining, delta, method == DeletionMethod.INFLUENCE);
            v = r.step();
            nextHessian = r.hessian();
            nextInverse = r.inverse();
            work += r.work();
        } else {
            Curvature h = Curvature.at(problem, method == DeletionMethod.INFLUENCE ? rows : remaining, s.anchor());
            ConjugateGradient.Result cg = ConjugateGradient.solve(
                    h, delta, CG_RELATIVE * Rows.norm(delta), maxProducts(d1), h.inverseDiagonal());
            v = cg.x();
            double[] hv = h.apply(v);
            for (int j = 0; j < d1; j++) {
                solveResidual[j] = delta[j] - hv[j];
            }
            nextHessian = RemainingHessian.fresh(problem, remaining, s.anchor());
            nextInverse = RemainingHessian.inverseOf(nextHessian, problem, remaining.name(), d1);
            work += h.work() + (cg.iterations() + 1L) * h.work();
        }
        double[] theta = new double[d1];
        for (int j = 0; j < d1; j++) {
            theta[j] = s.theta()[j] + v[j];
        }
        // UUᵀv: what an influence step leaves in the remaining gradient beyond the Hessian's staleness
        double[] leftover = new double[d1];
        if (method == DeletionMethod.INFLUENCE) {
            for (int c = 0; c < k; c++) {
                double[] x = rows.row(removed[c]);
                Rows.addScaled(leftover, sqrtW[c] * sqrtW[c] * Rows.margin(v, x), x);
            }
            work += 2L * k * d1;
        }
        double staleness = 0;
        if (loss.curvatureLipschitz() != 0) {
            staleness = staleness(loss, s, v, remaining, dataNorm, rowNorm);
            work += Double.isNaN(dataNorm) ? 0 : n * d1;
        }
        double floor = s.training().floor();
        double[] gradient = null;
        if (loss == Loss.SQUARED && s.gradient() != null) {
            // the Hessian does not move: the new gradient is exactly −(UUᵀv + Δ − Hv)
            gradient = new double[d1];
            for (int j = 0; j < d1; j++) {
                gradient[j] = -(leftover[j] + solveResidual[j]);
            }
        }
        double increment = Rows.norm(leftover) + Rows.norm(solveResidual) + staleness + floor;
        double bound = gradient != null ? Rows.norm(gradient) + floor : s.residualBound() + increment;
        return new Result(
                new Solved(
                        theta,
                        s.anchor(),
                        nextHessian,
                        nextInverse,
                        s.hat(),
                        append(s.removedSinceAnchor(), rows, removed),
                        gradient,
                        bound,
                        s.training()),
                increment,
                work);
    }

    /** True when the step updates a d × d inverse (Woodbury) rather than solving by conjugate gradients. */
    static boolean factored(Solved s) {
        return s.inverse().ready() || s.training().solver() != Solver.MATRIX_FREE;
    }

    /** Products a removal step's conjugate gradients may take. */
    static int maxProducts(int d1) {
        return Math.max(200, Math.min(2 * d1, 2000));
    }

    /**
     * PRU's multiply-adds for k more rows: the k × k and q × q algebra, plus, the first time after an exact
     * training, the hat factor Y = X̃A⁻¹ (n d²) and, if not yet formed, the inverse it needs.
     */
    static long pruWork(Solved s, TrainingSet rows, int k) {
        long d1 = s.theta().length;
        long q = s.removedSinceAnchor().length + (long) k;
        long n = s.hat().rows().size();
        return q * q * d1 + q * q * q / 3 + 2L * k * k * d1 + s.hat().pendingCost();
    }

    /**
     * The projective residual update (Izzo et al., Alg. 1), in O(q²d + q³) for q the rows removed since the
     * anchor including these, once the anchor's hat factor exists. The leave-k-out predictions at the
     * deleted rows, x̃_Kᵀθ_newton, come from hat entries only: with Q all rows removed since the anchor,
     * S = diag(√w_Q) and M = the anchor's hat block, X̃_K H_rem⁻¹ X̃_Kᵀ = M_KK + M_KQ S (I − S M_QQ S)⁻¹ S M_QK
     * (Woodbury). Then θ − (Σ x̃ᵢx̃ᵢᵀ)⁺ Σ (θᵀx̃ᵢ − ŷ′ᵢ) x̃ᵢ = θ + X̃_Kᵀ(X̃_KX̃_Kᵀ)⁺ X̃_K v_newton, all k × k
     * but one k × d product. Like Izzo's, it takes θ to be the optimum for its rows (it ignores a known
     * current gradient). The remaining Hessian's inverse is left to be worked out if a later request needs it.
     */
    static Solved pru(Problem problem, Solved s, TrainingSet rows, int[] removed) {
        int k = removed.length;
        Loss loss = problem.loss();
        int[] ids = new int[k];
        double[] slope = new double[k];
        for (int c = 0; c < k; c++) {
            ids[c] = rows.rowId(removed[c]);
            slope[c] = loss.derivative(
                    Rows.margin(s.theta(), rows.row(removed[c])),
                    problem.response().of(rows, removed[c]));
        }
        int[] q = append(s.removedSinceAnchor(), rows, removed);
        double[] sq = curvatures(loss, s, s.hat().rows(), positionsIn(s.hat().rows(), q));
        DMatrixRMaj mqq = s.hat().block(q, q);
        DMatrixRMaj core = new DMatrixRMaj(q.length, q.length);
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < q.length; j++) {
                core.unsafe_set(i, j, (i == j ? 1 : 0) - sq[i] * mqq.unsafe_get(i, j) * sq[j]);
            }
        }
        // the rows of K are the last k of Q
        int from = q.length - k;
        DMatrixRMaj sMqk = new DMatrixRMaj(q.length, k);
        for (int i = 0; i < q.length; i++) {
            for (int c = 0; c < k; c++) {
                sMqk.unsafe_set(i, c, sq[i] * mqq.unsafe_get(i, from + c));
            }
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(q.length);
        if (!solver.setA(core)) {
            throw new IndefiniteStepException();
        }
        DMatrixRMaj solved = new DMatrixRMaj(q.length, k);
        solver.solve(sMqk, solved);
        DMatrixRMaj leaveOut = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(sMqk, solved, leaveOut);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                leaveOut.add(a, b, mqq.unsafe_get(from + a, from + b));
            }
        }
        double[] xv = RemainingHessian.times(leaveOut, slope);
        double[] step = spanStep(rows, removed, xv);
        double[] theta = new double[step.length];
        for (int j = 0; j < theta.length; j++) {
            theta[j] = s.theta()[j] + step[j];
        }
        Solved parent = s;
        long d1 = s.theta().length;
        Lazy<DMatrixRMaj> inverse = new Lazy<>(
                () -> RemainingHessian.woodbury(
                        parent.hessianInverse(), rows, removed, curvatures(loss, parent, rows, removed)),
                () -> 2L * k * d1 * d1 + parent.inverse().pendingCost());
        Lazy<DMatrixRMaj> hessian = new Lazy<>(
                () -> RemainingHessian.downdate(
                        parent.hessian().get(), rows, removed, curvatures(loss, parent, rows, removed)),
                () -> k * d1 * d1 / 2 + parent.hessian().pendingCost());
        return new Solved(theta, s.anchor(), hessian, inverse, s.hat(), q, null, Double.NaN, s.training());
    }

    /** X̃_Kᵀ (X̃_KX̃_Kᵀ)⁺ r: the smallest step in span(x̃ᵢ : i ∈ K) with X̃_K · step = r. */
    private static double[] spanStep(TrainingSet rows, int[] removed, double[] r) {
        DMatrixRMaj x = Rows.columns(rows, removed);
        int k = removed.length;
        DMatrixRMaj gram = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multInner(x, gram);
        DMatrixRMaj pinv = new DMatrixRMaj(k, k);
        CommonOps_DDRM.pinv(gram, pinv);
        DMatrixRMaj a = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.mult(pinv, DMatrixRMaj.wrap(k, 1, r), a);
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, 1);
        CommonOps_DDRM.mult(x, a, out);
        return out.data;
    }

    /** √ℓ''(x̃ᵢᵀ·anchor) for the rows at some positions. */
    private static double[] curvatures(Loss loss, Solved s, TrainingSet rows, int[] positions) {
        double[] out = new double[positions.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.sqrt(loss.curvature(Rows.margin(s.anchor(), rows.row(positions[c]))));
        }
        return out;
    }

    /**
     * γ ||X̃||₂ R (||θ − anchor|| + ||v||) ||X̃_rem v||: how far the remaining Hessian between θ and θ + v
     * can be from the one at the anchor, applied to v (Guo et al.'s data-dependent bound, Thm. 1, widened
     * for a Hessian evaluated at the anchor rather than at θ). Unknown (NaN) without a bound on ||X̃||₂.
     */
    private static double staleness(
            Loss loss, Solved s, double[] v, TrainingSet remaining, double dataNorm, double rowNorm) {
        if (Double.isNaN(dataNorm)) {
            return Double.NaN;
        }
        double drift = 0;
        for (int j = 0; j < v.length; j++) {
            double a = s.theta()[j] - s.anchor()[j];
            drift += a * a;
        }
        double xv = 0;
        for (int p = 0; p < remaining.size(); p++) {
            double m = Rows.margin(v, remaining.row(p));
            xv += m * m;
        }
        return loss.curvatureLipschitz() * dataNorm * rowNorm * (Math.sqrt(drift) + Rows.norm(v)) * Math.sqrt(xv);
    }

    private static int[] append(int[] before, TrainingSet rows, int[] positions) {
        int[] out = Arrays.copyOf(before, before.length + positions.length);
        for (int c = 0; c < positions.length; c++) {
            out[before.length + c] = rows.rowId(positions[c]);
        }
        return out;
    }

    private static int[] positionsIn(TrainingSet rows, int[] ids) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = rows.positionOf(ids[i]);
        }
        return out;
    }
}
