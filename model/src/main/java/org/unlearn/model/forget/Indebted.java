package org.unlearn.model.forget;

/**
 * A model that can forget approximately, so it may owe a retrain ("forget now, retrain later"): how much
 * it owes, and how far from the exact retrain it may be.
 */
public interface Indebted {
    /**
     * What it owes.
     *
     * @param requests      approximate requests since it last equalled an exact retrain
     * @param rows          rows forgotten by them
     * @param distanceBound a bound on the parameters' distance to the exact retrain's, NaN when none is known
     */
    record Owed(int requests, int rows, double distanceBound) {
        public boolean isPaid() {
            return requests == 0;
        }
    }

    Owed owed();
}
