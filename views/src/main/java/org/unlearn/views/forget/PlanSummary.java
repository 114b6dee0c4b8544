package org.unlearn.views.forget;

import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.views.common.Figures;

/**
 * What forgetting the picked rows would do, before it is done, in the words of the model's family.
 *
 * @param headline what will happen ("Certified: no centroid will move", "Re-runs leaf 5 of 16 (3,612 rows) and 1 ancestor")
 * @param engine   the engine's own line, which says why; empty when it says no more than the headline
 * @param work     the predicted share of a full training ("Predicted work: 0.07% of a full training")
 */
public record PlanSummary(boolean certified, String headline, String engine, String work, ForgetPlan plan) {
    static PlanSummary of(ForgetPlan plan, ModelState state) {
        String work = "Predicted work: " + Figures.percent(plan.retrainedFraction()) + " of a full training";
        String headline = headline(plan, state);
        String engine = plan.summary();
        return new PlanSummary(plan.certified(), headline, Figures.sameLine(headline, engine) ? "" : engine, work, plan);
    }

    private static String headline(ForgetPlan plan, ModelState state) {
        if (plan.detail() instanceof QKMeans.Check check) {
            if (check.resumedAt() < 0) {
                return "Certified: no centroid will move";
            }
            if (check.resumedAt() == 0) {
                return "Seeds again and retrains from scratch";
            }
            return "Resumes from iteration " + check.resumedAt() + " of " + check.iterations();
        }
        if (plan.detail() instanceof DCKMeans.Rerun rerun && state.model() instanceof DCKMeans dc) {
            int[] leaves = rerun.leaves();
            int ancestors = rerun.nodes() - leaves.length;
            String tail = " and " + ancestors + (ancestors == 1 ? " ancestor" : " ancestors");
            if (leaves.length == 1) {
                int rowsAfter = dc.leafSizes()[leaves[0]] - plan.rowIds().length;
                return "Re-runs leaf " + (leaves[0] + 1) + " of " + dc.options().leaves() + " (" + Figures.rows(rowsAfter)
                        + ")" + tail;
            }
            return "Re-runs " + leaves.length + " of " + dc.options().leaves() + " leaves" + tail;
        }
        if (!state.clusters() && !plan.summary().isBlank()) {
            String own = plan.summary();
            return Character.toUpperCase(own.charAt(0)) + own.substring(1);
        }
        return "Retrains from scratch on " + Figures.rows(state.size() - plan.rowIds().length);
    }
}
