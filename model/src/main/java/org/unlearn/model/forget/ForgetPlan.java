package org.unlearn.model.forget;

/**
 * The predicted cost of a forget request, shown before anything runs (how many shards or slices would
 * be retrained, whether the deletion is certified to change nothing).
 *
 * @param rowIds        the rows the request would forget
 * @param workUnits     predicted work in the family's unit (see {@link ForgetReport#workUnits()})
 * @param fullWorkUnits a full retrain's work in the same unit
 * @param certified     true when the family can already tell nothing needs retraining
 * @param summary       one line for people ("retrains 2 of 10 shards, from slice 3 of 5")
 * @param detail        family-specific detail for the views (e.g. the shard/slice cells), or null
 */
public record ForgetPlan(
        int[] rowIds,
        long workUnits,
        long fullWorkUnits,
        boolean certified,
        String summary,
        ForgetReport.Detail detail) {
    public ForgetPlan {
        rowIds = rowIds.clone();
    }

    @Override
    public int[] rowIds() {
        return rowIds.clone();
    }

    /** Predicted share of a full retrain, in [0, 1]; NaN when the family does not count work. */
    public double retrainedFraction() {
        return fullWorkUnits > 0 ? workUnits / (double) fullWorkUnits : Double.NaN;
    }
}
