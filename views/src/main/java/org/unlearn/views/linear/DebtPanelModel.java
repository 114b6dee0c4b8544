package org.unlearn.views.linear;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.unlearn.model.linear.Budget;
import org.unlearn.model.linear.Debt;
import org.unlearn.model.linear.LinearModel;
import org.unlearn.model.linear.DeletionMethod;
import org.unlearn.views.common.Figures;
import org.unlearn.views.forget.ModelChain;
import org.unlearn.views.forget.ModelState;

/**
 * "Forget now, retrain later" for a linear model: the method the next request forgets by, the debt
 * approximate requests have run up since the last exact model, the certified-removal budget as it drains,
 * and Consolidate, which pays the debt with an exact retrain.
 */
public final class DebtPanelModel {
    private final ModelChain chain;
    private final BooleanBinding shown;
    private final StringBinding debt;
    private final BooleanBinding certified;
    private final DoubleBinding budgetLeft;
    private final StringBinding budget;

    public DebtPanelModel(ModelChain chain) {
        this.chain = chain;
        var current = chain.currentProperty();
        shown = Bindings.createBooleanBinding(() -> linear(current.get()) != null, current);
        debt = Bindings.createStringBinding(() -> {
            LinearModel<?> m = linear(current.get());
            return m == null ? "" : debtLine(m.debt());
        }, current);
        certified = Bindings.createBooleanBinding(() -> {
            LinearModel<?> m = linear(current.get());
            return m != null && m.certified();
        }, current);
        budgetLeft = Bindings.createDoubleBinding(() -> {
            LinearModel<?> m = linear(current.get());
            return m == null || !m.certified() ? 0 : m.budget().remainingFraction();
        }, current);
        budget = Bindings.createStringBinding(() -> {
            LinearModel<?> m = linear(current.get());
            return m == null || !m.certified() ? "" : budgetLine(m.budget());
        }, current);
    }

    private static LinearModel<?> linear(ModelState state) {
        return state != null && state.engine() instanceof LinearModel<?> m ? m : null;
    }

    static String debtLine(Debt d) {
        if (d.isPaid()) {
            return "Exact: this model equals a retrain from scratch on the rows it holds. Nothing is owed.";
        }
        String owed = Figures.count(d.requests()) + (d.requests() == 1 ? " approximate request" : " approximate requests")
                + " (" + Figures.rows(d.rows()) + ") since the last exact model";
        String bound = Double.isFinite(d.distanceBound()) ? "; its parameters are at most "
                + Figures.distance(d.distanceBound()) + " from the exact optimum on these rows (bound on the distance:"
                + " the gradient-residual bound over λ, rounding included; a retrain is itself within its rounding of"
                + " that optimum)" : "";
        return "Debt: " + owed + bound + ". Consolidate retrains exactly and pays it off.";
    }

    static String budgetLine(Budget b) {
        String guarantee = "(ε = " + Figures.plain(b.certification().epsilon()) + ", δ = " + Figures.plain(b.certification().delta()) + ")";
        return "Certified removal " + guarantee + ": " + Figures.percent(b.remainingFraction()) + " of the budget left"
                + " (gradient-residual bound spent " + Figures.distance(b.spent()) + " of the " + Figures.distance(b.allowed())
                + " allowed, σε/√(2 ln(1.5/δ)))"
                + (b.forcedRetrains() == 0 ? "" : "; " + b.forcedRetrains()
                + (b.forcedRetrains() == 1 ? " retrain" : " retrains") + " forced when it ran out");
    }

    /** True while the current model is a linear one. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** The method the next request forgets by; null for the one the model was trained with. */
    public ObjectProperty<DeletionMethod> methodProperty() {
        return chain.requestMethodProperty();
    }

    public StringBinding debtProperty() {
        return debt;
    }

    /** True when the model was trained for certified removal and has a budget. */
    public BooleanBinding certifiedProperty() {
        return certified;
    }

    /** Share of the certified budget left, in [0, 1]. */
    public DoubleBinding budgetLeftProperty() {
        return budgetLeft;
    }

    public StringBinding budgetProperty() {
        return budget;
    }

    public void consolidate() {
        chain.consolidate();
    }

    public ReadOnlyBooleanProperty consolidateExecutableProperty() {
        return chain.consolidateExecutableProperty();
    }

    public ReadOnlyBooleanProperty consolidatingProperty() {
        return chain.consolidatingProperty();
    }
}
