package org.unlearn.views.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Nodes;

/**
 * The compliance sessions opened lately, under the recent files: a click opens one again. A folder that is
 * no longer a session is greyed; clicking it takes it off the list.
 */
public final class RecentSessions extends VBox {
    private final RecentFiles sessions;
    private final Consumer<Path> open;
    private final VBox entries = new VBox(4);

    /** @param open opens a session folder (File ▸ Open session… without the dialog) */
    public RecentSessions(RecentFiles sessions, Consumer<Path> open) {
        super(6);
        this.sessions = sessions;
        this.open = open;
        setId("recent-sessions");
        Label title = new Label("Recent sessions");
        title.getStyleClass().add("section-title");
        Nodes.showWhen(this, javafx.beans.binding.Bindings.isNotEmpty(sessions.files()));
        getChildren().addAll(title, entries);
        sessions.files().addListener((ListChangeListener<Path>) c -> refresh());
        refresh();
    }

    /** Looks again which sessions are still there. */
    public void refresh() {
        entries.getChildren().clear();
        for (Path dir : sessions.files()) {
            entries.getChildren().add(entry(dir));
        }
    }

    private Button entry(Path dir) {
        boolean missing = !Files.isRegularFile(dir.resolve("session.json"));
        Label name = new Label(dir.getFileName() + (missing ? " (missing)" : ""));
        name.getStyleClass().add("recent-name");
        Label where = new Label(String.valueOf(dir.getParent()));
        where.getStyleClass().add("recent-folder");
        Button entry = new Button(String.valueOf(dir.getFileName()), new VBox(1, name, where));
        entry.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        entry.getStyleClass().add("recent-entry");
        if (missing) {
            entry.getStyleClass().add("recent-missing");
        }
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setMinHeight(Region.USE_PREF_SIZE);
        entry.setTooltip(new Tooltip(
                missing ? dir + " is no longer a session; click to take it off the list" : "Open the session " + dir));
        entry.setOnAction(e -> {
            if (Files.isRegularFile(dir.resolve("session.json"))) {
                open.accept(dir);
            } else {
                sessions.remove(dir);
            }
        });
        return entry;
    }
}
