package org.unlearn.views.forget;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Nodes;

/** The model chain, newest first, and the details of the entry selected in it. */
final class HistoryPanel extends SplitPane {
    /** Commands on the newest entry, under the list (the step-through's button). */
    private final VBox actions = new VBox(4);

    HistoryPanel(ModelChain model) {
        setOrientation(Orientation.VERTICAL);
        getStyleClass().add("history-panel");
        ListView<HistoryEntry> list = new ListView<>(model.history());
        list.setId("history");
        list.setPlaceholder(new Label("Train a model: it and every forget request made from it are listed here."));
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, now) -> model.inspectedProperty().set(now));
        model.inspectedProperty().addListener((o, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        Label details = new Label();
        details.setId("history-details");
        details.setWrapText(true);
        details.getStyleClass().add("history-details");
        details.textProperty().bind(model.inspectedDetailsProperty());
        Label hint = new Label("Select an entry to see how its model was made.");
        hint.getStyleClass().add("section-hint");
        hint.setWrapText(true);
        Nodes.showWhen(hint, model.inspectedDetailsProperty().isEmpty());
        ScrollPane scroll = new ScrollPane(new VBox(hint, details));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("history-scroll");
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getItems().setAll(new VBox(4, list, actions), scroll);
        setDividerPositions(0.55);
    }

    void addAction(javafx.scene.Node action) {
        actions.getChildren().add(action);
    }

    /** An entry in two lines: what was done, then how and how long, and its check. */
    private static final class EntryCell extends ListCell<HistoryEntry> {
        private final Label title = new Label();
        private final Label subtitle = new Label();
        private final VBox lines = new VBox(1, title, subtitle);

        EntryCell() {
            title.getStyleClass().add("history-title");
            subtitle.getStyleClass().add("history-subtitle");
            // Cells as wide as the list, never wider: long titles are cut with an ellipsis, not scrolled.
            setPrefWidth(0);
            title.setMinWidth(0);
            subtitle.setMinWidth(0);
        }

        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setTooltip(null);
            } else {
                title.setText(entry.title());
                subtitle.setText(entry.subtitle());
                setGraphic(lines);
                setTooltip(new Tooltip(entry.title() + "\n" + entry.subtitle()));
            }
        }
    }
}
