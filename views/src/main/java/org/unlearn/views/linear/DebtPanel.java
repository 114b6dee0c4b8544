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
        ComboBox<ForgetMethod> method = new ComboBox<>();
        method.setId("request-method");
        showMethods(method, model.methodsProperty().get());
        model.methodsProperty().addListener((o, was, now) -> showMethods(method, now));
        method.setButtonCell(new MethodCell());
        method.setCellFactory(list -> new MethodCell());
        method.valueProperty().bindBidirectional(model.methodProperty());
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

    /** The model's own method (the empty choice), then each way its family forgets. */
    private static void showMethods(ComboBox<ForgetMethod> box, List<ForgetMethod> methods) {
        ForgetMethod chosen = box.getValue();
        box.getItems().clear();
        box.getItems().add(null);
        box.getItems().addAll(methods);
        box.setValue(chosen != null && methods.contains(chosen) ? chosen : null);
    }

    /** A method by its engine name; the empty choice is the model's own. */
    private static final class MethodCell extends ListCell<ForgetMethod> {
        @Override
        protected void updateItem(ForgetMethod item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "the model's method" : item.code());
        }
    }
}
