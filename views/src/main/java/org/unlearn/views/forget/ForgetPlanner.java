package org.unlearn.views.forget;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.LatestJob;

/**
 * What forgetting the picked rows from the current model would do, worked out before anything is done,
 * and again whenever the pick or the model changes; a plan still being made for an older pick is dropped.
 */
public final class ForgetPlanner {
    /** Picks up to this size are planned at once on the FX thread (well under a millisecond); larger ones in the background. */
    static final int INLINE_PLAN_ROWS = 500;

    private final ObservableValue<ModelState> current;
    private final ObservableValue<RowSelection> picked;
    private final ObservableValue<ForgetMethod> method;
    private final LatestJob<PlanSummary> plan;

    /** @param method the deletion method the next request uses (a linear model's), null for the model's own */
    ForgetPlanner(
            BackgroundWork work,
            ObservableValue<ModelState> current,
            ObservableValue<RowSelection> picked,
            ObservableValue<ForgetMethod> method) {
        this.current = current;
        this.picked = picked;
        this.method = method;
        method.addListener((o, was, now) -> replan());
        plan = new LatestJob<>(work, "The plan was cancelled; pick again to plan.", "The plan could not be made.");
        current.addListener((o, was, now) -> replan());
        picked.addListener((o, was, now) -> replan());
    }

    private void replan() {
        ModelState state = current.getValue();
        RowSelection rows = picked.getValue();
        if (state == null) {
            plan.clear("");
        } else if (rows.isEmpty()) {
            plan.clear("Pick rows to see what forgetting them would do.");
        } else if (rows.size() <= INLINE_PLAN_ROWS) {
            plan.show(PlanSummary.of(state.fitted().plan(rows.ids(), method.getValue()), state));
        } else {
            plan.start(
                    "Plan forgetting " + Figures.rows(rows.size()),
                    ForgetJobs.plan(state, rows, method.getValue()),
                    "Planning to forget " + Figures.rows(rows.size()) + "…");
        }
    }

    /** What forgetting the picked rows would do; null while nothing is picked or the plan is being made. */
    public ReadOnlyObjectProperty<PlanSummary> planProperty() {
        return plan.valueProperty();
    }

    /** Why there is no plan (nothing picked, planning, cancelled); empty when there is one. */
    public ReadOnlyStringProperty planStatusProperty() {
        return plan.statusProperty();
    }

    public ReadOnlyBooleanProperty planningProperty() {
        return plan.busyProperty();
    }
}
