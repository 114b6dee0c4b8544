package org.unlearn.model.linear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Step.Figure;
import org.unlearn.model.forget.Walkthrough;

/** A linear model's request told in steps, from what it recorded ({@link LinearForgetDetail}). */
final class LinearSteps {
    private LinearSteps() {}

    static Walkthrough of(LinearForgetDetail d, ForgetReport report) {
        int n = report.rowIds().length;
        List<Step> steps = new ArrayList<>();
        if (report.method().equals("consolidate")) {
            steps.add(Step.of(
                    "Consolidate",
                    "Approximate steps had left the model a little away from the exact optimum. Consolidating"
                            + " solves the objective again, from scratch, on the rows the model holds now: the exact"
                            + " retrain (" + report.workUnits() + " work units)."));
            steps.add(debt(d));
            return new Walkthrough("Consolidating: retraining exactly", steps);
        }
        steps.add(Step.of(
                        "Take the rows out of the loss",
                        "The model's parameters θ minimise the average loss over its rows plus λ/2·||θ||² (λ = "
                                + fmt(d.lambda()) + "). Without the " + Walkthrough.rows(n) + ", that θ is no longer"
                                + " the minimum: the rows' own gradients were holding it where it is.")
                .withRows(report.rowIds()));
        if (d.method() == DeletionMethod.EXACT && !d.forcedRetrain()) {
            steps.add(retrain(d, report, "The exact method solves the objective again, from scratch"));
            steps.add(debt(d));
            return new Walkthrough("Linear model: forgetting " + Walkthrough.rows(n) + " by an exact retrain", steps);
        }
        steps.add(step(d));
        if (d.forcedRetrain()) {
            steps.add(Step.of(
                    "The budget would be spent",
                    "This model was trained for certified removal: its approximate steps may add up to a"
                            + " fixed amount of gradient residual and no more. This step would have gone past"
                            + " it, so it is not taken."));
            steps.add(retrain(d, report, "Instead the model retrains, from scratch"));
            steps.add(debt(d));
            return new Walkthrough(
                    "Linear model: forgetting " + Walkthrough.rows(n) + " (the budget forced a retrain)", steps);
        }
        steps.add(distance(d));
        if (d.budget() != null) {
            Budget b = d.budget();
            steps.add(Step.of(
                            "The budget used",
                            "Certified removal (ε = " + fmt(b.certification().epsilon()) + ", δ = "
                                    + fmt(b.certification().delta()) + ") allows a gradient residual of "
                                    + fmt(b.allowed()) + " in all; " + fmt(b.spent()) + " is used, "
                                    + Math.round(100 * b.remainingFraction()) + "% is left. The noise added at"
                                    + " training hides what is left of the rows as long as the budget holds.")
                    .withFigures(budgetFigures(d)));
        }
        steps.add(debt(d));
        return new Walkthrough(
                "Linear model: forgetting " + Walkthrough.rows(n) + " by a "
                        + d.method().code() + " step",
                steps);
    }

    private static Step step(LinearForgetDetail d) {
        String how = switch (d.method()) {
            case NEWTON ->
                "One Newton step: θ moves by H⁻¹ times the forgotten rows' gradients, H being the"
                        + " Hessian of the remaining rows' objective — where the minimum would be if the objective"
                        + " were exactly quadratic.";
            case INFLUENCE ->
                "One influence step: θ moves by H⁻¹ times the forgotten rows' gradients, H being"
                        + " the Hessian of the objective before the deletion, already at hand, so no new"
                        + " factoring is needed.";
            case PRU ->
                "The projective residual update: the Newton step, projected onto the span of the"
                        + " forgotten rows' features, so only the directions those rows touch are moved.";
            case EXACT -> "The exact method would not step.";
        };
        return Step.of("The step", how + " The parameters moved by " + fmt(d.stepLength()) + ".")
                .withFigures(List.of(Figure.of("step length ||Δθ||", d.stepLength())));
    }

    private static Step distance(LinearForgetDetail d) {
        String bound = Double.isFinite(d.distanceBound())
                ? "The gradient at the new θ is not exactly zero; this request added at most "
                        + fmt(d.residualIncrease()) + " to it. Since the objective is λ-strongly convex, θ is at most"
                        + " residual / λ = " + fmt(d.distanceBound()) + " from the exact retrain's parameters."
                : "This method gives no bound on how far θ is from the exact retrain's parameters.";
        String measured = Double.isFinite(d.measuredDistance())
                ? " Checked against a retrain: the distance is " + fmt(d.measuredDistance())
                        + " of the way from the trained model to the retrain."
                : " Check against a retrain from scratch to measure it.";
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("distance to the retrain, at most", d.distanceBound()));
        if (Double.isFinite(d.measuredDistance())) {
            figures.add(new Figure("measured, relative", d.measuredDistance(), Math.min(1, d.measuredDistance())));
        }
        return Step.of("The distance to the retrain", bound + measured).withFigures(figures);
    }

    private static Step retrain(LinearForgetDetail d, ForgetReport report, String how) {
        return Step.of(
                "Retrain from scratch",
                how + " on the remaining rows: the exact optimum, bit for bit what training without the rows gives ("
                        + report.workUnits() + " work units).");
    }

    private static Step debt(LinearForgetDetail d) {
        Debt debt = d.debt();
        String text = debt.isPaid()
                ? "The model equals the exact retrain: it owes nothing."
                : "The model now owes " + debt.requests() + " approximate "
                        + (debt.requests() == 1 ? "request" : "requests") + " (" + Walkthrough.rows(debt.rows())
                        + ") since it last equalled an exact retrain. Consolidate retrains exactly and pays it off.";
        return Step.of("The debt", text).withFigures(List.of(Figure.of("approximate requests owed", debt.requests())));
    }

    private static List<Figure> budgetFigures(LinearForgetDetail d) {
        Budget b = d.budget();
        return b == null
                ? List.of()
                : List.of(new Figure("budget used", b.spent(), Math.min(1, b.spent() / b.allowed())));
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "unknown" : String.format(Locale.ROOT, "%.3g", v);
    }
}
