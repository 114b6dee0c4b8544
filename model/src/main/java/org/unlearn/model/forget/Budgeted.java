package org.unlearn.model.forget;

import java.util.Optional;

/**
 * A model trained with a removal budget (certified removal's (ε, δ)): approximate forgets spend it, and
 * once a request would exceed it the model retrains instead.
 */
public interface Budgeted {
    /**
     * Where the budget stands.
     *
     * @param allowed        the total the guarantee allows
     * @param spent          what the requests since the last exact training used
     * @param forcedRetrains retrains forced because a request would have exceeded it
     */
    record Spending(double allowed, double spent, int forcedRetrains) {
        /** Share still unspent, in [0, 1]. */
        public double remainingFraction() {
            return Math.max(0, Math.min(1, 1 - spent / allowed));
        }
    }

    /** The budget, or empty when this model was trained without one. */
    Optional<Spending> spending();
}
