package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;

/**
 * One binary or regression problem solved: the parameters θ and what the deletion steps need, all
 * immutable by convention (nobody writes into the arrays).
 *
 * <p>Invariant: {@link #hessianInverse()} is the inverse of the Hessian of the objective over the model's
 * current rows, evaluated at {@code anchor} (the last exact optimum); the current rows are the anchor's
 * rows without {@code removedSinceAnchor}. For ridge the Hessian does not depend on θ; for logistic
 * regression a stale anchor is what the certified bound accounts for.
 *
 * @param theta              parameters, intercept last
 * @param anchor             where the Hessian was evaluated
 * @param inverse            (Σ ℓ''(x̃ᵢᵀ·anchor) x̃ᵢx̃ᵢᵀ + λI)⁻¹ over the current rows, worked out when first needed
 * @param hat                the anchor's hat entries, shared along the chain
 * @param removedSinceAnchor row ids removed since the anchor, in request order
 * @param gradient           ∇L(θ) over the current rows when it is known exactly, else null
 * @param residualBound      an upper bound on ||∇L(θ)|| over the current rows, or NaN when none is known
 * @param iterations         Newton iterations of the last exact training
 */
record Solved(double[] theta, double[] anchor, Lazy<DMatrixRMaj> inverse, HatFactor hat, int[] removedSinceAnchor,
              double[] gradient, double residualBound, int iterations) {
    DMatrixRMaj hessianInverse() {
        return inverse.get();
    }
}
