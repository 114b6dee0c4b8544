package org.unlearn.views.learn;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.unlearn.views.common.Presentation;
import org.unlearn.views.common.Styles;

/**
 * Help ▸ Concepts: one window, not modal, with the concept pages listed on the left and the chosen one on the
 * right; opening it again brings it forward at the page asked for. It takes its owner's look (theme, type size
 * of presentation mode, high contrast), so a page opened in front of a class reads as large as the app.
 */
public final class ConceptWindow {
    /** Wide enough for a page beside the list at 1024×700, narrow enough to sit beside the app. */
    private static final double WIDTH = 860;

    private static final double HEIGHT = 560;
    /** A line of text stops here, however wide the window: longer lines are hard to follow. */
    private static final double MEASURE = 680;

    private static Stage stage;
    private static ListView<Concepts.Page> list;

    private ConceptWindow() {}

    /** Shows the window at the page whose id is or ends with {@code id} ("2-sisa", or "sisa"), or the first. */
    public static void show(Window owner, String id) {
        if (stage == null) {
            build(owner);
        }
        list.getItems().stream()
                .filter(p -> Concepts.names(p, id))
                .findFirst()
                .ifPresentOrElse(p -> list.getSelectionModel().select(p), () -> {
                    if (list.getSelectionModel().isEmpty()) {
                        list.getSelectionModel().select(0);
                    }
                });
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        stage.show();
        stage.toFront();
        // Up and Down then move through the pages at once, and Tab reaches the page's text.
        list.requestFocus();
    }

    /** The window while it is open, for tests; null when closed. */
    static Stage stage() {
        return stage;
    }

    private static void build(Window owner) {
        List<Concepts.Page> pages = Concepts.all();
        list = new ListView<>();
        list.setId("concept-list");
        list.getItems().setAll(pages);
        list.setPrefWidth(230);
        list.setMinWidth(170);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // wraps a long title inside the list's width instead of scrolling the list sideways
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Concepts.Page page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : page.title());
            }
        });
        Label title = new Label();
        title.setId("concept-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setMaxWidth(MEASURE);
        VBox text = new VBox(12);
        text.setId("concept-text");
        text.setPadding(new Insets(16, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setId("concept-scroll");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, page) -> {
            text.getChildren().setAll(title);
            scroll.setVvalue(0);
            if (page == null) {
                return;
            }
            title.setText(page.title());
            for (String paragraph : page.paragraphs()) {
                Label l = new Label(paragraph);
                l.setWrapText(true);
                l.setMaxWidth(MEASURE);
                l.getStyleClass().add("lesson-text");
                text.getChildren().add(l);
            }
        });
        Label keys = new Label("↑ ↓ choose a page · Tab to the text · Esc closes");
        keys.getStyleClass().add("section-hint");
        keys.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(scroll);
        root.setLeft(list);
        root.setBottom(keys);
        root.setId("concept-window");
        Scene scene = Styles.apply(new Scene(root, WIDTH, HEIGHT));
        // a filter, as the list takes Esc for itself before a handler on the scene would see it
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.hide();
            }
        });
        follow(owner, scene);
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Concepts — Unlearn Explorer");
        stage.setMinWidth(480);
        stage.setMinHeight(320);
        stage.setScene(scene);
        stage.setOnHidden(e -> stage = null);
    }

    /** The owner's sheets (the app's, presentation mode's larger type, high contrast) and its contrast class. */
    private static void follow(Window owner, Scene scene) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        Scene ownerScene = owner.getScene();
        Bindings.bindContent(scene.getStylesheets(), ownerScene.getStylesheets());
        ObservableList<String> ownerClasses = ownerScene.getRoot().getStyleClass();
        Runnable contrast = () -> {
            scene.getRoot().getStyleClass().remove(Presentation.HIGH_CONTRAST);
            if (ownerClasses.contains(Presentation.HIGH_CONTRAST)) {
                scene.getRoot().getStyleClass().add(Presentation.HIGH_CONTRAST);
            }
        };
        ownerClasses.addListener((ListChangeListener<String>) c -> contrast.run());
        contrast.run();
    }
}
