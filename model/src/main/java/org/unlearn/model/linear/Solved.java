package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;

/**
 * One binary or regression problem solved: the parameters θ and what the deletion steps need, all
 * immutable by convention (nobody writes into the arrays).
 *
 * <p>Invariant: {@code hessianInverse} is the inverse of the Hessian of the objective over the model's
 * current rows, evaluated at {@code anchor} (the last exact optimum). For ridge the Hessian does not
 * depend on θ; for logistic regression a stale anchor is what the certified bound accounts for.
 *
 * @param theta          parameters, intercept last
 * @param anchor         where the Hessian was evaluated
 * @param hessianInverse (Σ ℓ''(x̃ᵢᵀ·anchor) x̃ᵢx̃ᵢᵀ + λI)⁻¹ over the current rows
 * @param gradient       ∇L(θ) over the current rows when it is known exactly, else null
 * @param residualBound  an upper bound on ||∇L(θ)|| over the current rows, or NaN when none is known
 * @param iterations     Newton iterations of the last exact training
 */
record Solved(double[] theta, double[] anchor, DMatrixRMaj hessianInverse, double[] gradient, double residualBound,
              int iterations) {
    /** ||θ − θ_retrained|| ≤ ||∇L(θ)|| / λ, since the objective is λ-strongly convex. */
    double distanceBound(double lambda) {
        return residualBound / lambda;
    }
}
