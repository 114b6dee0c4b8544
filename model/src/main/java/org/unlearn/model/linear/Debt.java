package org.unlearn.model.linear;

/**
 * What approximate deletions owe since the model last equalled an exact retrain ("forget now, retrain
 * later"); {@code consolidate} pays it off.
 *
 * @param requests      approximate forget requests since the last exact model
 * @param rows          rows forgotten by them
 * @param residualBound upper bound on the gradient of the exact objective at the current parameters
 *                      (0 at the exact optimum), NaN when the methods used give none
 * @param distanceBound upper bound on ||θ − θ_retrained|| (residual / λ, the objective being
 *                      λ-strongly convex), NaN when unknown
 */
public record Debt(int requests, int rows, double residualBound, double distanceBound) {
    public boolean isPaid() {
        return requests == 0;
    }
}
