package org.unlearn.views.linear;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Tips;
import org.unlearn.views.learn.ConceptLink;

/** How a linear model's next request forgets, what it owes, its certified budget, and Consolidate. */
public final class DebtPanel extends VBox {
    public DebtPanel(DebtPanelModel model) {
        setSpacing(6);
        setId("debt-panel");
        ComboBox<Choice> method = new ComboBox<>();
        method.setId("request-method");
        showMethods(
                method, model.methodsProperty().get(), model.methodProperty().get());
        model.methodsProperty()
                .addListener((o, was, now) ->
                        showMethods(method, now, model.methodProperty().get()));
        // The model's own method was the item null, which the button cell could not tell from an empty one: after
        // the list was refilled under it (a session's model shown) it stayed blank. Each choice is an item now.
        method.setButtonCell(new ValueCell(method));
        method.setCellFactory(list -> new MethodCell());
        model.methodProperty().addListener((o, was, now) -> method.setValue(choiceOf(method, now)));
        method.valueProperty().addListener((o, was, now) -> {
            if (now != null
                    && !java.util.Objects.equals(
                            now.method(), model.methodProperty().get())) {
                model.methodProperty().set(now.method());
            }
        });
        method.setTooltip(
                Tips.teach(
                        "exact retrains from scratch; newton takes one Newton step with the remaining rows'"
                                + " Hessian (Guo et al.); influence one with the full data's Hessian; pru projects the step onto the"
                                + " forgotten rows' span (Izzo et al.). The approximate ones take milliseconds and add to the debt."));
        HBox how = new HBox(8, new Label("Forget by"), method);
        how.setAlignment(Pos.CENTER_LEFT);

        Label debt = new Label();
        debt.setId("debt-line");
        debt.setWrapText(true);
        debt.textProperty().bind(model.debtProperty());

        ProgressBar budget = new ProgressBar();
        budget.setId("budget-bar");
        budget.setMaxWidth(Double.MAX_VALUE);
        budget.progressProperty().bind(model.budgetLeftProperty());
        Label budgetLine = new Label();
        budgetLine.setId("budget-line");
        budgetLine.setWrapText(true);
        budgetLine.textProperty().bind(model.budgetProperty());
        Nodes.showWhen(budget, model.certifiedProperty());
        Nodes.showWhen(budgetLine, model.certifiedProperty());

        Button consolidate = new Button();
        consolidate.setId("consolidate");
        consolidate.setMaxWidth(Double.MAX_VALUE);
        consolidate
                .textProperty()
                .bind(Bindings.when(model.consolidatingProperty())
                        .then("Consolidating…")
                        .otherwise("Consolidate: retrain exactly"));
        consolidate.disableProperty().bind(model.consolidateExecutableProperty().not());
        consolidate.setOnAction(e -> model.consolidate());
        consolidate.setTooltip(Tips.teach("Retrains from scratch on the rows the model holds now: the approximate"
                + " requests' debt is paid, and the model is exact again. The forgotten rows stay forgotten."));
        Hyperlink help = ConceptLink.whatAmI(
                "The debt counts the approximate requests since the model last equalled a retrain from scratch,"
                        + " and bounds how far its parameters can be from that retrain's. A certified model also"
                        + " spends a budget; when the next step would overspend it, the model retrains instead.",
                "approximate");
        getChildren().addAll(how, debt, budget, budgetLine, consolidate, help);
    }

    /** The model's own method (the first choice), then each way its family forgets. */
    private static void showMethods(ComboBox<Choice> box, List<ForgetMethod> methods, ForgetMethod chosen) {
        List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice(null));
        methods.forEach(m -> choices.add(new Choice(m)));
        box.getItems().setAll(choices);
        box.setValue(choiceOf(box, chosen != null && methods.contains(chosen) ? chosen : null));
    }

    private static Choice choiceOf(ComboBox<Choice> box, ForgetMethod method) {
        return box.getItems().stream()
                .filter(c -> java.util.Objects.equals(c.method(), method))
                .findFirst()
                .orElse(box.getItems().isEmpty() ? null : box.getItems().get(0));
    }

    /**
     * One choice of Forget by: a method, or (null) the one the model was trained with. Each list of choices is
     * new objects, equal only to themselves: a cell asked to show an item equal to the one it showed, empty,
     * at the same index, kept showing nothing.
     */
    private static final class Choice {
        static final String OWN = "the model's method";
        private final ForgetMethod method;

        Choice(ForgetMethod method) {
            this.method = method;
        }

        ForgetMethod method() {
            return method;
        }

        @Override
        public String toString() {
            return method == null ? OWN : method.code();
        }
    }

    /**
     * The button's cell: it names the box's value whatever the skin hands it. After the list was refilled and
     * the value set (a session's model shown), the skin left it empty at index -1 and "Forget by" showed nothing.
     */
    private static final class ValueCell extends ListCell<Choice> {
        private final ComboBox<Choice> box;

        ValueCell(ComboBox<Choice> box) {
            this.box = box;
            box.valueProperty().addListener((o, was, now) -> name());
        }

        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            name();
        }

        private void name() {
            Choice value = box.getValue();
            setText(value == null ? Choice.OWN : value.toString());
        }
    }

    /** A method by its engine name; the first choice is the model's own. */
    private static final class MethodCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(
                    empty || item == null
                            ? null
                            : item.method() == null
                                    ? "the model's method"
                                    : item.method().code());
        }
    }
}
