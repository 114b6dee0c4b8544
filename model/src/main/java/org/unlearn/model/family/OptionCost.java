package org.unlearn.model.family;

import java.util.List;

/**
 * What a few values of one option cost, measured on the user's rows before a value is chosen: the quality
 * each gives against one model trained on all the rows (on the same held-out rows), and what one forget
 * request then costs. SISA's shard count is the case in point: more shards, cheaper requests, less accuracy.
 *
 * @param option         the option measured ("shards")
 * @param metric         the quality figure ("accuracy")
 * @param reference      one model's quality on all the training rows (the value 1 of the option, unsharded)
 * @param referenceMs    that model's training time, ms
 * @param trainRows      rows trained on
 * @param heldOut        rows the quality was measured on
 * @param points         one per value measured, ascending
 */
public record OptionCost(
        String option,
        String metric,
        double reference,
        double referenceMs,
        int trainRows,
        int heldOut,
        List<Point> points) {
    public OptionCost {
        points = List.copyOf(points);
    }

    /**
     * One value's figures.
     *
     * @param value        the option's value ("10")
     * @param quality      the quality with it, on the held-out rows (NaN when refused)
     * @param trainMs      its training from scratch, ms
     * @param requestShare the work of one single-row request over a training from scratch, averaged over
     *                     the rows (the same for any machine)
     * @param requestMs    one typical request (the row whose share is the median), timed here, ms
     * @param refused      why the value cannot be trained on these rows, or "" when it was measured
     */
    public record Point(
            String value, double quality, double trainMs, double requestShare, double requestMs, String refused) {
        /** Points of quality lost against the one model (negative when this value is the better). */
        public double pointsLost(double reference) {
            return 100 * (reference - quality);
        }
    }
}
