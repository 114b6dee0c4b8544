package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.unlearn.model.data.TrainingSet;

/**
 * One approximate removal of k rows from a solved problem (influence, newton or pru), in O(kd² + k³):
 * no pass over the remaining n rows, except the certified bound's one O(nd) product.
 *
 * <p>With U = [√wᵢ x̃ᵢ] (the removed rows scaled by their curvature at the anchor), the remaining
 * Hessian's inverse follows by Woodbury: H_rem⁻¹ = H⁻¹ + H⁻¹U (I − UᵀH⁻¹U)⁻¹ UᵀH⁻¹. The step removes
 * Δ = Σᵢ ∇ℓᵢ(θ) − ∇L(θ) (the gradient the remaining objective has at θ, negated; ∇L(θ) is 0 at an
 * exact optimum and tracked exactly for ridge, unknown and taken as 0 for logistic after an approximate step).
 */
final class RemovalStep {
    /**
     * @param solved    the problem after the removal
     * @param increment what the step added to the gradient-residual bound (NaN when not known)
     */
    record Result(Solved solved, double increment) {
    }

    private RemovalStep() {
    }

    /**
     * @param rows      the rows before the removal
     * @param removed   positions in {@code rows} of the rows to remove
     * @param remaining the rows after the removal
     * @param dataNorm  an upper bound on the spectral norm ||X̃||₂ of the rows (certified models), or NaN
     * @param rowNorm   the largest ||x̃ᵢ||, for the certified bound
     */
    static Result apply(DeletionMethod method, Problem problem, Solved s, TrainingSet rows, int[] removed,
                        TrainingSet remaining, double dataNorm, double rowNorm) {
        int k = removed.length;
        int d1 = s.theta().length;
        Loss loss = problem.loss();
        double[] sqrtW = new double[k];
        double[] delta = new double[d1];
        for (int c = 0; c < k; c++) {
            double[] x = rows.row(removed[c]);
            sqrtW[c] = Math.sqrt(loss.curvature(Rows.margin(s.anchor(), x)));
            Rows.addScaled(delta, loss.derivative(Rows.margin(s.theta(), x), problem.response().of(rows, removed[c])),
                    x);
        }
        if (s.gradient() != null) {
            for (int j = 0; j < d1; j++) {
                delta[j] -= s.gradient()[j];
            }
        }
        DMatrixRMaj hInv = s.hessianInverse();
        DMatrixRMaj u = Rows.columns(rows, removed, sqrtW);
        DMatrixRMaj hu = new DMatrixRMaj(d1, k);
        CommonOps_DDRM.mult(hInv, u, hu);
        DMatrixRMaj core = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(u, hu, core);
        CommonOps_DDRM.scale(-1, core);
        for (int c = 0; c < k; c++) {
            core.add(c, c, 1);
        }
        // core = I − UᵀH⁻¹U, positive definite because H_rem ⪰ λI
        LinearSolverDense<DMatrixRMaj> coreSolver = LinearSolverFactory_DDRM.symmPosDef(k);
        if (!coreSolver.setA(core.copy())) {
            throw new IllegalStateException("remaining Hessian not positive definite");
        }
        DMatrixRMaj coreInvHuT = new DMatrixRMaj(k, d1);
        DMatrixRMaj huT = new DMatrixRMaj(k, d1);
        CommonOps_DDRM.transpose(hu, huT);
        coreSolver.solve(huT, coreInvHuT);
        DMatrixRMaj remainingInverse = hInv.copy();
        CommonOps_DDRM.multAdd(hu, coreInvHuT, remainingInverse);

        double[] v = times(method == DeletionMethod.INFLUENCE ? hInv : remainingInverse, delta);
        double[] theta = new double[d1];
        double[] step = method == DeletionMethod.PRU ? projectOntoRows(rows, removed, v) : v;
        for (int j = 0; j < d1; j++) {
            theta[j] = s.theta()[j] + step[j];
        }

        // UUᵀv: what the step leaves in the remaining gradient beyond the Hessian's staleness
        double[] leftover = new double[d1];
        if (method == DeletionMethod.INFLUENCE) {
            for (int c = 0; c < k; c++) {
                double[] x = rows.row(removed[c]);
                Rows.addScaled(leftover, sqrtW[c] * sqrtW[c] * Rows.margin(v, x), x);
            }
        }
        double[] gradient = null;
        double increment = Double.NaN;
        if (method != DeletionMethod.PRU) {
            double staleness = loss.curvatureLipschitz() == 0 ? 0
                    : staleness(loss, s, theta, v, remaining, dataNorm, rowNorm);
            increment = Rows.norm(leftover) + staleness;
            if (loss == Loss.SQUARED) {
                gradient = leftover;
                for (int j = 0; j < d1; j++) {
                    gradient[j] = -gradient[j];
                }
            }
        }
        double prior = s.gradient() != null ? 0 : s.residualBound();
        double bound = s.gradient() != null && gradient != null ? Rows.norm(gradient) : prior + increment;
        return new Result(new Solved(theta, s.anchor(), remainingInverse, gradient, bound, s.iterations()),
                increment);
    }

    /**
     * γ ||X̃||₂ R (||θ − anchor|| + ||v||) ||X̃_rem v||: how far the remaining Hessian between θ and θ + v
     * can be from the one at the anchor, applied to v (Guo et al.'s data-dependent bound, Thm. 1, widened
     * for a Hessian evaluated at the anchor rather than at θ). Unknown (NaN) without a bound on ||X̃||₂.
     */
    private static double staleness(Loss loss, Solved s, double[] thetaAfter, double[] v, TrainingSet remaining,
                                    double dataNorm, double rowNorm) {
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

    /** P v, the projection of v onto span(x̃ᵢ : i removed): X̃ᵀ (X̃X̃ᵀ)⁺ X̃ v, all k × k but one k × d product. */
    static double[] projectOntoRows(TrainingSet rows, int[] removed, double[] v) {
        DMatrixRMaj x = Rows.columns(rows, removed, null);
        int k = removed.length;
        DMatrixRMaj gram = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multInner(x, gram);
        DMatrixRMaj pinv = new DMatrixRMaj(k, k);
        CommonOps_DDRM.pinv(gram, pinv);
        DMatrixRMaj xv = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.multTransA(x, DMatrixRMaj.wrap(v.length, 1, v), xv);
        DMatrixRMaj a = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.mult(pinv, xv, a);
        DMatrixRMaj out = new DMatrixRMaj(v.length, 1);
        CommonOps_DDRM.mult(x, a, out);
        return out.data;
    }

    private static double[] times(DMatrixRMaj m, double[] v) {
        DMatrixRMaj out = new DMatrixRMaj(m.numRows, 1);
        CommonOps_DDRM.mult(m, DMatrixRMaj.wrap(v.length, 1, v), out);
        return out.data;
    }
}
