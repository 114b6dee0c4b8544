package org.unlearn.views.linear;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.forget.Budgeted;
import org.unlearn.model.forget.Indebted;
import org.unlearn.views.common.Figures;
import org.unlearn.views.forget.ModelChain;
import org.unlearn.views.forget.ModelState;

/**
 * "Forget now, retrain later" for any model that can owe a retrain (a linear model): the method the next
 * request forgets by, the debt approximate requests have run up since the last exact model, the removal
 * budget as it drains (a model trained with one), and Consolidate, which pays the debt with an exact retrain.
 */
public final class DebtPanelModel {
    private final ModelChain chain;
    private final BooleanBinding shown;
    private final StringBinding debt;
    private final BooleanBinding certified;
    private final DoubleBinding budgetLeft;
    private final StringBinding budget;
    private final ObjectBinding<List<ForgetMethod>> methods;

    public DebtPanelModel(ModelChain chain) {
        this.chain = chain;
        var current = chain.currentProperty();
        shown = Bindings.createBooleanBinding(() -> owing(current.get()) != null, current);
        debt = Bindings.createStringBinding(
                () -> {
                    Indebted m = owing(current.get());
                    return m == null ? "" : debtLine(m.owed());
                },
                current);
        certified = Bindings.createBooleanBinding(() -> spending(current.get()) != null, current);
        budgetLeft = Bindings.createDoubleBinding(
                () -> {
                    Budgeted.Spending b = spending(current.get());
                    return b == null ? 0 : b.remainingFraction();
                },
                current);
        budget = Bindings.createStringBinding(
                () -> {
                    Budgeted.Spending b = spending(current.get());
                    return b == null ? "" : budgetLine(b);
                },
                current);
        methods = Bindings.createObjectBinding(
                () -> current.get() == null ? List.of() : current.get().forgetMethods(), current);
    }

    private static Indebted owing(ModelState state) {
        return state != null && state.engine() instanceof Indebted m ? m : null;
    }

    private static Budgeted.Spending spending(ModelState state) {
        return state != null && state.engine() instanceof Budgeted b
                ? b.spending().orElse(null)
                : null;
    }

    static String debtLine(Indebted.Owed d) {
        if (d.isPaid()) {
            return "Exact: this model equals a retrain from scratch on the rows it holds. Nothing is owed.";
        }
        String owed =
                Figures.count(d.requests()) + (d.requests() == 1 ? " approximate request" : " approximate requests")
                        + " (" + Figures.rows(d.rows()) + ") since the last exact model";
        String bound = Double.isFinite(d.distanceBound())
                ? "; its parameters are at most "
                        + Figures.distance(d.distanceBound())
                        + " from the exact optimum on these rows (bound on the distance:"
                        + " the gradient-residual bound over λ, rounding included; a retrain is itself within its rounding of"
                        + " that optimum)"
                : "";
        return "Debt: " + owed + bound + ". Consolidate retrains exactly and pays it off.";
    }

    static String budgetLine(Budgeted.Spending b) {
        return "Certified removal: " + Figures.percent(b.remainingFraction()) + " of the budget left"
                + " (gradient-residual bound spent " + Figures.distance(b.spent()) + " of the "
                + Figures.distance(b.allowed()) + " allowed, σε/√(2 ln(1.5/δ)))"
                + (b.forcedRetrains() == 0
                        ? ""
                        : "; " + b.forcedRetrains() + (b.forcedRetrains() == 1 ? " retrain" : " retrains")
                                + " forced when it ran out");
    }

    /** True while the current model can owe a retrain. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** The method the next request forgets by; null for the one the model was trained with. */
    public ObjectProperty<ForgetMethod> methodProperty() {
        return chain.requestMethodProperty();
    }

    /** The ways the current model's family forgets, to choose the next request's from. */
    public ObjectBinding<List<ForgetMethod>> methodsProperty() {
        return methods;
    }

    public StringBinding debtProperty() {
        return debt;
    }

    /** True when the model was trained with a removal budget (certified removal). */
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
