package org.unlearn.views.start;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.unlearn.model.data.SampleCatalogue;

/** The start screen: the sample datasets as cards. */
public final class StartView extends VBox {
    public StartView(StartViewModel model) {
        setSpacing(12);
        setPadding(new Insets(24));
        Label title = new Label("Unlearn Explorer");
        title.setStyle("-fx-font-size: 24px; -fx-font-weight: bold;");
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        FlowPane cards = new FlowPane(12, 12);
        for (SampleCatalogue.Sample s : model.samples()) {
            Label card = new Label(s.name() + "\n" + s.rows() + " rows x " + s.columns() + " columns\n" + s.description());
            card.setWrapText(true);
            card.setPrefWidth(240);
            card.setStyle("-fx-border-color: #bbb; -fx-padding: 10; -fx-background-color: white;");
            cards.getChildren().add(card);
        }
        getChildren().addAll(title, message, cards);
    }
}
