package org.unlearn.views.status;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Nodes;

/**
 * The status bar: what the background work is doing or last did, its progress and a Cancel button; then the
 * current model, its provenance debt, and the memory in use (sampled every two seconds while shown).
 */
public final class StatusView extends HBox {
    private static final Duration MEMORY_EVERY = Duration.seconds(2);
    /** Kept, so the listener that starts and stops the sampling lives as long as the bar. */
    private ObservableValue<Boolean> showing;

    public StatusView(StatusViewModel model) {
        super(10);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        BackgroundWork work = model.work();
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(work.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(120);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(work.messageProperty());
        message.setTooltip(whole);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.progressProperty().bind(work.progressProperty());
        // Idle, the progress bar and Cancel give their room to the facts ("No model" was cut to "No mo…").
        Nodes.showWhen(progress, work.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-work");
        cancel.setCancelButton(false);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip("Stop the work in progress; what is shown stays as it was (Esc in the dialogs)"));
        cancel.disableProperty().bind(work.runningProperty().not());
        cancel.setOnAction(e -> work.cancel());
        Nodes.showWhen(cancel, work.runningProperty());
        getChildren()
                .addAll(
                        message,
                        progress,
                        cancel,
                        divider(),
                        modelLabel(model),
                        debtLabel(model),
                        divider(),
                        memoryLabel(model));
    }

    private static Label modelLabel(StatusViewModel model) {
        Label label = fixed("status-model"); // the work's line gives way first: it has its tooltip
        label.textProperty().bind(model.modelProperty());
        label.setTooltip(whole(label, "The current model: its family, seed and the rows it reflects"));
        return label;
    }

    private static Label debtLabel(StatusViewModel model) {
        Label label = elidable("status-debt");
        label.textProperty().bind(model.debtProperty());
        label.getStyleClass().add("status-debt");
        model.exactProperty().addListener((o, was, now) -> exactStyle(label, now));
        exactStyle(label, model.exactProperty().get());
        Nodes.showWhen(label, model.debtProperty().isNotEmpty());
        label.setTooltip(whole(
                label,
                "Exact: the model equals one retrained from scratch without the forgotten rows."
                        + " Each approximate request since the last exact model adds to its debt; an exact retrain"
                        + " clears it."));
        return label;
    }

    private static void exactStyle(Label label, boolean exact) {
        label.getStyleClass().removeAll("status-exact", "status-approximate");
        label.getStyleClass().add(exact ? "status-exact" : "status-approximate");
    }

    private Label memoryLabel(StatusViewModel model) {
        Label label = fixed("status-memory");
        label.textProperty().bind(model.memoryProperty());
        label.setTooltip(new Tooltip("The Java heap in use, of the most it may grow to"));
        Timeline sampling = new Timeline(new KeyFrame(MEMORY_EVERY, e -> model.sampleMemory()));
        sampling.setCycleCount(Animation.INDEFINITE);
        // Sampled only while the bar is on a showing window, so a closed window leaves no timer behind.
        showing = sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        showing.addListener((o, was, now) -> {
            if (now) {
                model.sampleMemory();
                sampling.play();
            } else {
                sampling.stop();
            }
        });
        return label;
    }

    private static Label fixed(String id) {
        Label label = new Label();
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("status-fact");
        return label;
    }

    /**
     * A fact that may be cut to "…" on a narrow window rather than push the bar past its edge (the window must
     * hold at 1024 pixels); its whole text leads its tooltip.
     */
    private static Label elidable(String id) {
        Label label = new Label();
        label.setId(id);
        label.setMinWidth(60);
        label.getStyleClass().add("status-fact");
        return label;
    }

    private static Tooltip whole(Label label, String explanation) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty().concat("\n\n" + explanation));
        return tip;
    }

    private static Separator divider() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("status-divider");
        return separator;
    }
}
