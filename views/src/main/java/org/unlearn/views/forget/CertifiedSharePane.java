package org.unlearn.views.forget;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Nodes;

/**
 * Under the model's line, for Q-k-means: what it certified on this data, ε against the share certified and
 * the loss, and a button that puts the suggested ε in the form for the next training.
 */
final class CertifiedSharePane extends VBox {
    CertifiedSharePane(CertifiedShares shares, TrainingForm form) {
        super(2);
        setId("certified-share");
        getStyleClass().add("data-header");
        setPadding(new Insets(0, 20, 8, 20));
        Label observed = new Label();
        observed.setId("certified-observed");
        observed.getStyleClass().add("data-details");
        observed.setWrapText(true);
        observed.textProperty().bind(shares.observedProperty());
        Label tradeoff = new Label();
        tradeoff.setId("epsilon-tradeoff");
        tradeoff.getStyleClass().add("data-details");
        tradeoff.setWrapText(true);
        tradeoff.textProperty().bind(shares.tradeoffProperty());
        HBox.setHgrow(tradeoff, Priority.ALWAYS);
        tradeoff.setMaxWidth(Double.MAX_VALUE);
        Button use = new Button();
        use.setId("use-epsilon");
        use.setMinWidth(Button.USE_PREF_SIZE);
        use.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Use ε = " + Figures.plain(shares.suggestedEpsilon()), shares.tradeoffProperty()));
        use.setOnAction(e -> form.option("epsilon").textProperty().set(Figures.plain(shares.suggestedEpsilon())));
        Nodes.showWhen(
                use,
                Bindings.createBooleanBinding(
                        () -> !Double.isNaN(shares.suggestedEpsilon()), shares.tradeoffProperty()));
        HBox row = new HBox(8, tradeoff, use);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(observed, row);
        Nodes.showWhen(this, shares.observedProperty().isNotEmpty());
    }
}
