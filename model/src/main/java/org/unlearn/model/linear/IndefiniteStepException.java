package org.unlearn.model.linear;

/**
 * An approximate removal step found the remaining rows' Hessian not positive definite in double precision
 * (a tiny λ against near-duplicate columns, or most of a category's rows removed at once): exact
 * arithmetic says it is (H_rem ⪰ λI), rounding says otherwise, so the step cannot be trusted.
 * {@link LinearForgetting} answers it with an exact retrain; it never reaches the user.
 */
final class IndefiniteStepException extends RuntimeException {
    IndefiniteStepException() {
        super("remaining Hessian not positive definite in double precision", null, false, false);
    }
}
