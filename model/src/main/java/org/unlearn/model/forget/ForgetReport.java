package org.unlearn.model.forget;

import java.time.Duration;

/**
 * What one forget request did and cost.
 *
 * @param rowIds        the rows forgotten
 * @param method        the unlearning method used ("retrain", "certified", "sisa", "newton", ...)
 * @param exact         true when the result equals training from scratch without the rows (by construction,
 *                      and checked by the property tests); false for approximate methods
 * @param certified     true when the model was provably unchanged and nothing was retrained (Q-k-means)
 * @param workUnits     machine-independent cost of the request (e.g. sample-gradient evaluations,
 *                      point-centroid distances), in the family's own unit
 * @param fullWorkUnits the cost of a full retrain in the same unit, so {@code workUnits / fullWorkUnits}
 *                      is the share of training redone
 * @param elapsed       wall time
 * @param summary       one line for people ("retrained shard 3 from slice 2 of 5")
 * @param detail        family-specific detail (which shards, which leaves), or null
 */
public record ForgetReport(
        int[] rowIds,
        String method,
        boolean exact,
        boolean certified,
        long workUnits,
        long fullWorkUnits,
        Duration elapsed,
        String summary,
        Detail detail) {
    /** Family-specific detail of a forget request, for the views that draw it. */
    public interface Detail {}

    public ForgetReport {
        rowIds = rowIds.clone();
    }

    @Override
    public int[] rowIds() {
        return rowIds.clone();
    }

    /** Share of a full retrain's work this request redid, in [0, 1]; NaN when the family does not count work. */
    public double retrainedFraction() {
        return fullWorkUnits > 0 ? workUnits / (double) fullWorkUnits : Double.NaN;
    }
}
