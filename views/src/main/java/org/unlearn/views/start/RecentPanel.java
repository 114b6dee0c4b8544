package org.unlearn.views.start;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Nodes;

/**
 * Beside the sample cards: "Reopen" the last dataset, and the files opened lately, newest first. A file
 * that is no longer there is greyed; clicking it takes it off the list (with a notice saying so).
 */
final class RecentPanel extends VBox {
    static final double WIDTH = 300;
    private final StartViewModel model;
    private final VBox entries = new VBox(4);
    private final Button reopen = new Button();

    RecentPanel(StartViewModel model) {
        super(10);
        this.model = model;
        setId("recent-panel");
        getStyleClass().add("recent-panel");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        reopen.setId("reopen-last");
        reopen.getStyleClass().add("reopen-card");
        reopen.setMaxWidth(Double.MAX_VALUE);
        reopen.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        reopen.setOnAction(e -> model.reopenLast());
        reopen.disableProperty().bind(model.openExecutableProperty().not());
        Nodes.showWhen(reopen, model.lastDatasetProperty().isNotNull());
        model.lastDatasetProperty().addListener((o, was, now) -> showReopen());
        Label title = new Label("Recent files");
        title.getStyleClass().add("section-title");
        Label empty = new Label();
        empty.setId("recent-empty");
        // Beside a Reopen card the list is not all that was opened: it holds one's own files, not the samples.
        empty.textProperty()
                .bind(javafx.beans.binding.Bindings.when(
                                model.lastDatasetProperty().isNull())
                        .then("Files you open appear here. You can also drop a CSV file anywhere on the window.")
                        .otherwise("Files of your own appear here once opened (the samples keep their cards)."
                                + " You can also drop a CSV file anywhere on the window."));
        empty.setWrapText(true);
        empty.getStyleClass().add("section-hint");
        Nodes.showWhen(empty, javafx.beans.binding.Bindings.isEmpty(model.recentFiles()));
        Hyperlink clear = new Hyperlink("Clear recent");
        clear.setId("clear-recent");
        clear.setOnAction(e -> model.clearRecent());
        Nodes.showWhen(clear, javafx.beans.binding.Bindings.isNotEmpty(model.recentFiles()));
        getChildren().addAll(reopen, title, empty, entries, clear);
        model.recentFiles().addListener((ListChangeListener<Path>) c -> showEntries());
        showReopen();
        showEntries();
    }

    private void showReopen() {
        Path last = model.lastDatasetProperty().get();
        if (last == null) {
            return;
        }
        Label caption = new Label("Reopen");
        caption.getStyleClass().add("card-size");
        Label name = new Label(model.lastDatasetName());
        name.getStyleClass().add("card-title");
        Label where = new Label(String.valueOf(last.getParent()));
        where.getStyleClass().add("card-facts");
        VBox body = new VBox(2, caption, name, where);
        reopen.setGraphic(body);
        reopen.setText("Reopen " + model.lastDatasetName());
        reopen.setTooltip(new Tooltip("Open " + last + " again, as when the app last ran"));
    }

    /** Looks again which recent files are still there. */
    void refresh() {
        showEntries();
    }

    private void showEntries() {
        entries.getChildren().clear();
        for (Path file : model.recentFiles()) {
            entries.getChildren().add(entry(file));
        }
    }

    private Button entry(Path file) {
        boolean missing = !Files.isRegularFile(file);
        Label name = new Label(file.getFileName() + (missing ? " (missing)" : ""));
        name.getStyleClass().add("recent-name");
        Label where = new Label(String.valueOf(file.getParent()));
        where.getStyleClass().add("recent-folder");
        VBox body = new VBox(1, name, where);
        Button entry = new Button(file.getFileName().toString(), body);
        entry.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        entry.getStyleClass().add("recent-entry");
        if (missing) {
            entry.getStyleClass().add("recent-missing");
        }
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(entry, Priority.NEVER);
        entry.setTooltip(
                new Tooltip(missing ? file + " is no longer there; click to take it off the list" : "Open " + file));
        entry.disableProperty().bind(model.openExecutableProperty().not());
        entry.setOnAction(e -> model.openRecent(file));
        return entry;
    }
}
