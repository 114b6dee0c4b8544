package org.unlearn.model.linear;

/**
 * Where a certified model stands against its (ε, δ) budget, for the app to show it draining.
 *
 * @param certification  ε, δ and σ
 * @param allowed        the total gradient residual the guarantee allows (σε / c)
 * @param spent          the gradient-residual bound accumulated since the last exact training
 * @param forcedRetrains retrains forced so far because a removal would have exceeded the budget
 */
public record Budget(Certification certification, double allowed, double spent, int forcedRetrains) {
    /** Share of the budget still unspent, in [0, 1]. */
    public double remainingFraction() {
        return Math.max(0, Math.min(1, 1 - spent / allowed));
    }

    /** True when a removal that adds this much residual would still fit. */
    public boolean fits(double increment) {
        return Double.isFinite(increment) && spent + increment <= allowed;
    }
}
