package org.unlearn.views.status;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.unlearn.views.common.BackgroundWork;

/**
 * The status bar: what the background work is doing or last did, its progress, and a Cancel button. The
 * background work's read-only properties are its view-model.
 */
public final class StatusView extends HBox {
    public StatusView(BackgroundWork work) {
        super(10);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(work.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(work.messageProperty());
        message.setTooltip(whole);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        progress.progressProperty().bind(work.progressProperty());
        progress.visibleProperty().bind(work.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-work");
        cancel.setCancelButton(false);
        cancel.setTooltip(new Tooltip("Stop the work in progress; what is shown stays as it was"));
        cancel.disableProperty().bind(work.runningProperty().not());
        cancel.setOnAction(e -> work.cancel());
        cancel.visibleProperty().bind(work.runningProperty());
        getChildren().addAll(message, progress, cancel);
    }
}
