package org.unlearn.views.forget;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Nodes;

/**
 * Under the model's family line, for Q-k-means: what it certified on this data and the narrowest ε that would
 * certify most deletions, at its loss (the whole trade-off in the tooltip), and a button that puts that ε in
 * the form for the next training.
 */
final class CertifiedSharePane extends VBox {
    CertifiedSharePane(CertifiedShares shares, TrainingForm form) {
        super(2);
        setId("certified-share");
        setPadding(new Insets(0, 0, 0, 2));
        // One line (two in a narrow window), so the plot keeps its room: what was certified and the ε to
        // choose; the whole trade-off in the tooltip.
        Label observed = new Label();
        observed.setId("certified-observed");
        observed.getStyleClass().add("data-details");
        observed.setWrapText(true);
        observed.setMaxWidth(Double.MAX_VALUE);
        observed.textProperty().bind(Bindings.concat(shares.observedProperty(), " ", shares.suggestionProperty()));
        javafx.scene.control.Tooltip table = org.unlearn.views.common.Tips.teach("");
        table.textProperty().bind(shares.tradeoffProperty());
        observed.setTooltip(table);
        Button use = new Button();
        use.setId("use-epsilon");
        use.setMinWidth(Button.USE_PREF_SIZE);
        use.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Double.isNaN(shares.suggestedEpsilon())
                                ? ""
                                : "Use ε = " + Figures.plain(shares.suggestedEpsilon()),
                        shares.tradeoffProperty()));
        use.setTooltip(new javafx.scene.control.Tooltip("Puts this grid width in the options; train again to use it"));
        use.setOnAction(e -> form.option(shares.option()).textProperty().set(Figures.plain(shares.suggestedEpsilon())));
        Nodes.showWhen(
                use,
                Bindings.createBooleanBinding(
                        () -> !Double.isNaN(shares.suggestedEpsilon()), shares.tradeoffProperty()));
        javafx.scene.control.Hyperlink measure = new javafx.scene.control.Hyperlink("Which ε certifies most?");
        measure.setId("measure-epsilon");
        measure.setOnAction(e -> shares.measureTradeoff());
        Nodes.showWhen(
                measure,
                Bindings.createBooleanBinding(
                        () -> shares.tradeoffProperty().get().isEmpty(), shares.tradeoffProperty()));
        getChildren().addAll(observed, measure, use);
        Nodes.showWhen(this, shares.observedProperty().isNotEmpty());
    }
}
