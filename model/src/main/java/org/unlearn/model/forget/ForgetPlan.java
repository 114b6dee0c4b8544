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
 * @param leastWorkUnits the least work the request may take, when the family can only bound it (a
 *                      Q-k-means rerun stops when it converges, which no plan knows): {@code workUnits} is
 *                      then the likely figure and the request's work lies in [least, most]
 * @param mostWorkUnits the most work the request may take
 */
public record ForgetPlan(
        int[] rowIds,
        long workUnits,
        long fullWorkUnits,
        boolean certified,
        String summary,
        ForgetReport.Detail detail,
        long leastWorkUnits,
        long mostWorkUnits) {
    public ForgetPlan {
        rowIds = rowIds.clone();
        if (leastWorkUnits > workUnits || mostWorkUnits < workUnits) {
            throw new IllegalArgumentException(
                    "the likely work " + workUnits + " lies outside [" + leastWorkUnits + ", " + mostWorkUnits + "]");
        }
    }

    /** A plan that knows the work: its range is the one figure. */
    public ForgetPlan(
            int[] rowIds,
            long workUnits,
            long fullWorkUnits,
            boolean certified,
            String summary,
            ForgetReport.Detail detail) {
        this(rowIds, workUnits, fullWorkUnits, certified, summary, detail, workUnits, workUnits);
    }

    /** True when the plan can only bound the work, not tell it. */
    public boolean isRange() {
        return leastWorkUnits != mostWorkUnits;
    }

    /** The least share of a full retrain the request may redo; NaN when the family does not count work. */
    public double leastFraction() {
        return fullWorkUnits > 0 ? leastWorkUnits / (double) fullWorkUnits : Double.NaN;
    }

    /** The most share of a full retrain the request may redo; NaN when the family does not count work. */
    public double mostFraction() {
        return fullWorkUnits > 0 ? mostWorkUnits / (double) fullWorkUnits : Double.NaN;
    }

    /** True when the measured work is what the plan said: within 2× of its figure, or inside its range. */
    public boolean foretold(long measuredWorkUnits) {
        if (isRange()) {
            return measuredWorkUnits >= leastWorkUnits && measuredWorkUnits <= mostWorkUnits;
        }
        if (workUnits == 0 || measuredWorkUnits == 0) {
            return workUnits == measuredWorkUnits;
        }
        double ratio = workUnits / (double) measuredWorkUnits;
        return ratio >= 0.5 && ratio <= 2;
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
