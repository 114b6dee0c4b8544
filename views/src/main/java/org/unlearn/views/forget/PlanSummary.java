package org.unlearn.views.forget;

import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.views.common.Figures;

/**
 * What forgetting the picked rows would do, before it is done, in the words of the model's family (its
 * engine's own line).
 *
 * @param headline what will happen ("Certified: no centroid will move", "Re-runs leaf 5 of 16 (3,612 rows) and 1 ancestor")
 * @param engine   the engine's own line, which says why; empty when it says no more than the headline
 * @param work     the predicted share of a full training ("Predicted work: 0.07% of a full training")
 */
public record PlanSummary(boolean certified, String headline, String engine, String work, ForgetPlan plan) {
    static PlanSummary of(ForgetPlan plan, ModelState state) {
        String work = plan.isRange()
                ? "Predicted work: likely " + Figures.percent(plan.retrainedFraction())
                        + " of a full training (" + share(plan.leastFraction()) + " to " + share(plan.mostFraction())
                        + ", as the run settles sooner or later)"
                : "Predicted work: " + Figures.percent(plan.retrainedFraction()) + " of a full training";
        String headline = headline(plan, state);
        String engine = plan.summary();
        // The headline is the engine's line, "Certified: " before it when it does not say so: said once.
        boolean repeats = engine == null
                || Figures.sameLine(headline, engine)
                || Figures.sameLine(headline, "Certified: " + engine.strip());
        return new PlanSummary(plan.certified(), headline, repeats ? "" : engine, work, plan);
    }

    /** A share of a training; beyond one training, how many trainings' work ("12×"). */
    private static String share(double fraction) {
        return fraction > 1 ? Figures.ratio(fraction) + " a full training" : Figures.percent(fraction);
    }

    /** The engine's own line, as a headline; a certified plan says so first. */
    private static String headline(ForgetPlan plan, ModelState state) {
        String own = plan.summary() == null ? "" : plan.summary().strip();
        if (own.isEmpty()) {
            return "Retrains from scratch on " + Figures.rows(state.size() - plan.rowIds().length);
        }
        String line = Character.toUpperCase(own.charAt(0)) + own.substring(1);
        boolean saysSo = own.toLowerCase(java.util.Locale.ROOT).startsWith("certified");
        return plan.certified() && !saysSo ? "Certified: " + own : line;
    }
}
