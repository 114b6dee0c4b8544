package org.unlearn.model.linear;

import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Steppable;
import org.unlearn.model.forget.Walkthrough;

/**
 * A linear model's forget request in detail, for the views.
 *
 * @param method           the method asked for
 * @param forcedRetrain    true when a certified model retrained because the step would exceed its budget
 * @param residualIncrease what this request added to the gradient-residual bound (NaN when unknown)
 * @param distanceBound    upper bound on ||θ − θ_retrained|| after the request (NaN when unknown)
 * @param measuredDistance ||θ_u − θ_r|| / ||θ_full − θ_r|| when someone has retrained and measured it
 *                         ({@link #measured}), else NaN
 * @param debt             the debt after the request
 * @param budget           the certified budget after the request, or null for an uncertified model
 * @param stepLength       ||θ_after − θ_before||: how far the request moved the parameters
 * @param lambda           the L2 weight λ, whose strong convexity turns a gradient residual into a distance
 */
public record LinearForgetDetail(
        DeletionMethod method,
        boolean forcedRetrain,
        double residualIncrease,
        double distanceBound,
        double measuredDistance,
        Debt debt,
        Budget budget,
        double stepLength,
        double lambda)
        implements ForgetReport.Detail, Steppable {
    /** This detail with a measured relative distance (from {@code verify.ForgetCheck}). */
    public LinearForgetDetail measured(double relativeDistance) {
        return new LinearForgetDetail(
                method,
                forcedRetrain,
                residualIncrease,
                distanceBound,
                relativeDistance,
                debt,
                budget,
                stepLength,
                lambda);
    }

    @Override
    public Walkthrough walkthrough(ForgetReport report) {
        return LinearSteps.of(this, report);
    }
}
