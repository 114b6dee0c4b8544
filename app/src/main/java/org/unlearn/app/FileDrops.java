package org.unlearn.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.unlearn.views.start.StartViewModel;

/**
 * A file dropped anywhere on the window opens as "Open CSV…" would; anything else gets a one-line notice. While
 * dragging, a cue over the views says what a drop would do.
 */
final class FileDrops {
    private final StartViewModel start;
    private final StackPane cue = new StackPane();
    private final Label cueText = new Label();

    /** Lays the cue over {@code views} and listens for drags anywhere on {@code window}. */
    FileDrops(Region window, StackPane views, StartViewModel start) {
        this.start = start;
        cue.setId("drop-cue");
        cue.getStyleClass().add("drop-cue");
        cue.setMouseTransparent(true);
        cue.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cueText.setId("drop-cue-text");
        cueText.getStyleClass().add("drop-cue-text");
        cue.getChildren().add(cueText);
        StackPane.setAlignment(cueText, Pos.CENTER);
        cue.setVisible(false);
        views.getChildren().add(cue);
        window.addEventHandler(DragEvent.DRAG_OVER, e -> {
            // Everything is accepted, so that a drop that cannot open still gets its notice instead of nothing.
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            showCue(filesOf(e.getDragboard()));
            e.consume();
        });
        window.addEventHandler(DragEvent.DRAG_EXITED, e -> hideCue());
        window.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = filesOf(e.getDragboard());
            e.setDropCompleted(start.dropRefusal(files).isEmpty());
            e.consume();
            // After the drag gesture has ended: a notice's dialog must not open inside the platform's drop callback.
            Platform.runLater(() -> dropped(files));
        });
    }

    /** The cue while dragging over the window: what a drop would do. */
    void showCue(List<Path> files) {
        Optional<String> refusal = start.dropRefusal(files);
        cueText.setText(refusal.orElse("Drop to open " + files.get(0).getFileName()));
        cue.getStyleClass().removeAll("drop-refused");
        if (refusal.isPresent()) {
            cue.getStyleClass().add("drop-refused");
        }
        cue.setVisible(true);
    }

    void hideCue() {
        cue.setVisible(false);
    }

    /** What the drop handler does with the dropped files: open the one data file, or say why not. */
    void dropped(List<Path> files) {
        hideCue();
        start.openDropped(files);
    }

    /** True for the cue, which lies over the views rather than being one of them. */
    boolean isCue(Node node) {
        return node == cue;
    }

    boolean cueShown() {
        return cue.isVisible();
    }

    String cueText() {
        return cueText.getText();
    }

    private static List<Path> filesOf(Dragboard board) {
        return board != null && board.hasFiles()
                ? board.getFiles().stream().map(File::toPath).toList()
                : List.of();
    }
}
