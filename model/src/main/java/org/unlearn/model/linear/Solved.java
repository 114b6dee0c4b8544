package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;

/**
 * One binary or regression problem solved: the parameters θ and what the deletion steps need, all
 * immutable by convention (nobody writes into the arrays).
 *
 * <p>Invariant: {@link #hessianInverse()} is the inverse of the Hessian of the objective over the model's
 * current rows, evaluated at {@code anchor} (the last exact optimum); the current rows are the anchor's
 * rows without {@code removedSinceAnchor}. For ridge the Hessian does not depend on θ; for logistic
 * regression a stale anchor is what the certified bound accounts for. An iterative problem never needs
 * the inverse for newton and influence steps (they multiply by the Hessian instead); it is worked out
 * only if a projective residual update asks for it.
 *
 * @param theta              parameters, intercept last
 * @param anchor             where the Hessian was evaluated
 * @param hessian            Σ ℓ''(x̃ᵢᵀ·anchor) x̃ᵢx̃ᵢᵀ + λI over the current rows, worked out when first needed
 *                           (a removal of many rows downdates it rather than the inverse)
 * @param inverse            (Σ ℓ''(x̃ᵢᵀ·anchor) x̃ᵢx̃ᵢᵀ + λI)⁻¹ over the current rows, worked out when first needed
 * @param hat                the anchor's hat entries, shared along the chain
 * @param removedSinceAnchor row ids removed since the anchor, in request order
 * @param gradient           ∇L(θ) over the current rows as computed, when it is known, else null
 * @param residualBound      an upper bound on the exact ||∇L(θ)|| over the current rows, rounding included,
 *                           or NaN when none is known
 * @param training           how the anchor was trained
 */
record Solved(
        double[] theta,
        double[] anchor,
        Lazy<DMatrixRMaj> hessian,
        Lazy<DMatrixRMaj> inverse,
        HatFactor hat,
        int[] removedSinceAnchor,
        double[] gradient,
        double residualBound,
        Training training) {
    DMatrixRMaj hessianInverse() {
        return inverse.get();
    }

    int iterations() {
        return training.iterations();
    }
}
